// SPDX-License-Identifier: GPL-3.0-or-later
// Every catalog activation at the extremes of its input and of its parameters (the extremes
// policy in the README):
//
//   x ∈ {+0, −0, ±4.9e-324, ±2.2e-308, ±DBL_MIN, ±1e-300, ±1e308, ±inf, NaN}, at the default
//   parameters and at each parameter's minimum and maximum (an infinite bound is replaced by
//   ±1e6, an open bound at 0 by 1e-6; relu's max_value also at +inf, its "none").
//
// f, f′ and f″ must equal the mathematical value, or at ±inf the limit x → ±inf. The expected
// values are written here independently of the implementation: a closed form evaluated in long
// double (64-bit mantissa, exponent range to 1e4932, so x² and x³ at 1e308 do not overflow) for
// finite x, and the limit stated per activation for ±inf. NaN is expected only for a NaN input
// and where the table states that no limit exists (with the reason). At a kink the closed form
// uses the catalog's documented autodiff convention (PyTorch's; activations.md §3).
//
// Bars as in tst_accuracy: f within 1e-14, f′ within 1e-12, f″ within 1e-8 relative; where the
// true value is below DBL_MIN in magnitude (or exactly 0), an absolute bar of DBL_MIN; where it
// exceeds DBL_MAX, the matching infinity.
//
// The table must cover every catalog id: a new id without a row fails, and so does a row whose
// id the catalog lacks.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numbers>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QTest>

#include "activations/catalog.h"

using namespace actlab;

