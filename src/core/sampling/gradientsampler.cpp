// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradientsampler.h"

#include <algorithm>
#include <cmath>

namespace actlab {

std::vector<GradientPoint> sampleGradientMagnitude(const ScalarFunction &f, Params params,
                                                   double xMin, double xMax, int n) {
    n = std::max(n, 2);
    std::vector<double> xs;
    xs.reserve(std::size_t(n) + 8);
    for (int i = 0; i < n; ++i)
        xs.push_back(xMin + (xMax - xMin) * double(i) / double(n - 1));
    for (const Kink &k : f.kinks(params))
        if (k.x > xMin && k.x < xMax) {
            xs.push_back(std::nextafter(k.x, xMin));
            xs.push_back(std::nextafter(k.x, xMax));
        }
    std::sort(xs.begin(), xs.end());
    std::vector<double> df(xs.size());
    f.evaluateBatch(xs, params, {}, df);
    std::vector<GradientPoint> out;
    out.reserve(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i)
        out.push_back({xs[i], std::fabs(df[i])});
    return out;
}

std::vector<std::pair<double, double>> vanishingIntervals(const std::vector<GradientPoint> &points,
                                                          double threshold) {
    std::vector<std::pair<double, double>> out;
    bool inside = false;
    double from = 0;
    for (const GradientPoint &p : points) {
        const bool vanishing = p.magnitude < threshold; // NaN is not vanishing
        if (vanishing && !inside) {
            from = p.x;
            inside = true;
        } else if (!vanishing && inside) {
            out.emplace_back(from, p.x);
            inside = false;
        }
    }
    if (inside && !points.empty())
        out.emplace_back(from, points.back().x);
    return out;
}

} // namespace actlab
