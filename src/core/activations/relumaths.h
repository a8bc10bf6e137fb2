// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the relu family: f, f′ and f″ of each activation, shared by the catalog
// (relufamily.cpp) and the training kernels, which compile them once per instruction set.

#include <algorithm>
#include <cmath>

#include "activations/mathhelpers.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

/**
 * Keras 3's generalised relu(x, negative_slope s, max_value m, threshold t), p = {s, m, t};
 * m = +inf stands for Keras' None. Keras computes p = x·[x > t] (t ≠ 0) or relu(x) (t = 0),
 * clips p to [0, m] when m is set, and subtracts s·relu(t − x). So f = s(x − t) for x ≤ t and,
 * above t, x (no cap) or clip(x, 0, m). With t > 0 that jumps from 0 to t at x = t.
 */
struct Relu {
    static double value(double x, Params p) {
        const double s = p[0], m = p[1], t = p[2];
        if (std::isnan(x))
            return x;
        if (x > t)
            return std::isinf(m) ? x : std::clamp(x, 0.0, m);
        return s == 0 ? 0.0 : plusZero(s * (x - t)); // 0·(−inf − t) is the limit 0, not NaN
    }
    static double derivative(double x, Params p) { return slope(x, p, false); }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }

    /**
     * f' as Keras' backend autodiff returns it, also at the kinks. PyTorch backend: relu'(0) = 0,
     * the fast-path leaky_relu gives s at 0, the relu6 fast path (t = 0, m = 6) gives 0 at 6,
     * and torch.clip passes the gradient at both clip bounds (inclusive). JAX backend: the same,
     * except that leaky_relu gives 1 at 0 and jnp.clip (max then min) splits ties 0.5/0.5.
     */
    static double slope(double x, Params p, bool jax) {
        const double s = p[0], m = p[1], t = p[2];
        if (std::isnan(x))
            return x;
        if (x < t)
            return s;
        if (x == t) {
            const bool leakyFastPath = t == 0 && std::isinf(m) && s != 0;
            return leakyFastPath ? (jax ? 1.0 : s) : 0.0;
        }
        if (std::isinf(m))
            return 1.0;
        if (x < 0 || x > m)
            return 0.0;
        if (x == m && t == 0 && m == 6)
            return 0.0; // Keras routes (t = 0, m = 6) through relu6, whose gradient is 0 at 6
        if (!jax)
            return 1.0;
        return (x == 0 ? 0.5 : 1.0) * (x == m ? 0.5 : 1.0);
    }

    static std::vector<Kink> kinks(Params p) {
        const double m = p[1], t = p[2];
        std::vector<double> points{t};
        // Above t the clip adds corners at 0 and m, but only where they lie above t.
        if (std::isfinite(m)) {
            for (double c : {0.0, m})
                if (c > t)
                    points.push_back(c);
        }
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        std::vector<Kink> out;
        for (double c : points) {
            Kink k;
            k.x = c;
            // Left of t the value tends to 0; right of t it tends to t (no cap) or clip(t, 0, m).
            const double right = std::isinf(m) ? t : std::clamp(t, 0.0, m);
            k.jump = c == t && right != 0;
            k.derivativeUsed = slope(c, p, false);
            const double jax = slope(c, p, true);
            if (jax != k.derivativeUsed)
                k.derivativeJax = jax;
            out.push_back(k);
        }
        return out;
    }
};

struct Relu6 {
    static double value(double x, Params) {
        if (std::isnan(x))
            return x; // NaN propagates, as in every framework
        return x <= 0 ? 0.0 : (x >= 6 ? 6.0 : x);
    }
    // PyTorch's hardtanh_backward gives 0 at both kinks (x <= 0 or x >= 6); so does JAX.
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return (x > 0 && x < 6) ? 1.0 : 0.0;
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params) {
        return {{0.0, false, 0.0, std::nullopt}, {6.0, false, 0.0, std::nullopt}};
    }
};

/// Leaky ReLU, p = {a}: x for x > 0, a·x otherwise (the same function as x ≥ 0 ? x : a·x).
struct LeakyRelu {
    static double value(double x, Params p) {
        if (std::isnan(x))
            return x;
        return x > 0 ? x : (p[0] == 0 ? 0.0 : plusZero(p[0] * x)); // slope 0 at −inf: 0
    }
    // PyTorch's kernel tests x > 0, so at 0 it returns the slope a; JAX's where(x >= 0) gives 1.
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        return x > 0 ? 1.0 : p[0];
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params p) {
        if (p[0] == 1)
            return {}; // slope 1 on both sides: the identity, no corner
        return {{0.0, false, p[0], 1.0}};
    }
};

/// PReLU: the same function; PyTorch's mask x > 0 gives a at 0 and JAX has no PReLU.
struct Prelu {
    static double value(double x, Params p) { return LeakyRelu::value(x, p); }
    static double derivative(double x, Params p) { return LeakyRelu::derivative(x, p); }
    static double secondDerivative(double x, Params p) { return LeakyRelu::secondDerivative(x, p); }
    static std::vector<Kink> kinks(Params p) {
        if (p[0] == 1)
            return {};
        return {{0.0, false, p[0], std::nullopt}};
    }
};

/// RReLU in evaluation mode: a leaky ReLU with the mean slope (lower + upper)/2; p = {l, u}.
struct Rrelu {
    static double slopeOf(Params p) { return 0.5 * (p[0] + p[1]); }
    static double value(double x, Params p) {
        const double a = slopeOf(p);
        return LeakyRelu::value(x, Params(&a, 1));
    }
    static double derivative(double x, Params p) {
        const double a = slopeOf(p);
        return LeakyRelu::derivative(x, Params(&a, 1));
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params p) {
        const double a = slopeOf(p);
        if (a == 1)
            return {};
        return {{0.0, false, a, std::nullopt}};
    }
};

/// x if x > t, else v; p = {t, v}. PyTorch's backward is 0 for x <= t, so 0 at t.
struct Threshold {
    static double value(double x, Params p) {
        if (std::isnan(x))
            return x;
        return x > p[0] ? x : p[1];
    }
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        return x > p[0] ? 1.0 : 0.0;
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params p) { return {{p[0], p[1] != p[0], 0.0, std::nullopt}}; }
};

/// Heaviside step with H(0) = 0. Its derivative is 0 everywhere it exists.
struct Step {
    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        return x > 0 ? 1.0 : 0.0;
    }
    static double derivative(double x, Params) { return zeroOrNaN(x); }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params) { return {{0.0, true, 0.0, std::nullopt}}; }
};

} // namespace actlab::maths
