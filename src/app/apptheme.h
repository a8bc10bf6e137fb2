// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "plot/plotview.h"

/**
 * The application-wide light or dark look: the Fusion style with a light or a dark palette
 * chosen for contrast on a projector. Widgets learn of it through QEvent::PaletteChange.
 */
class AppTheme {
public:
    static void apply(PlotTheme theme);
    static PlotTheme fromKey(const QString &key); ///< "dark" or anything else (light)
    static QString key(PlotTheme theme);
};
