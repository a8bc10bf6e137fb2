// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

/// A catalog activation an identity involves, with the parameter values it takes there (the
/// full list, in the order of the activation's ParamSpec list): what the explorer pins.
struct IdentityTerm {
    std::string id;
    std::vector<double> params;
};

/**
 * A relation between activations a student should know, stated as two functions of x that
 * coincide (or, for an approximation, nearly do): tanh(x) = 2σ(2x) − 1 and the like. Both sides
 * are built from the catalog's own functions, so what is compared is what the explorer draws.
 */
struct Identity {
    std::string key{};         ///< stable: "tanh_sigmoid", "gelu_sigmoid", ...
    const char *formula = "";  ///< plain Unicode maths, not translated: "tanh(x) = 2σ(2x) − 1"
    const char *lhsLabel = ""; ///< the left side as a legend entry: "tanh(x)"
    const char *rhsLabel = ""; ///< the right side: "2σ(2x) − 1"
    const char *title = "";    ///< English, QT_TRANSLATE_NOOP("Identities", ...)
    const char *explanation = "";      ///< English, QT_TRANSLATE_NOOP("Identities", ...)
    bool exact = true;                 ///< false: an approximation (GELU ≈ x·σ(1.702x))
    std::vector<IdentityTerm> terms{}; ///< what to pin, left side first
    std::function<double(double)> lhs{};
    std::function<double(double)> rhs{};
};

/// Both sides of an identity sampled at n evenly spaced points of [a, b] (ends included).
struct IdentityComparison {
    std::vector<double> x;
    std::vector<double> lhs;
    std::vector<double> rhs;
    double maxDifference = 0;   ///< the largest |lhs − rhs| over the samples (NaN ones skipped)
    double maxDifferenceAt = 0; ///< the first x where it occurs
    double scale = 0;           ///< the largest |lhs| or |rhs|: what "tiny" is relative to
    double yMin = 0;            ///< the smallest finite value of either side
    double yMax = 0;            ///< the largest finite value of either side
};

/// The built-in identities, in the order a panel lists them. Built once; safe to share.
const std::vector<Identity> &identities();
/// By key; null when unknown.
const Identity *findIdentity(std::string_view key);
/// Samples both sides of `identity` on [a, b] with n points (n = 1: just a; n = 0: nothing).
IdentityComparison compareIdentity(const Identity &identity, double a, double b, std::size_t n);

} // namespace actlab
