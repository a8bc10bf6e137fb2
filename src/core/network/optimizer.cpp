// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimizer.h"

#include <cmath>

#include "util/flushsubnormals.h"
#include "util/strings.h"

namespace actlab {

const char *optimizerKey(OptimizerKind kind) {
    switch (kind) {
    case OptimizerKind::Sgd:
        return "sgd";
    case OptimizerKind::Momentum:
        return "momentum";
    case OptimizerKind::Adam:
        return "adam";
    }
    return "";
}

std::optional<OptimizerKind> optimizerFromKey(std::string_view key) {
    for (OptimizerKind k : {OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam})
        if (equalsIgnoringCase(key, optimizerKey(k)))
            return k;
    return std::nullopt;
}

Optimizer::Optimizer(const ParamLayout &layout, OptimizerSettings settings)
    : m_layout(layout)
    , m_settings(settings)
    , m_decay(layout.total, 0.0) {
    for (const ParamLayout::Range &r : layout.weights())
        for (std::size_t i = r.begin; i < r.end; ++i)
            m_decay[i] = 1;
    resetState();
}

void Optimizer::setSettings(const OptimizerSettings &settings) {
    const bool restart = settings.kind != m_settings.kind;
    m_settings = settings;
    if (restart)
        resetState();
}

void Optimizer::resetState() {
    const std::size_t n = m_layout.total;
    m_m.assign(n, 0.0);
    m_v.assign(n, 0.0);
    m_mNext.assign(n, 0.0);
    m_vNext.assign(n, 0.0);
    m_steps = 0;
}

bool Optimizer::step(std::span<const double> params, std::span<const double> gradient,
                     std::span<double> out) {
    const FlushSubnormals mode; // Adam's moments of dead units decay into subnormals
    const std::size_t n = m_layout.total;
    const double lr = m_settings.learningRate;
    const double l2 = m_settings.l2;
    const double *decay = m_decay.data();
    // NaN or ±inf anywhere turns `check` into NaN (inf · 0 is NaN): one cheap test at the end.
    double check = 0;
    switch (m_settings.kind) {
    case OptimizerKind::Sgd:
        for (std::size_t i = 0; i < n; ++i) {
            const double g = gradient[i] + l2 * decay[i] * params[i];
            out[i] = params[i] - lr * g;
            check += out[i] * 0.0;
        }
        break;
    case OptimizerKind::Momentum: {
        const double mu = m_settings.momentum;
        for (std::size_t i = 0; i < n; ++i) {
            const double g = gradient[i] + l2 * decay[i] * params[i];
            const double v = mu * m_m[i] + g;
            m_mNext[i] = v;
            out[i] = params[i] - lr * v;
            check += out[i] * 0.0;
        }
        break;
    }
    case OptimizerKind::Adam: {
        const double b1 = m_settings.beta1, b2 = m_settings.beta2, eps = m_settings.epsilon;
        const double t = double(m_steps + 1);
        const double stepSize = lr / (1 - std::pow(b1, t));
        const double correction2 = std::sqrt(1 - std::pow(b2, t));
        for (std::size_t i = 0; i < n; ++i) {
            const double g = gradient[i] + l2 * decay[i] * params[i];
            const double m = m_m[i] * b1 + (1 - b1) * g;
            const double v = m_v[i] * b2 + (1 - b2) * (g * g);
            m_mNext[i] = m;
            m_vNext[i] = v;
            out[i] = params[i] - stepSize * (m / (std::sqrt(v) / correction2 + eps));
            check += out[i] * 0.0;
        }
        break;
    }
    }
    if (!std::isfinite(check))
        return false;
    m_m.swap(m_mNext);
    m_v.swap(m_vNext);
    ++m_steps;
    return true;
}

} // namespace actlab
