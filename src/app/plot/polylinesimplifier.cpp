// SPDX-License-Identifier: GPL-3.0-or-later
#include "polylinesimplifier.h"

#include <algorithm>
#include <cmath>
#include <utility>

std::vector<std::size_t> PolylineSimplifier::keep(const actlab::Polyline &line, double pixelWidth,
                                                  double pixelHeight, double tolerancePx) {
    const std::size_t n = line.size();
    std::vector<std::size_t> out;
    if (n <= 2 || !(pixelWidth > 0) || !(pixelHeight > 0)) {
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(i);
        return out;
    }
    // Work in pixels, so the tolerance means the same at every zoom and aspect ratio.
    const double sx = 1 / pixelWidth, sy = 1 / pixelHeight;
    const double tolerance2 = tolerancePx * tolerancePx;
    std::vector<char> kept(n, 0);
    kept[0] = kept[n - 1] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, n - 1}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b <= a + 1)
            continue;
        const double ax = line[a].x * sx, ay = line[a].y * sy;
        const double dx = line[b].x * sx - ax, dy = line[b].y * sy - ay;
        const double length2 = dx * dx + dy * dy;
        double worst = -1;
        std::size_t worstAt = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double px = line[i].x * sx - ax, py = line[i].y * sy - ay;
            // Squared distance from the segment a–b (not the infinite line: a curve that turns
            // back, like a spike, must not be flattened onto the chord).
            const double t = length2 > 0 ? std::clamp((px * dx + py * dy) / length2, 0.0, 1.0) : 0;
            const double ex = px - t * dx, ey = py - t * dy;
            const double d2 = ex * ex + ey * ey;
            if (d2 > worst) {
                worst = d2;
                worstAt = i;
            }
        }
        if (worst > tolerance2) {
            kept[worstAt] = 1;
            stack.push_back({a, worstAt});
            stack.push_back({worstAt, b});
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (kept[i])
            out.push_back(i);
    return out;
}
