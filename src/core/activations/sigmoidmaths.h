// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the sigmoid family: f, f′ and f″ of each activation, shared by the catalog
// (sigmoidfamily.cpp) and the training kernels, which compile them once per instruction set.

#include <algorithm>
#include <cmath>
#include <numbers>

#include "activations/logisticparts.h"
#include "activations/mathhelpers.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

struct Sigmoid {
    static double value(double x, Params) { return LogisticParts::of(x).s; }
    // σ′ = σ(x)σ(−x): both factors come from e^{−|x|}, never as 1 − σ from a rounded σ.
    static double derivative(double x, Params) {
        const LogisticParts l = LogisticParts::of(x);
        return l.s * l.t;
    }
    // σ″ = σ′·(1 − 2σ) = −sign(x)·σ′·tanh(|x|/2), with tanh(|x|/2) from expm1.
    static double secondDerivative(double x, Params) {
        const LogisticParts l = LogisticParts::of(x);
        return plusZero(-signOf(x) * (l.s * l.t) * l.tanhHalfAbs);
    }
};

struct HardSigmoid {
    // (x + 3)/6 rather than x/6 + ½: x + 3 is exact near −3, so the ramp keeps full relative
    // precision where its value is tiny.
    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        return x <= -3 ? 0.0 : (x >= 3 ? 1.0 : (x + 3) / 6);
    }
    // PyTorch and JAX both give 0 at ±3.
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return (x > -3 && x < 3) ? 1.0 / 6.0 : 0.0;
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params) {
        return {{-3.0, false, 0.0, std::nullopt}, {3.0, false, 0.0, std::nullopt}};
    }
};

struct SparseSigmoid {
    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        return x <= -1 ? 0.0 : (x >= 1 ? 1.0 : (x + 1) / 2);
    }
    // PyTorch has no sparse_sigmoid; Keras on its TF and torch backends gives 0 at ±1 (where
    // based), JAX's clip splits the tie and gives ½·½.
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return (x > -1 && x < 1) ? 0.5 : 0.0;
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params) {
        return {{-1.0, false, 0.0, 0.25}, {1.0, false, 0.0, 0.25}};
    }
};

struct Tanh {
    static double value(double x, Params) { return std::tanh(x); }
    // sech²x = 4e^{−2|x|}/(1 + e^{−2|x|})², free of the cancellation in 1 − tanh².
    static double sech2(double x) {
        const double e = std::exp(-2 * std::abs(x));
        const double inv = 1 / (1 + e);
        return 4 * e * inv * inv;
    }
    static double derivative(double x, Params) { return sech2(x); }
    static double secondDerivative(double x, Params) {
        return plusZero(-2 * std::tanh(x) * sech2(x));
    }
};

struct HardTanh {
    static double lo(Params p) { return param(p, 0, -1.0); }
    static double hi(Params p) { return param(p, 1, 1.0); }
    // min(max(x, lo), hi) as torch.clamp: a reversed pair gives the constant hi.
    static double value(double x, Params p) {
        if (std::isnan(x))
            return x;
        return std::min(std::max(x, lo(p)), hi(p));
    }
    // PyTorch's hardtanh_backward: 0 for x ≤ min or x ≥ max.
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        return (x > lo(p) && x < hi(p)) ? 1.0 : 0.0;
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params p) {
        if (!(lo(p) < hi(p)))
            return {}; // constant function
        return {{lo(p), false, 0.0, 1.0}, {hi(p), false, 0.0, 1.0}};
    }
};

struct Softsign {
    static double value(double x, Params) {
        if (std::isinf(x))
            return std::copysign(1.0, x);
        return x / (1 + std::abs(x));
    }
    static double derivative(double x, Params) {
        const double u = 1 / (1 + std::abs(x));
        return u * u;
    }
    // −2·sign(x)/(1 + |x|)³; at 0 the one-sided values are ±2 and we return their mean, 0.
    static double secondDerivative(double x, Params) {
        const double u = 1 / (1 + std::abs(x));
        return plusZero(-2 * signOf(x) * (u * u * u));
    }
};

struct Arctan {
    static double value(double x, Params) { return std::atan(x); }
    // For |x| > 1 work with u = 1/|x|, so x² never overflows and the tail 1/x² stays exact.
    static double derivative(double x, Params) {
        if (std::abs(x) <= 1)
            return 1 / (1 + x * x);
        const double u = 1 / std::abs(x);
        return u * u / (1 + u * u);
    }
    static double secondDerivative(double x, Params) {
        if (std::abs(x) <= 1) {
            const double v = 1 / (1 + x * x);
            return plusZero(-2 * x * v * v);
        }
        const double u = 1 / std::abs(x);
        const double v = 1 / (1 + u * u);
        return -2 * signOf(x) * (u * u * u) * v * v;
    }
};

} // namespace actlab::maths
