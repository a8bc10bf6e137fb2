// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthexperiment.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

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
    const auto fixedAt = [&](double weight) {
        return theory.fixedPoint({weight, biasVariance}, q0);
    };
    // The bisection stops within about 1e-12 of the critical σ_w²; where a round value is at
    // least as critical (ReLU's 2), report that value: it is the exact answer.
    double w = *point.weightVariance;
    char text[32];
    std::snprintf(text, sizeof text, "%.11e", w); // 12 significant digits
    const double rounded = std::strtod(text, nullptr);
    if (std::abs(fixedAt(rounded).chi1 - 1) <= std::abs(fixedAt(w).chi1 - 1))
        w = rounded;
    point.weightVariance = w;
    // Where q* diverges at the critical point (ReLU with a bias: q* = σ_b²/(1 − σ_w²/2)), the
    // value found is an artefact of the tolerance, not a fixed point: it grows as σ_w²
    // approaches the critical value (by about 100 between these two distances), where a real
    // limit stays put.
    const auto nearer = fixedAt(w * (1 - 1e-6)).qStar, farther = fixedAt(w * (1 - 1e-4)).qStar;
    const bool diverges = !nearer || (farther && *nearer > 1e3 * std::max(1.0, q0) &&
                                      *nearer > 10 * std::max(*farther, 1e-300));
    if (!diverges)
        point.qStar = fixedAt(w).qStar;
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
