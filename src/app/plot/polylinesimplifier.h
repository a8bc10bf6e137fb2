// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "sampling/curvesampler.h"

/**
 * Thins a sampled polyline for drawing (Douglas–Peucker in pixel space): points that lie within
 * a fraction of a pixel of the line through their neighbours are dropped. The sampler places a
 * point at least every few pixels so that no feature hides between samples; along a gentle curve
 * most of those points change nothing on screen but still cost the antialiased stroker time.
 * Kept points are the sampler's own (exact values of the function), and both ends of every
 * piece are kept, so kinks, jumps and the exported data are unaffected.
 */
class PolylineSimplifier {
public:
    /// Indices of the points to keep, in increasing order (first and last always).
    static std::vector<std::size_t> keep(const actlab::Polyline &line, double pixelWidth,
                                         double pixelHeight, double tolerancePx);
};