namespace {

using LD = long double;
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr LD LNaN = std::numeric_limits<LD>::quiet_NaN();

struct Ref {
    LD f = 0, d1 = 0, d2 = 0;
};
using P = std::vector<double>;
using Closed = std::function<Ref(LD x, const P &p)>;
using Limit = std::function<Ref(int sign, const P &p)>;

// ---- long-double building blocks, written in forms that do not cancel --------------------

LD sgn(LD x) {
    return LD((x > 0) - (x < 0));
}
/// σ(x)
LD sig(LD x) {
    if (x >= 0)
        return 1 / (1 + std::exp(-x));
    const LD e = std::exp(x);
    return e / (1 + e);
}
/// σ′(x) = e^{−|x|}/(1 + e^{−|x|})²
LD sigD(LD x) {
    const LD e = std::exp(-std::fabs(x));
    return e / ((1 + e) * (1 + e));
}
/// σ″(x) = σ′(x)(1 − 2σ(x)) = −σ′(x)·tanh(x/2)
LD sigD2(LD x) {
    return -sigD(x) * std::tanh(x / 2);
}
/// ln(1 + e^x) for any x
LD softplusL(LD x) {
    return std::fmax(x, 0) + std::log1p(std::exp(-std::fabs(x)));
}
LD sech2(LD x) {
    const LD c = std::cosh(x);
    return 1 / (c * c);
}
LD clampL(LD x, LD lo, LD hi) {
    return std::fmin(std::fmax(x, lo), hi);
}

/// a·x as x → ±inf: ±inf with the product's sign, or 0 when a = 0.
LD scaledInf(LD a, int sign) {
    return a == 0 ? 0 : a * sign * LD(inf);
}

/// Leaky ReLU with slope a, PyTorch's convention f′(0) = a.
Ref leaky(LD x, LD a) {
    return {x > 0 ? x : a * x, x > 0 ? LD(1) : a, 0};
}
Ref leakyLimit(int sign, LD a) {
    return sign > 0 ? Ref{LD(inf), 1, 0} : Ref{scaledInf(a, -1), a, 0};
}

// SELU constants (Klambauer et al.), λ·α rounded as PyTorch and JAX use it at 0.
constexpr LD kSeluAlpha = 1.6732632423543772848170429916717L;
constexpr LD kSeluScale = 1.0507009873554804934193349852946L;

/// GELU tanh form: x·σ(2u), u = c(x + κx³), with the frameworks' float64 constants.
Ref geluTanh(LD x) {
    const LD c = 0.7978845608028654L, k = LD(0.044715);
    const LD u = c * (x + k * x * x * x);
    const LD du = c * (1 + 3 * k * x * x);
    const LD ddu = 6 * c * k * x;
    const LD s = sig(2 * u), g = sigD(2 * u);
    return {x * s, s + 2 * x * du * g, g * (4 * du + 2 * x * ddu) + 4 * x * du * du * sigD2(2 * u)};
}

Ref geluExact(LD x) {
    const LD cdf = 0.5L * std::erfc(-x / std::numbers::sqrt2_v<LD>);
    const LD pdf = std::exp(-x * x / 2) / std::sqrt(2 * std::numbers::pi_v<LD>);
    return {x * cdf, cdf + x * pdf, pdf * (2 - x * x)};
}

// ---- the table ---------------------------------------------------------------------------

struct Row {
    Closed closed;               ///< f, f′, f″ for finite x
    Limit limit = {};            ///< x → ±inf; empty: the closed form evaluated at ±inf
    const char *noLimit = "";    ///< why a NaN in `limit` is right (no limit exists)
    const char *hugeBounds = ""; ///< why |x| = 1e308 is only checked against bounds
    std::function<bool(double x, const P &p, const Ref &got)> hugeCheck = {};
};

const std::map<std::string, Row> &table() {
    static const std::map<std::string, Row> rows = {
        // Keras' relu(x, s, m, t). f′ at x = t: the leaky fast path (t = 0, m none, s ≠ 0)
        // gives s; otherwise 0 (activations.md row 3).
        {"relu",
         {[](LD x, const P &p) {
              const LD s = p[0], m = p[1], t = p[2];
              if (x > t) {
                  const bool cap = std::isfinite(double(m));
                  const LD f = cap ? clampL(x, 0, m) : x;
                  const LD d =
                      !cap ? 1 : ((x < 0 || x > m || (x == m && t == 0 && m == 6)) ? 0 : 1);
                  return Ref{f, d, 0};
              }
              if (x == t)
                  return Ref{s * (x - t), (t == 0 && std::isinf(double(m)) && s != 0) ? s : 0, 0};
              return Ref{s * (x - t), s, 0};
          },
          [](int sign, const P &p) {
              if (sign > 0)
                  return std::isinf(p[1]) ? Ref{LD(inf), 1, 0} : Ref{LD(p[1]), 0, 0};
              return Ref{scaledInf(p[0], -1), LD(p[0]), 0}; // s·(x − t) → 0 when s = 0
          }}},
        {"relu6", {[](LD x, const P &) {
             return Ref{clampL(x, 0, 6), (x > 0 && x < 6) ? 1.0L : 0.0L, 0};
         }}},
        {"leaky_relu",
         {[](LD x, const P &p) { return leaky(x, p[0]); },
          [](int sign, const P &p) { return leakyLimit(sign, p[0]); }}},
        {"prelu",
         {[](LD x, const P &p) { return leaky(x, p[0]); },
          [](int sign, const P &p) { return leakyLimit(sign, p[0]); }}},
        {"rrelu",
         {[](LD x, const P &p) { return leaky(x, (LD(p[0]) + p[1]) / 2); },
          [](int sign, const P &p) { return leakyLimit(sign, (LD(p[0]) + p[1]) / 2); }}},
        {"threshold", {[](LD x, const P &p) {
             return x > p[0] ? Ref{x, 1, 0} : Ref{LD(p[1]), 0, 0};
         }}},
        {"step", {[](LD x, const P &) {
             return Ref{x > 0 ? 1.0L : 0.0L, 0, 0};
         }}},
        {"sigmoid", {[](LD x, const P &) {
             return Ref{sig(x), sigD(x), sigD2(x)};
         }}},
        {"hard_sigmoid", {[](LD x, const P &) {
             return Ref{clampL((x + 3) / 6, 0, 1), (x > -3 && x < 3) ? 1.0L / 6 : 0.0L, 0};
         }}},
        {"sparse_sigmoid", {[](LD x, const P &) {
             return Ref{clampL((x + 1) / 2, 0, 1), (x > -1 && x < 1) ? 0.5L : 0.0L, 0};
         }}},
        {"tanh", {[](LD x, const P &) {
             return Ref{std::tanh(x), sech2(x), -2 * std::tanh(x) * sech2(x)};
         }}},
        {"hard_tanh", {[](LD x, const P &p) {
             return Ref{clampL(x, p[0], p[1]), (x > p[0] && x < p[1]) ? 1.0L : 0.0L, 0};
         }}},
        // f″(0): the one-sided values are ∓2; the catalog reports their mean, 0.
        {"softsign",
         {[](LD x, const P &) {
              const LD u = 1 / (1 + std::fabs(x));
              return Ref{x * u, u * u, -2 * sgn(x) * u * u * u};
          },
          [](int sign, const P &) {
              return Ref{LD(sign), 0, 0};
          }}},
        {"arctan",
         {[](LD x, const P &) {
              const LD v = 1 / (1 + x * x);
              return Ref{std::atan(x), v, -2 * x * v * v};
          },
          [](int sign, const P &) {
              return Ref{sign * std::numbers::pi_v<LD> / 2, 0, 0};
          }}},
        // ELU family: f′(0) takes the x ≤ 0 branch (PyTorch, JAX); f″(0) the x ≥ 0 one.
        {"elu", {[](LD x, const P &p) {
             const LD a = p[0];
             return Ref{x > 0 ? x : a * std::expm1(x), x > 0 ? 1 : a * std::exp(x),
                        x < 0 ? a * std::exp(x) : 0};
         }}},
        {"selu", {[](LD x, const P &) {
             const LD la = LD(1.7580993408473766); // λα as the frameworks round it
             return Ref{x > 0 ? kSeluScale * x : kSeluScale * kSeluAlpha * std::expm1(x),
                        x > 0 ? kSeluScale : la * std::exp(x), x < 0 ? la * std::exp(x) : 0};
         }}},
        {"celu",
         {[](LD x, const P &p) {
              const LD a = p[0];
              return Ref{x > 0 ? x : a * std::expm1(x / a), x > 0 ? 1 : std::exp(x / a),
                         x < 0 ? std::exp(x / a) / a : 0};
          },
          [](int sign, const P &p) {
              if (sign > 0)
                  return Ref{LD(inf), 1, 0};
              // x/α → −inf for α > 0 (f → −α); for α < 0 it grows: f, f′, f″ → −inf, inf, −inf
              if (p[0] > 0)
                  return Ref{LD(-p[0]), 0, 0};
              return Ref{-LD(inf), LD(inf), -LD(inf)};
          }}},
        {"gelu",
         {[](LD x, const P &p) { return p[0] >= 0.5 ? geluTanh(x) : geluExact(x); },
          [](int sign, const P &) {
              return sign > 0 ? Ref{LD(inf), 1, 0} : Ref{0, 0, 0};
          }}},
        {"silu",
         {[](LD x, const P &p) {
              const LD b = p[0], w = b * x;
              return Ref{x * sig(w), sig(w) * (1 + w * sig(-w)),
                         b * sigD(w) * (2 - std::fabs(w) * std::tanh(std::fabs(w) / 2))};
          },
          [](int sign, const P &p) {
              if (p[0] == 0)
                  return Ref{sign * LD(inf), 0.5L, 0}; // x/2
              return sign > 0 ? Ref{LD(inf), 1, 0} : Ref{0, 0, 0};
          }}},
        {"hard_silu", {[](LD x, const P &) {
             if (x <= -3)
                 return Ref{0, 0, 0};
             if (x >= 3)
                 return Ref{x, 1, 0};
             return Ref{x * (x + 3) / 6, (2 * x + 3) / 6, 1.0L / 3};
         }}},
        {"mish",
         {[](LD x, const P &) {
              const LD sp = softplusL(x), t = std::tanh(sp), s = sig(x), se = sech2(sp);
              const LD b = 1 - s - 2 * t * s;
              return Ref{x * t, t + x * s * se, s * se * (2 + x * b)};
          },
          [](int sign, const P &) {
              return sign > 0 ? Ref{LD(inf), 1, 0} : Ref{0, 0, 0};
          }}},
        // PyTorch's threshold θ: x itself once βx > θ (default +inf: never).
        {"softplus", {[](LD x, const P &p) {
             const LD b = p[0];
             const LD th = p.size() > 1 ? LD(p[1]) : LD(inf);
             if (b * x > th)
                 return Ref{x, 1, 0};
             const LD w = b * x;
             return Ref{std::fmax(x, 0) + std::log1p(std::exp(-std::fabs(w))) / b, sig(w),
                        b * sigD(w)};
         }}},
        // b = 0 is ReLU; at 0 the catalog reports the mean slope ½.
        {"squareplus",
         {[](LD x, const P &p) {
              const LD b = p[0], r = std::sqrt(x * x + b);
              if (r == 0)
                  return Ref{0, 0.5L, 0};
              const LD f = x >= 0 ? (x + r) / 2 : b / (2 * (r - x));
              const LD d = x >= 0 ? (1 + x / r) / 2 : b / (2 * r * (r - x));
              return Ref{f, d, b / (2 * r * r * r)};
          },
          [](int sign, const P &) {
              return sign > 0 ? Ref{LD(inf), 1, 0} : Ref{0, 0, 0};
          }}},
        {"sparse_plus", {[](LD x, const P &) {
             if (x <= -1)
                 return Ref{0, 0, 0};
             if (x >= 1)
                 return Ref{x, 1, 0};
             return Ref{(x + 1) * (x + 1) / 4, (x + 1) / 2, 0.5L};
         }}},
        {"log_sigmoid", {[](LD x, const P &) {
             return Ref{std::fmin(x, 0) - std::log1p(std::exp(-std::fabs(x))), sig(-x), -sigD(x)};
         }}},
        {"soft_shrink", {[](LD x, const P &p) {
             const LD l = p[0];
             return x > l ? Ref{x - l, 1, 0} : (x < -l ? Ref{x + l, 1, 0} : Ref{0, 0, 0});
         }}},
        {"hard_shrink", {[](LD x, const P &p) {
             return std::fabs(x) > p[0] ? Ref{x, 1, 0} : Ref{0, 0, 0};
         }}},
        {"tanh_shrink", {[](LD x, const P &) {
             const LD t = std::tanh(x);
             return Ref{x - t, t * t, 2 * t * sech2(x)};
         }}},
        {"linear", {[](LD x, const P &) {
             return Ref{x, 1, 0};
         }}},
        {"exponential", {[](LD x, const P &) {
             return Ref{std::exp(x), std::exp(x), std::exp(x)};
         }}},
        {"gaussian",
         {[](LD x, const P &) {
              const LD e = std::exp(-x * x);
              return Ref{e, -2 * x * e, (4 * x * x - 2) * e};
          },
          [](int, const P &) {
              return Ref{0, 0, 0};
          }}},
        {"sin",
         {[](LD x, const P &) {
              return Ref{std::sin(x), std::cos(x), -std::sin(x)};
          },
          [](int, const P &) {
              return Ref{LNaN, LNaN, LNaN};
          },
          "sin, cos oscillate between −1 and 1 as x → ±inf: no limit"}},
        {"snake",
         {[](LD x, const P &p) {
              const LD a = p[0];
              const LD s = std::sin(a * x);
              return Ref{x + s * s / a, 1 + std::sin(2 * a * x), 2 * a * std::cos(2 * a * x)};
          },
          [](int sign, const P &) {
              return Ref{sign * LD(inf), LNaN, LNaN};
          },
          "f = x + sin²(αx)/α → ±inf, but f′ = 1 + sin 2αx and f″ = 2α cos 2αx oscillate: "
          "no limit",
          "at |x| = 1e308 the period π/α is far below ulp(x), so f′ and f″ are only checked "
          "against their bounds [0, 2] and [−2|α|, 2|α|] (and f = x exactly)",
          [](double x, const P &p, const Ref &got) {
              const double a = std::abs(p[0]);
              return double(got.f) == x && got.d1 >= 0 && got.d1 <= 2 &&
                     std::fabs(got.d2) <= 2 * a * (1 + 1e-15);
          }}},
    };
    return rows;
}

// ---- inputs and parameter sets -----------------------------------------------------------

std::vector<double> extremeInputs() {
    const double sub = std::numeric_limits<double>::denorm_min();
    std::vector<double> xs;
    for (double v : {sub, 2.2e-308, DBL_MIN, 1e-300, 1e308, inf}) {
        xs.push_back(v);
        xs.push_back(-v);
    }
    xs.push_back(0.0);
    xs.push_back(-0.0);
    xs.push_back(kNaN);
    return xs;
}

/// The bound as a test value: ±1e6 for an infinite bound, 1e-6 for an open bound at 0.
double lowOf(const ParamSpec &p) {
    if (!std::isfinite(p.min))
        return -1e6;
    if (p.min == 0 && p.nonZero)
        return 1e-6;
    return p.min;
}
double highOf(const ParamSpec &p) {
    return std::isfinite(p.max) ? p.max : 1e6;
}

/// Moves the partner of a changed parameter so that an ordering rule of the spec still holds.
void keepOrder(const ActivationSpec &spec, std::size_t changed, P &values) {
    for (const ParamOrder &o : spec.orders) {
        const bool bad =
            o.strict ? !(values[o.lower] < values[o.upper]) : !(values[o.lower] <= values[o.upper]);
        if (!bad)
            continue;
        if (changed == o.lower)
            values[o.upper] = values[o.lower] + 1;
        else
            values[o.lower] = values[o.upper] - 1;
    }
}

struct ParamSet {
    std::string label;
    P values;
};

std::vector<ParamSet> parameterSets(const ActivationSpec &spec) {
    std::vector<ParamSet> sets{{"default", spec.defaultParams()}};
    for (std::size_t i = 0; i < spec.params.size(); ++i) {
        const ParamSpec &p = spec.params[i];
        std::vector<double> bounds{lowOf(p), highOf(p)};
        if (p.infinityAllowed)
            bounds.push_back(inf);
        if (p.nonZero && p.min < 0)
            bounds.insert(bounds.end(), {-1e-6, 1e-6}); // both sides of the excluded 0
        else if (!p.nonZero && p.min < 0 && p.max > 0)
            bounds.push_back(0.0); // the degenerate value inside the domain (slope 0, α = 0)
        for (double b : bounds) {
            P v = spec.defaultParams();
            v[i] = b;
            keepOrder(spec, i, v);
            sets.push_back({p.name + "=" + QByteArray::number(b, 'g', 17).toStdString(), v});
        }
    }
    return sets;
}

// ---- comparison --------------------------------------------------------------------------

constexpr double kBar[3] = {1e-14, 1e-12, 1e-8};
const char *const kName[3] = {"f", "f'", "f''"};

/// Empty when `got` matches `want` (see the bars at the top); else what is wrong.
QByteArray mismatch(double got, LD want, double bar) {
    if (std::isnan(double(want)) || std::isnan(got))
        return std::isnan(double(want)) && std::isnan(got) ? QByteArray() : QByteArray("NaN");
    if (std::fabs(want) > LD(DBL_MAX))
        return got == (want > 0 ? inf : -inf) ? QByteArray() : QByteArray("overflow expected");
    if (std::isinf(got))
        return "spurious infinity";
    if (std::fabs(want) < LD(DBL_MIN))
        return std::fabs(LD(got) - want) <= LD(DBL_MIN) ? QByteArray()
                                                        : QByteArray("underflow bar");
    const LD rel = std::fabs((LD(got) - want) / want);
    return rel <= bar ? QByteArray() : "relative error " + QByteArray::number(double(rel), 'g', 3);
}

QByteArray num(double v) {
    return QByteArray::number(v, 'g', 17);
}

} // namespace

