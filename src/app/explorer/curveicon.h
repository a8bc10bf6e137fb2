// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QSize>

#include "activations/scalarfunction.h"

/**
 * A small picture of y = f(x) over x ∈ [-4, 4] for the catalog: the numbers come from the core
 * (ScalarFunction::value to choose the vertical range, actlab::sampleCurve for the polylines, so
 * jumps stay gaps); this only paints them. Rendered at 1× and 2× for high-DPI screens.
 */
QIcon curveIcon(const actlab::ScalarFunction &function, actlab::Params params, const QColor &curve,
                const QColor &axes, QSize size);
