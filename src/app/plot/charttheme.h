// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plot/plotview.h"

class QCPColorGradient;
class QCustomPlot;

/// The one way a chart takes a theme: background, and every axis rect's axes, tick labels and
/// dotted grid in the palette's colours. Legends and titles differ per chart and stay with it.
void applyChartTheme(QCustomPlot *plot, PlotTheme theme);

/// Diverging blue–white–orange for signed values (white = 0), readable with red-green colour
/// blindness: the depth lab's χ₁ map and the softmax lab's Jacobian.
QCPColorGradient divergingGradient();
