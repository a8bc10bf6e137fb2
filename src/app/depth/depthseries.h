// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>
#include <QString>

/**
 * What the depth-lab views draw for one configuration, as plain data taken from the core's
 * report by the page: per layer l = 0…L, measured (NaN where not measured yet) and predicted.
 */
struct DepthSeries {
    QString name;
    QColor colour;
    std::vector<double> measuredStd;      ///< √Var(hˡ)
    std::vector<double> predictedStd;     ///< √qˡ
    std::vector<double> measuredGradient; ///< ‖∂E/∂hˡ‖²
    std::vector<double> predictedGradient;
    std::vector<double> measuredCorrelation;
    std::vector<double> predictedCorrelation;
    std::vector<double> saturated;              ///< fraction, measured
    std::vector<double> dead;                   ///< fraction, measured
    std::vector<std::vector<double>> histogram; ///< per layer, per bin (fractions)
    double histogramRange = 4;
};
