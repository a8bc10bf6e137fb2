// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewfitter.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double defaultHalfWidth = 5;
constexpr double kinkRoom = 2;      ///< x units kept beyond an outlying kink
constexpr int fitSamples = 401;     ///< enough to find the extremes of any catalog curve
constexpr double margin = 0.08;     ///< fraction of the y span added above and below
constexpr double clampFactor = 1.5; ///< |y| is limited to this times the largest |x| shown
/// The smallest y span: 1, or a fifth of the x span when x is zoomed in further (the zoom inset)
constexpr double minimumSpan = 1;
constexpr double minimumSpanPerX = 0.2;
} // namespace

std::pair<double, double> ViewFitter::defaultXRange(const PlottedActivation &primary) {
    double lo = -defaultHalfWidth, hi = defaultHalfWidth;
    if (primary.function) {
        for (const actlab::Kink &k : primary.function->kinks(primary.params)) {
            if (!std::isfinite(k.x) || std::abs(k.x) > 100)
                continue; // a kink far away is not what the student came to see
            lo = std::min(lo, k.x - kinkRoom);
            hi = std::max(hi, k.x + kinkRoom);
        }
    }
    return {lo, hi};
}

std::pair<double, double> ViewFitter::fitYRange(const QList<PlottedActivation> &activations,
                                                double xMin, double xMax,
                                                const std::vector<double> &guides,
                                                const std::array<bool, 3> &drawnOrders) {
    double lo = 0, hi = 0; // y = 0 is always in view: the x axis anchors the picture
    std::vector<double> xs(fitSamples);
    for (int i = 0; i < fitSamples; ++i)
        xs[std::size_t(i)] = xMin + (xMax - xMin) * double(i) / double(fitSamples - 1);
    for (const PlottedActivation &a : activations) {
        if (!a.function)
            continue;
        std::vector<double> points = xs;
        for (const actlab::Kink &k : a.function->kinks(a.params)) {
            if (k.x >= xMin && k.x <= xMax) {
                // both sides of a jump, so step's upper level is seen even between samples
                points.push_back(k.x);
                points.push_back(std::nextafter(k.x, xMin));
                points.push_back(std::nextafter(k.x, xMax));
            }
        }
        const auto include = [&lo, &hi](double y) {
            if (std::isfinite(y)) {
                lo = std::min(lo, y);
                hi = std::max(hi, y);
            }
        };
        for (double x : points) {
            const actlab::Derivatives d = a.function->evaluate(x, a.params);
            const double byOrder[] = {d.f, d.df, d.d2f};
            for (int order = 0; order < 3; ++order)
                if (drawnOrders[std::size_t(order)])
                    include(byOrder[order]);
        }
    }
    for (double g : guides) {
        lo = std::min(lo, g);
        hi = std::max(hi, g);
    }
    const double limit = clampFactor * std::max(std::abs(xMin), std::abs(xMax));
    lo = std::max(lo, -limit);
    hi = std::min(hi, limit);
    double span = hi - lo;
    const double smallest = std::min(minimumSpan, minimumSpanPerX * (xMax - xMin));
    if (span < smallest) {
        const double centre = (lo + hi) / 2;
        lo = centre - smallest / 2;
        hi = centre + smallest / 2;
        span = smallest;
    }
    return {lo - margin * span, hi + margin * span};
}