class TestExtremes : public QObject {
    Q_OBJECT

private slots:
    void tableCoversCatalog();
    void scalarAtExtremes_data();
    void scalarAtExtremes();
    void batchAgreesAtExtremes();
    void vectorAtExtremes_data();
    void vectorAtExtremes();
};

void TestExtremes::tableCoversCatalog() {
    std::set<std::string> scalarIds, vectorIds;
    for (const CatalogEntry &e : Catalog::builtin().entries())
        (e.scalar ? scalarIds : vectorIds).insert(e.spec.id);
    for (const std::string &id : scalarIds)
        QVERIFY2(table().count(id), ("no extremes row for " + id + ": add one").c_str());
    for (const auto &[id, row] : table())
        QVERIFY2(scalarIds.count(id), ("extremes row for an unknown scalar id " + id).c_str());
    const std::set<std::string> vectors = {"softmax", "log_softmax", "softmin", "sparsemax", "glu"};
    QCOMPARE(vectorIds, vectors);
    // The vector limits below hold for every temperature T > 0, which is the whole domain.
    for (const CatalogEntry &e : Catalog::builtin().entries())
        if (e.vector && e.spec.paramIndex("temperature") >= 0) {
            const ParamSpec &t = e.spec.params[std::size_t(e.spec.paramIndex("temperature"))];
            QVERIFY(t.min == 0 && t.nonZero && std::isinf(t.max));
        }
}

