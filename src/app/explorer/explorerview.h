// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

/// The three ways the explorer draws its curves.
enum class ExplorerView {
    Overlay,  ///< every curve in one plot, with f′ and f″ overlays
    Grid,     ///< small multiples: one cell per curve, f and f′, shared axes
    Gradient, ///< |f′| on a log axis with the vanishing and dead zones
};

/// The view's name in settings, lab files and `render --view`: overlay, grid, gradient.
QString explorerViewKey(ExplorerView view);
std::optional<ExplorerView> explorerViewFromKey(const QString &key);
