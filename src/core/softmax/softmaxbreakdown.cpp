// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxbreakdown.h"

#include <algorithm>
#include <cmath>

#include "activations/catalog.h"

namespace actlab {
namespace {

std::vector<double> applyVector(const char *id, std::span<const double> x, Params params) {
    const CatalogEntry *entry = Catalog::builtin().find(id);
    std::vector<double> y(x.size());
    entry->vector->apply(x, params, y);
    return y;
}

} // namespace

bool SoftmaxBreakdown::naiveFails() const {
    const auto bad = [](double v) { return !std::isfinite(v); };
    return bad(naiveSum) || naiveSum == 0.0 ||
           std::any_of(naiveSoftmax.begin(), naiveSoftmax.end(), bad);
}

std::variant<SoftmaxBreakdown, SoftmaxInputError> breakDownSoftmax(std::span<const double> logits,
                                                                   double temperature) {
    if (logits.size() < kSoftmaxMinLogits)
        return SoftmaxInputError::TooFewLogits;
    if (logits.size() > kSoftmaxMaxLogits)
        return SoftmaxInputError::TooManyLogits;
    if (!std::all_of(logits.begin(), logits.end(), [](double v) { return std::isfinite(v); }))
        return SoftmaxInputError::LogitNotFinite;
    if (!(temperature > 0.0) || !std::isfinite(temperature))
        return SoftmaxInputError::TemperatureNotPositive;

    const std::size_t n = logits.size();
    SoftmaxBreakdown b;
    b.logits.assign(logits.begin(), logits.end());
    b.temperature = temperature;
    b.maximum = *std::max_element(logits.begin(), logits.end());
    for (double x : logits) {
        // The same expression, in the same order, as the catalog's softmax.
        b.shifted.push_back((x - b.maximum) / temperature);
        b.exp.push_back(std::exp(b.shifted.back()));
        b.sum += b.exp.back();
    }

    const double t[] = {temperature};
    b.softmax = applyVector("softmax", logits, t);
    b.logSoftmax = applyVector("log_softmax", logits, t);
    std::vector<double> scaled(n);
    std::transform(logits.begin(), logits.end(), scaled.begin(),
                   [temperature](double x) { return x / temperature; });
    b.softmin = applyVector("softmin", scaled, {});
    b.sparsemax = applyVector("sparsemax", scaled, {});

    for (double x : logits) {
        b.naiveExp.push_back(std::exp(x / temperature));
        b.naiveSum += b.naiveExp.back();
    }
    for (double e : b.naiveExp)
        b.naiveSoftmax.push_back(e / b.naiveSum);

    b.jacobian.resize(n * n);
    Catalog::builtin().find("softmax")->vector->jacobian(logits, t, b.jacobian);

    const double firstTwo[] = {logits[0], logits[1]};
    b.twoClassSoftmax = applyVector("softmax", firstTwo, t)[0];
    b.sigmoidOfDifference = Catalog::builtin().find("sigmoid")->scalar->value(
        (logits[0] - logits[1]) / temperature, {});
    return b;
}

} // namespace actlab
