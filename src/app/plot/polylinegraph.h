// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "sampling/curvesampler.h"

class QCPGraph;

/// How far (in device pixels) a drawn point may be dropped from the sampled curve: invisible,
/// and it roughly halves the antialiased stroking time of smooth curves (bench_replot).
inline constexpr double kDrawingTolerancePx = 0.15;

/**
 * Gives `graph` the pieces of a sampled curve, thinned for drawing (PolylineSimplifier) with the
 * given data units per pixel, and with a NaN between pieces so that no line is drawn across a
 * jump. The one way the overlay and the small multiples draw what the core sampled.
 */
void setGraphPieces(QCPGraph *graph, const std::vector<actlab::Polyline> &pieces, double pixelWidth,
                    double pixelHeight);
