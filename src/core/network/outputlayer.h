// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "data/dataset.h"

namespace actlab {

/// The output layer and its loss.
enum class OutputKind {
    SigmoidBce, ///< one logit, sigmoid, binary cross-entropy (binary data)
    SoftmaxCce, ///< K logits, softmax, categorical cross-entropy (classes)
    LinearMse,  ///< identity, mean squared error (regression; one-hot targets for classes)
};

/// "sigmoid_bce", "softmax_cce", "linear_mse" (used by the CLI and in JSON).
const char *outputKindKey(OutputKind kind);
std::optional<OutputKind> outputKindFromKey(std::string_view key);
/// Sigmoid + BCE for binary data, softmax + CCE for multi-class, linear + MSE for regression.
OutputKind defaultOutputKind(Task task);
/// Whether the output can learn this task: regression needs LinearMse, multi-class data
/// cannot use a single sigmoid; everything else fits.
bool outputKindFits(OutputKind kind, Task task);
/// Number of output units: 1 for a sigmoid or a scalar target, the class count otherwise
/// (at least 2 for softmax).
int outputCount(OutputKind kind, Task task, int classes);

/**
 * Per-sample maths of the output layer, inline because the training kernels call them once
 * per sample. `o` holds the K raw outputs (logits), `target` is the class index or the value.
 * Losses follow PyTorch: BCEWithLogitsLoss, CrossEntropyLoss, and MSELoss (mean over the K
 * outputs).
 */
namespace outputmath {

inline double sigmoid(double o) {
    // Both branches stay accurate far into the tails and never overflow.
    if (o >= 0)
        return 1 / (1 + std::exp(-o));
    const double e = std::exp(o);
    return e / (1 + e);
}

/// Softmax of K logits into `y` (when not null), max-shifted so nothing overflows; returns
/// log Σ e^{o_k}, the log-partition the cross-entropy needs.
inline double softmax(const double *o, int K, double *y) {
    double m = o[0];
    for (int k = 1; k < K; ++k)
        m = std::max(m, o[k]);
    double sum = 0;
    for (int k = 0; k < K; ++k) {
        const double e = std::exp(o[k] - m);
        sum += e;
        if (y)
            y[k] = e;
    }
    if (y)
        for (int k = 0; k < K; ++k)
            y[k] /= sum;
    return std::log(sum) + m;
}

/// Loss of one sample; writes dLoss/do_k to `grad` when it is not null.
inline double lossAndGradient(OutputKind kind, const double *o, int K, double target,
                              double *grad) {
    switch (kind) {
    case OutputKind::SigmoidBce: {
        const double z = o[0];
        if (grad)
            grad[0] = sigmoid(z) - target;
        return std::max(z, 0.0) - z * target + std::log1p(std::exp(-std::abs(z)));
    }
    case OutputKind::SoftmaxCce: {
        const int t = int(target);
        const double logPartition = softmax(o, K, grad);
        if (grad)
            grad[t] -= 1.0;
        return logPartition - o[t];
    }
    case OutputKind::LinearMse: {
        double loss = 0;
        for (int k = 0; k < K; ++k) {
            const double y = K == 1 ? target : (k == int(target) ? 1.0 : 0.0);
            const double diff = o[k] - y;
            loss += diff * diff;
            if (grad)
                grad[k] = 2 * diff / K;
        }
        return loss / K;
    }
    }
    return 0;
}

/// Index of the largest output (the first one on ties).
inline int argmax(const double *o, int K) {
    int best = 0;
    for (int k = 1; k < K; ++k)
        if (o[k] > o[best])
            best = k;
    return best;
}

/// The predicted class (classification only).
inline int predictedClass(OutputKind kind, const double *o, int K) {
    if (K == 1)
        return kind == OutputKind::SigmoidBce ? (o[0] >= 0 ? 1 : 0) : (o[0] >= 0.5 ? 1 : 0);
    return argmax(o, K);
}

/// The outputs as the user sees them: probabilities for sigmoid and softmax, values for MSE.
inline void transform(OutputKind kind, const double *o, int K, double *y) {
    switch (kind) {
    case OutputKind::SigmoidBce:
        y[0] = sigmoid(o[0]);
        return;
    case OutputKind::SoftmaxCce:
        softmax(o, K, y);
        return;
    case OutputKind::LinearMse:
        std::copy(o, o + K, y);
        return;
    }
}

} // namespace outputmath
} // namespace actlab
