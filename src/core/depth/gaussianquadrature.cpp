// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaussianquadrature.h"

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace actlab::depth {
namespace {

// QUADPACK's qk21: Kronrod abscissae (descending; the odd ones are the 10-point Gauss nodes),
// Kronrod weights, and the Gauss weights of xgk[1], xgk[3], ..., xgk[9].
constexpr std::array<double, 11> kXgk = {0.995657163025808080735527280689003,
                                         0.973906528517171720077964012084452,
                                         0.930157491355708226001207180059508,
                                         0.865063366688984510732096688423493,
                                         0.780817726586416897063717578345042,
                                         0.679409568299024406234327365114874,
                                         0.562757134668604683339000099272694,
                                         0.433395394129247190799265943165784,
                                         0.294392862701460198131126603103866,
                                         0.148874338981631210884826001129720,
                                         0.0};
constexpr std::array<double, 11> kWgk = {
    0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
    0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
    0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
    0.123491976262065851077208385126810, 0.134709217311473325928054001771707,
    0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
    0.149445554002916905664936468389821};
constexpr std::array<double, 5> kWg = {
    0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
    0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
    0.295524224714752870173892994651338};

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

struct Piece {
    double a = 0;
    double b = 0;
    double result = 0;
    double error = 0;
    double resAbs = 0; ///< ∫|g| over the piece, the scale the relative tolerance refers to
};

bool byError(const Piece &x, const Piece &y) {
    return x.error < y.error;
}

/**
 * One 21-point rule on [a, b]. Returns false (and sets *bad to the non-finite result) when the
 * integrand is not finite somewhere on it.
 */
bool applyRule(GaussianQuadrature::RuleFn g, const void *context, Piece &piece, double *bad) {
    const double centre = 0.5 * (piece.a + piece.b);
    const double half = 0.5 * (piece.b - piece.a);
    std::array<double, GaussianQuadrature::kRulePoints> x;
    std::array<double, GaussianQuadrature::kRulePoints> y;
    x[0] = centre;
    for (int j = 0; j < 10; ++j) {
        x[1 + j] = centre - half * kXgk[j];
        x[11 + j] = centre + half * kXgk[j];
    }
    g(context, x.data(), y.data());

    double resK = kWgk[10] * y[0];
    double resG = 0;
    double resAbs = std::abs(resK);
    bool finite = std::isfinite(y[0]);
    for (int j = 0; j < 10; ++j) {
        const double sum = y[1 + j] + y[11 + j];
        resK += kWgk[j] * sum;
        resAbs += kWgk[j] * (std::abs(y[1 + j]) + std::abs(y[11 + j]));
        if (j % 2 == 1)
            resG += kWg[j / 2] * sum;
        finite = finite && std::isfinite(sum);
    }
    if (!finite) {
        double total = 0;
        for (double v : y)
            total += v; // NaN if any is NaN or infinities of both signs meet, else ±inf
        *bad = std::isnan(total) ? total : (std::isfinite(total) ? std::nan("") : total);
        return false;
    }
    const double meanK = 0.5 * resK;
    double resAsc = kWgk[10] * std::abs(y[0] - meanK);
    for (int j = 0; j < 10; ++j)
        resAsc += kWgk[j] * (std::abs(y[1 + j] - meanK) + std::abs(y[11 + j] - meanK));

    const double width = std::abs(half);
    piece.result = resK * half;
    piece.resAbs = resAbs * width;
    resAsc *= width;
    double error = std::abs((resK - resG) * half);
    // QUADPACK's scaling: the raw |K − G| overestimates the error of the Kronrod result by
    // orders of magnitude once the rule resolves the integrand.
    if (resAsc != 0 && error != 0)
        error = resAsc * std::min(1.0, std::pow(200.0 * error / resAsc, 1.5));
    if (piece.resAbs > std::numeric_limits<double>::min() / (50 * kEpsilon))
        error = std::max(50 * kEpsilon * piece.resAbs, error);
    piece.error = error;
    return true;
}

/// A piece too narrow to halve without the halves' abscissae running together.
bool tooNarrow(const Piece &piece) {
    const double scale = std::max({std::abs(piece.a), std::abs(piece.b), 1e-300});
    return piece.b - piece.a <= 1e3 * kEpsilon * scale;
}

} // namespace

double GaussianQuadrature::integrate(RuleFn g, const void *context, std::span<const double> breaks,
                                     const Options &options) {
    if (breaks.size() < 2)
        return 0;
    std::vector<Piece> heap;
    heap.reserve(std::max<std::size_t>(64, breaks.size()));
    double errorSum = 0;
    double absSum = 0;
    double bad = 0;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        Piece piece{breaks[i], breaks[i + 1]};
        if (!(piece.b > piece.a))
            continue;
        if (!applyRule(g, context, piece, &bad))
            return bad;
        errorSum += piece.error;
        absSum += piece.resAbs;
        heap.push_back(piece);
    }
    std::make_heap(heap.begin(), heap.end(), byError);

    // Global adaptivity: always halve the piece with the largest error estimate.
    // Unsplittable pieces leave the heap's top with their error counted in `stuck`.
    double stuck = 0;
    std::vector<Piece> done;
    while (!heap.empty() && int(heap.size() + done.size()) < options.maxIntervals) {
        const double tolerance =
            std::max(options.absoluteTolerance, options.relativeTolerance * absSum);
        if (errorSum <= tolerance)
            break;
        std::pop_heap(heap.begin(), heap.end(), byError);
        const Piece parent = heap.back();
        heap.pop_back();
        if (tooNarrow(parent)) {
            stuck += parent.error;
            done.push_back(parent);
            continue;
        }
        const double middle = 0.5 * (parent.a + parent.b);
        Piece left{parent.a, middle};
        Piece right{middle, parent.b};
        if (!applyRule(g, context, left, &bad) || !applyRule(g, context, right, &bad))
            return bad;
        errorSum += left.error + right.error - parent.error;
        absSum += left.resAbs + right.resAbs - parent.resAbs;
        heap.push_back(left);
        std::push_heap(heap.begin(), heap.end(), byError);
        heap.push_back(right);
        std::push_heap(heap.begin(), heap.end(), byError);
        // Running sums drift when large errors are replaced by tiny ones; re-add now and then.
        if (errorSum < 0 || (heap.size() & 63) == 0) {
            errorSum = stuck;
            absSum = 0;
            for (const Piece &p : heap) {
                errorSum += p.error;
                absSum += p.resAbs;
            }
            for (const Piece &p : done)
                absSum += p.resAbs;
        }
    }
    // Sum in order of position, so the result does not depend on the heap's internal order.
    heap.insert(heap.end(), done.begin(), done.end());
    std::sort(heap.begin(), heap.end(), [](const Piece &x, const Piece &y) { return x.a < y.a; });
    double total = 0;
    for (const Piece &p : heap)
        total += p.result;
    return total;
}

int GaussianQuadrature::gaussianBreaks(double mean, double sd, std::span<const double> xBreaks,
                                       double *out) {
    // A fixed skeleton so that the bulk, the shoulders and the far tails start in pieces of
    // their own; the far tails then cost one rule each.
    static constexpr std::array<double, 9> skeleton = {-kZMax, -10.0, -5.0, -2.0, 0.0,
                                                       2.0,    5.0,   10.0, kZMax};
    int count = 0;
    for (double z : skeleton)
        out[count++] = z;
    for (double x : xBreaks) {
        if (count >= kMaxBreaks)
            break;
        const double z = (x - mean) / sd;
        if (std::abs(z) < kZMax)
            out[count++] = z;
    }
    std::sort(out, out + count);
    // Drop points that coincide (a kink at 0, two kinks closer than rounding).
    int kept = 1;
    for (int i = 1; i < count; ++i)
        if (out[i] - out[kept - 1] > 4 * kEpsilon * std::max(1.0, std::abs(out[i])))
            out[kept++] = out[i];
    out[kept - 1] = kZMax; // the last kept point may have been a near-duplicate of kZMax
    return kept;
}

} // namespace actlab::depth