void TestExtremes::scalarAtExtremes_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::vector<double>>("params");
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        if (!e.scalar)
            continue;
        for (const ParamSet &s : parameterSets(e.spec))
            QTest::newRow((e.spec.id + "[" + s.label + "]").c_str())
                << QString::fromStdString(e.spec.id) << s.values;
    }
}

void TestExtremes::scalarAtExtremes() {
    QFETCH(QString, id);
    QFETCH(std::vector<double>, params);
    const CatalogEntry *e = Catalog::builtin().find(id.toStdString());
    QVERIFY(e && e->scalar);
    QVERIFY2(firstInvalidParam(e->spec, params) < 0, "the catalog rejects the test's parameters");
    const auto it = table().find(e->spec.id);
    QVERIFY2(it != table().end(), "no row");
    const Row &row = it->second;

    QStringList failures;
    for (double x : extremeInputs()) {
        const Ref got{e->scalar->value(x, params), e->scalar->derivative(x, params),
                      e->scalar->secondDerivative(x, params)};
        Ref want;
        if (std::isnan(x)) {
            want = {LNaN, LNaN, LNaN};
        } else if (std::isinf(x)) {
            want = row.limit ? row.limit(x > 0 ? 1 : -1, params) : row.closed(LD(x), params);
            for (LD w : {want.f, want.d1, want.d2})
                if (std::isnan(double(w)) && !*row.noLimit)
                    failures << QStringLiteral("x=%1: the table gives no limit; state one or "
                                               "the reason none exists")
                                    .arg(x);
        } else if (std::fabs(x) == 1e308 && row.hugeCheck) {
            if (!row.hugeCheck(x, params, got))
                failures << QStringLiteral("x=%1: outside the bounds (%2): f=%3 f'=%4 f''=%5")
                                .arg(x)
                                .arg(QString::fromLatin1(row.hugeBounds))
                                .arg(double(got.f), 0, 'g', 17)
                                .arg(double(got.d1), 0, 'g', 17)
                                .arg(double(got.d2), 0, 'g', 17);
            continue;
        } else {
            want = row.closed(LD(x), params);
        }
        const LD wants[3] = {want.f, want.d1, want.d2};
        const double gots[3] = {double(got.f), double(got.d1), double(got.d2)};
        for (int q = 0; q < 3; ++q) {
            const QByteArray why = mismatch(gots[q], wants[q], kBar[q]);
            if (!why.isEmpty())
                failures << QStringLiteral("x=%1 %2: got %3, want %4 (%5)")
                                .arg(num(x), QString::fromLatin1(kName[q]), num(gots[q]),
                                     num(double(wants[q])), QString::fromLatin1(why));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n  "))));
}

// The plot and the network read evaluateBatch() and evaluate(): the same numbers, also here.
void TestExtremes::batchAgreesAtExtremes() {
    const std::vector<double> xs = extremeInputs();
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        if (!e.scalar)
            continue;
        for (const ParamSet &s : parameterSets(e.spec)) {
            std::vector<double> f(xs.size()), df(xs.size());
            e.scalar->evaluateBatch(xs, s.values, f, df);
            for (std::size_t i = 0; i < xs.size(); ++i) {
                const Derivatives d = e.scalar->evaluate(xs[i], s.values);
                const auto same = [](double a, double b) {
                    return (std::isnan(a) && std::isnan(b)) || a == b;
                };
                QVERIFY2(same(f[i], d.f) && same(df[i], d.df),
                         (e.spec.id + "[" + s.label + "] x=" + num(xs[i]).toStdString()).c_str());
            }
        }
    }
}

// ---- vector activations ------------------------------------------------------------------
//
// Limits for inputs with infinite entries (what a finite input tends to as those entries grow):
//   softmax, T > 0: −inf entries get 0; one +inf entry gets 1 and the rest 0, with a zero
//     Jacobian; several +inf entries, or all −inf: no limit (it depends on how they grow): NaN.
//   softmin: the same with the signs of the entries reversed.
//   log_softmax: −inf entries give −inf; one +inf entry gives 0 there and −inf elsewhere;
//     Jacobian (δᵢⱼ − sⱼ)/T with s the limiting softmax; no limit where softmax has none.
//   sparsemax: −inf entries get 0; one +inf entry gets 1; several +inf or all −inf: NaN.
//   glu a·σ(b): σ(±inf) = 1, 0; a·0 with a = ±inf has no limit (NaN), otherwise the product.
//   Any NaN entry: NaN everywhere (as in every framework), except glu, which is elementwise.

struct VectorCase {
    std::string id;
    std::vector<double> x;
    std::vector<double> want;    ///< outputs; NaN = no limit
    std::vector<double> wantJac; ///< row-major; empty: not checked beyond NaN/finite agreement
};

void TestExtremes::vectorAtExtremes_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("want");
    QTest::addColumn<std::vector<double>>("wantJac");
    const double e1 = std::exp(1.0);
    const double s1 = e1 / (e1 + 1), s0 = 1 / (e1 + 1); // softmax(1, 0)
    const std::vector<double> z3(9, 0.0);
    const std::vector<double> n3(3, kNaN);
    const std::vector<double> n9(9, kNaN);
    const auto row = [](const char *name, const char *id, std::vector<double> x,
                        std::vector<double> want, std::vector<double> jac) {
        QTest::newRow(name) << QString::fromLatin1(id) << x << want << jac;
    };
    // softmax
    row("softmax one +inf", "softmax", {1, inf, -2}, {0, 1, 0}, z3);
    row("softmax -inf entry", "softmax", {1, -inf, 0}, {s1, 0, s0},
        {s1 * s0, 0, -s1 * s0, 0, 0, 0, -s1 * s0, 0, s0 * s1});
    row("softmax +inf and -inf", "softmax", {-inf, inf, 3}, {0, 1, 0}, z3);
    row("softmax two +inf", "softmax", {inf, inf, 0}, n3, n9);
    row("softmax all -inf", "softmax", {-inf, -inf, -inf}, n3, n9);
    row("softmax kNaN", "softmax", {1, kNaN, 0}, n3, n9);
    row("softmax 1e308", "softmax", {1e308, -1e308, 0}, {1, 0, 0}, z3);
    row("softmax subnormal", "softmax", {4.9e-324, -4.9e-324, 0}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, {});
    // softmin
    row("softmin one -inf", "softmin", {1, -inf, 2}, {0, 1, 0}, z3);
    row("softmin +inf entry", "softmin", {-1, inf, 0}, {s1, 0, s0},
        {-s1 * s0, 0, s1 * s0, 0, 0, 0, s1 * s0, 0, -s0 * s1});
    row("softmin two -inf", "softmin", {-inf, -inf, 0}, n3, n9);
    row("softmin all +inf", "softmin", {inf, inf}, {kNaN, kNaN}, {kNaN, kNaN, kNaN, kNaN});
    row("softmin kNaN", "softmin", {kNaN, 0}, {kNaN, kNaN}, {kNaN, kNaN, kNaN, kNaN});
    // log_softmax
    row("log_softmax one +inf", "log_softmax", {1, inf, -2}, {-inf, 0, -inf},
        {1, -1, 0, 0, 0, 0, 0, -1, 1}); // δᵢⱼ − sⱼ with s = (0, 1, 0): rows i, columns j
    row("log_softmax -inf entry", "log_softmax", {1, -inf, 0},
        {-std::log1p(1 / e1), -inf, -std::log1p(e1)},
        {1 - s1, 0, -s0, -s1, 1, -s0, -s1, 0, 1 - s0});
    row("log_softmax two +inf", "log_softmax", {inf, 0, inf}, n3, n9);
    row("log_softmax all -inf", "log_softmax", {-inf, -inf, -inf}, n3, n9);
    row("log_softmax kNaN", "log_softmax", {kNaN, 1, 0}, n3, n9);
    row("log_softmax 1e308", "log_softmax", {1e308, -1e308, 0}, {0, -inf, -1e308},
        {0, 0, 0, -1, 1, 0, -1, 0, 1});
    // sparsemax
    row("sparsemax one +inf", "sparsemax", {1, inf, -2}, {0, 1, 0}, z3);
    row("sparsemax -inf entry", "sparsemax", {0.5, -inf, 0}, {0.75, 0, 0.25},
        {0.5, 0, -0.5, 0, 0, 0, -0.5, 0, 0.5});
    row("sparsemax two +inf", "sparsemax", {inf, inf, 0}, n3, n9);
    row("sparsemax all -inf", "sparsemax", {-inf, -inf}, {kNaN, kNaN}, {kNaN, kNaN, kNaN, kNaN});
    row("sparsemax kNaN", "sparsemax", {kNaN, 0}, {kNaN, kNaN}, {kNaN, kNaN, kNaN, kNaN});
    row("sparsemax 1e308", "sparsemax", {1e308, -1e308, 0}, {1, 0, 0}, z3);
    // glu: x = [a₀, a₁, b₀, b₁]
    row("glu gate +inf", "glu", {2, -3, inf, 0}, {2, -1.5}, {1, 0, 0, 0, 0, 0.5, 0, -0.75});
    row("glu gate -inf", "glu", {2, -3, -inf, 0}, {0, -1.5}, {0, 0, 0, 0, 0, 0.5, 0, -0.75});
    row("glu a inf", "glu", {inf, 1, 0, 0}, {inf, 0.5}, {0.5, 0, inf, 0, 0, 0.5, 0, 0.25});
    row("glu inf times 0", "glu", {inf, 1, -inf, 0}, {kNaN, 0.5}, {});
    row("glu kNaN", "glu", {kNaN, 1, 0, 0}, {kNaN, 0.5}, {});
}

