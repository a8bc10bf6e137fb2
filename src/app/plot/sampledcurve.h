// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QString>

/// A curve as a view drew it, for CSV export and tests: one per (activation, quantity).
struct SampledCurve {
    QString id;    ///< curveId() of the activation: catalog id with changed parameters, or expr:
    QString label; ///< display name of the activation, in the current language
    int order = 0; ///< 0 f, 1 f′, 2 f″
    /// Pieces between jumps, each a list of (x, y).
    std::vector<std::vector<std::pair<double, double>>> pieces;
};
