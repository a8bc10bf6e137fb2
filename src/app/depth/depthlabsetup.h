// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "depth/propagation.h"
#include "network/hiddenactivation.h"

/// One line of the depth lab: an activation with its weight and bias variances.
struct DepthConfiguration {
    actlab::ActivationChoice activation;
    std::optional<actlab::Initializer> initializer; ///< empty: weightVariance is explicit
    double weightVariance = 1;                      ///< σ_w² when initializer is empty
    double biasVariance = 0;                        ///< σ_b²
    bool visible = true;

    bool operator==(const DepthConfiguration &) const = default;
};

/**
 * Everything the depth-lab page shows, as plain data: the configurations and the settings
 * they share. It is what lab files store and what the page turns into core requests; no
 * widget and no maths here.
 */
struct DepthLabSetup {
    std::vector<DepthConfiguration> configurations;
    int depth = 50;
    int width = 256;
    int batch = 256;
    double inputVariance = 1; ///< q⁰
    double correlation = 0.5; ///< c⁰
    actlab::depth::DropoutKind dropout = actlab::depth::DropoutKind::None;
    double dropoutRate = 0.1; ///< kept while dropout is off, so switching it on restores it
    std::uint64_t seed = 1;
    int phaseConfiguration = 0; ///< whose activation the phase diagram shows

    bool operator==(const DepthLabSetup &) const = default;

    static constexpr int maxConfigurations = 8;

    /// sigmoid + Glorot, tanh + Glorot, ReLU + He, SELU + LeCun normal, GELU + He.
    static DepthLabSetup defaults();

    /// The core's request for configuration i, or why its activation does not resolve.
    std::variant<actlab::depth::PropagationConfig, actlab::ActivationError>
    propagationConfig(std::size_t i) const;

    QJsonObject toJson() const;
    /// Null with *badKey naming the first missing or invalid field.
    static std::optional<DepthLabSetup> fromJson(const QJsonObject &json, QString *badKey);
};