void TestExtremes::vectorAtExtremes() {
    QFETCH(QString, id);
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, want);
    QFETCH(std::vector<double>, wantJac);
    const CatalogEntry *e = Catalog::builtin().find(id.toStdString());
    QVERIFY(e && e->vector);
    const std::vector<P> paramSets = [&] {
        std::vector<P> sets{e->spec.defaultParams()};
        for (std::size_t i = 0; i < e->spec.params.size(); ++i)
            for (double b : {lowOf(e->spec.params[i]), highOf(e->spec.params[i])}) {
                P v = e->spec.defaultParams();
                v[i] = b;
                sets.push_back(v);
            }
        return sets;
    }();
    for (const P &p : paramSets) {
        const double t = p.empty() ? 1.0 : p[0];
        const std::size_t m = e->vector->outputSize(x.size());
        std::vector<double> y(m), jac(m * x.size());
        e->vector->apply(x, p, y);
        e->vector->jacobian(x, p, jac);
        const QByteArray where = "T=" + num(t);
        // Only the T = 1 expectations are exact at other temperatures where the inputs are
        // infinite or the answer is one-hot; finite mixed cases are checked at T = 1 only.
        const bool finiteMix = std::any_of(want.begin(), want.end(), [](double w) {
            return std::isfinite(w) && w != 0 && w != 1 && w != 0.5;
        });
        if (t != 1 && finiteMix && id != QLatin1String("glu"))
            continue;
        for (std::size_t i = 0; i < m; ++i) {
            const double w = want[i];
            const QByteArray why = mismatch(y[i], w, 1e-14);
            QVERIFY2(why.isEmpty(), where + " y[" + QByteArray::number(qulonglong(i)) +
                                        "] = " + num(y[i]) + ", want " + num(w) + " (" + why + ")");
        }
        if (wantJac.empty()) {
            for (std::size_t i = 0; i < jac.size(); ++i) // at least no NaN where y is a number
                if (std::isfinite(y[i / x.size()]))
                    QVERIFY2(!std::isnan(jac[i]), where + " NaN in the Jacobian of a finite row");
            continue;
        }
        QCOMPARE(wantJac.size(), jac.size());
        for (std::size_t i = 0; i < jac.size(); ++i) {
            const double w = std::isfinite(wantJac[i]) ? wantJac[i] / t : wantJac[i];
            const QByteArray why = mismatch(jac[i], w, 1e-13);
            // a true 0 may come out as a tiny rounding residue of s(1 − s)
            const bool tinyZero = w == 0 && std::abs(jac[i]) < 1e-300;
            QVERIFY2(why.isEmpty() || tinyZero,
                     where + " jac[" + QByteArray::number(qulonglong(i)) + "] = " + num(jac[i]) +
                         ", want " + num(w) + " (" + why + ")");
        }
    }
}

QTEST_APPLESS_MAIN(TestExtremes)
#include "tst_extremes.moc"
