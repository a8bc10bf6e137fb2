// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthexperiment.h"

#include <algorithm>
#include <cmath>

namespace actlab::depth {
namespace {

MeanField meanFieldFor(const PropagationConfig &config) {
    return MeanField(config.activation.function, config.activation.params, config.dropout);
}

} // namespace

CriticalPoint findCriticalPoint(const MeanField &theory, double biasVariance, double q0) {
    CriticalPoint point;
    point.weightVariance = theory.criticalWeightVariance(biasVariance, q0);
    if (!point.weightVariance)
        return point;
    // The bisection stops within about 1e-9 of the critical σ_w². Where q* has a limit there,
    // nearby variances agree on it; where it diverges (it grows like 1/|σ_w² − σ_c²|), they
    // do not, and the value found is an artefact of the tolerance, not a fixed point.
    const double w = *point.weightVariance;
    const auto qAt = [&](double weight) {
        return theory.fixedPoint({weight, biasVariance}, q0).qStar;
    };
    const auto here = qAt(w), below = qAt(w * (1 - 1e-6));
    if (here && below && std::abs(*here - *below) <= 1e-3 * std::max(1.0, std::abs(*here)))
        point.qStar = here;
    return point;
}

DepthReport predictDepth(const PropagationConfig &config) {
    DepthReport report;
    report.variances = {effectiveWeightVariance(config.weights, config.width), config.biasVariance};
    const MeanField theory = meanFieldFor(config);
    report.predicted = theory.predict(report.variances, config.inputVariance,
                                      config.inputCorrelation, config.depth, config.width);
    report.theory = theory.fixedPoint(report.variances, config.inputVariance);
    return report;
}

DepthReport runDepthExperiment(const PropagationConfig &config, ParallelExecutor &executor,
                               const std::atomic<bool> *cancel,
                               std::atomic<std::size_t> *progress) {
    DepthReport report = predictDepth(config);
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        report.cancelled = true;
        return report;
    }
    report.measured = propagate(config, executor, cancel, progress);
    report.cancelled = report.measured.cancelled;
    return report;
}

} // namespace actlab::depth
