// SPDX-License-Identifier: GPL-3.0-or-later
// Kinks and jumps of the scalar activations: what kinks() reports against activations.md
// (positions, PyTorch's and JAX's derivative there), against the function itself (derivative at
// the kink, jump flag versus a numerical look at f on both sides, no kink or jump left out), and
// NaN propagation through f, f', f'', evaluate() and evaluateBatch().
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QTest>

#include "activations/catalog.h"

using namespace actlab;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct ExpectedKink {
    double x;
    bool jump;
    double derivative;                   ///< PyTorch's autodiff value (activations.md §3)
    std::optional<double> derivativeJax; ///< only where JAX's differs
};

/**
 * Kinks at the default parameters. `optional` lists points where f is C¹ but f'' jumps
 * (softsign, sparse_plus, ELU with α = 1, CELU): f is differentiable there, so reporting a kink
 * is allowed but not required; if reported, it must carry the true derivative and no jump.
 * Every id not in this table is smooth and must report none.
 */
struct Expectation {
    std::vector<ExpectedKink> kinks;
    std::vector<ExpectedKink> optional;
};

const std::map<std::string, Expectation> &expectations() {
    static const std::map<std::string, Expectation> table = {
        {"relu", {{{0, false, 0, {}}}, {}}},
        {"relu6", {{{0, false, 0, {}}, {6, false, 0, {}}}, {}}},
        {"leaky_relu", {{{0, false, 0.2, 1.0}}, {}}},
        {"prelu", {{{0, false, 0.25, {}}}, {}}},
        {"rrelu", {{{0, false, (0.125 + 0.3333333333333333) / 2, {}}}, {}}},
        {"threshold", {{{1, true, 0, {}}}, {}}},
        {"step", {{{0, true, 0, {}}}, {}}},
        {"hard_sigmoid", {{{-3, false, 0, {}}, {3, false, 0, {}}}, {}}},
        {"sparse_sigmoid", {{{-1, false, 0, 0.25}, {1, false, 0, 0.25}}, {}}},
        {"hard_tanh", {{{-1, false, 0, 1.0}, {1, false, 0, 1.0}}, {}}},
        {"softsign", {{}, {{0, false, 1, {}}}}},
        {"elu", {{}, {{0, false, 1, {}}}}}, // α = 1: both one-sided slopes are 1
        {"selu", {{{0, false, 1.7580993408473766, {}}}, {}}},
        {"celu", {{}, {{0, false, 1, {}}}}},
        {"hard_silu", {{{-3, false, 0, {}}, {3, false, 1, {}}}, {}}},
        {"sparse_plus", {{}, {{-1, false, 0, {}}, {1, false, 1, {}}}}},
        {"soft_shrink", {{{-0.5, false, 0, {}}, {0.5, false, 0, {}}}, {}}},
        {"hard_shrink", {{{-0.5, true, 0, {}}, {0.5, true, 0, {}}}, {}}},
    };
    return table;
}

/// Non-default parameter sets whose kinks must also be consistent with the function.
const std::vector<std::pair<std::string, std::vector<double>>> &extraParameterSets() {
    static const std::vector<std::pair<std::string, std::vector<double>>> sets = {
        {"relu", {0.1, std::numeric_limits<double>::infinity(), 0}},
        {"relu", {0, 6, 0}},
        {"relu", {0, std::numeric_limits<double>::infinity(), 0.5}},
        {"relu", {0.1, 6, 0.5}},
        {"relu", {0.1, std::numeric_limits<double>::infinity(), -1}},
        {"leaky_relu", {0.01}},
        {"prelu", {-0.5}},
        {"rrelu", {0.1, 0.3}},
        {"threshold", {-1, -2}},
        {"threshold", {1, 1}}, // v = t: continuous, so a kink but no jump
        {"hard_tanh", {-2, 0.5}},
        {"elu", {0.5}},
        {"elu", {2}},
        {"celu", {3}},
        {"gelu", {1}},
        {"silu", {2}},
        {"softplus", {3, std::numeric_limits<double>::infinity()}},
        {"softplus", {1, 2}}, // PyTorch's threshold: a jump of ln(1 + e⁻²) at x = 2
        {"softplus", {2, 3}}, // at x = 1.5
        {"squareplus", {1}},
        {"soft_shrink", {1}},
        {"hard_shrink", {1}},
        {"snake", {2}},
    };
    return sets;
}

std::vector<const CatalogEntry *> scalarEntries() {
    std::vector<const CatalogEntry *> out;
    for (const CatalogEntry &e : Catalog::builtin().entries())
        if (e.scalar)
            out.push_back(&e);
    return out;
}

QByteArray describe(const std::string &id, const std::vector<double> &params) {
    QByteArray s = QByteArray::fromStdString(id) + '[';
    for (std::size_t i = 0; i < params.size(); ++i)
        s += (i ? "," : "") + QByteArray::number(params[i], 'g', 17);
    return s + ']';
}

/// Whether f is discontinuous at x, judged from f just left and right of it.
bool looksDiscontinuous(const ScalarFunction &fn, double x, const std::vector<double> &p) {
    const double eps = 1e-9 * std::max(1.0, std::abs(x));
    const double left = fn.value(x - eps, p);
    const double right = fn.value(x + eps, p);
    const double slope =
        std::max({1.0, std::abs(fn.derivative(x - eps, p)), std::abs(fn.derivative(x + eps, p))});
    // A continuous f moves by about slope·2ε; a jump by a visible amount.
    return std::abs(right - left) > 1e3 * slope * 2 * eps;
}

/**
 * Scans [-12, 12] in steps of 1/128 (offset so grid points avoid round numbers) for a jump in
 * f or f' that kinks() does not report. Returns an empty string or a description of the first
 * unreported one.
 */
QByteArray unreportedKink(const ScalarFunction &fn, const std::vector<double> &p,
                          const std::vector<Kink> &kinks) {
    const double h = 1.0 / 128;
    const double offset = 0.000371;
    for (int i = 0; i < 24 * 128; ++i) {
        const double a = -12 + offset + i * h;
        const double b = a + h;
        bool covered = false;
        for (const Kink &k : kinks)
            covered = covered || (k.x >= a - 1e-9 && k.x <= b + 1e-9);
        if (covered)
            continue;
        const double fa = fn.value(a, p), fb = fn.value(b, p);
        const double da = fn.derivative(a, p), db = fn.derivative(b, p);
        const double sa = fn.secondDerivative(a, p), sb = fn.secondDerivative(b, p);
        const double curvature = std::max(std::abs(sa), std::abs(sb));
        const double fTol = 1.5 * h * (std::max(std::abs(da), std::abs(db)) + h * (curvature + 1));
        const double dTol = 2 * h * curvature + 20 * h * h + 1e-12;
        if (std::abs(fb - fa) > fTol + 1e-12)
            return "unreported jump of f in [" + QByteArray::number(a, 'g', 17) + ", " +
                   QByteArray::number(b, 'g', 17) + "]";
        if (std::abs(db - da) > dTol)
            return "unreported kink (f' jumps from " + QByteArray::number(da, 'g', 17) + " to " +
                   QByteArray::number(db, 'g', 17) + ") in [" + QByteArray::number(a, 'g', 17) +
                   ", " + QByteArray::number(b, 'g', 17) + "]";
    }
    return {};
}

/// The checks every (function, parameters) pair must pass, whatever its kinks are.
void checkConsistency(const std::string &id, const ScalarFunction &fn,
                      const std::vector<double> &p) {
    const QByteArray name = describe(id, p);
    const std::vector<Kink> kinks = fn.kinks(p);
    for (std::size_t i = 1; i < kinks.size(); ++i)
        QVERIFY2(kinks[i - 1].x < kinks[i].x, name + ": kinks not sorted by x");
    for (const Kink &k : kinks) {
        const QByteArray where = name + " kink at " + QByteArray::number(k.x, 'g', 17);
        QVERIFY2(std::isfinite(k.x), where);
        const double d = fn.derivative(k.x, p);
        QVERIFY2(d == k.derivativeUsed,
                 where + ": derivative() gives " + QByteArray::number(d, 'g', 17) +
                     " but derivativeUsed is " + QByteArray::number(k.derivativeUsed, 'g', 17));
        const bool discontinuous = looksDiscontinuous(fn, k.x, p);
        QVERIFY2(k.jump == discontinuous,
                 where + (discontinuous ? ": f is discontinuous but jump is false"
                                        : ": f is continuous but jump is true"));
    }
    const QByteArray missing = unreportedKink(fn, p, kinks);
    QVERIFY2(missing.isEmpty(), name + ": " + missing);
}

// Deliberately wrong functions, to show the checks above can fail.
struct KinkWithoutReport { // |x|, but kinks() forgets the corner at 0
    static double value(double x, Params) { return std::abs(x); }
    static double derivative(double x, Params) { return x > 0 ? 1.0 : -1.0; }
    static double secondDerivative(double, Params) { return 0.0; }
};
struct JumpWithoutReport { // a step at 0.3 that kinks() does not mention
    static double value(double x, Params) { return x > 0.3 ? 1.0 : 0.0; }
    static double derivative(double, Params) { return 0.0; }
    static double secondDerivative(double, Params) { return 0.0; }
};
struct JumpReportedAsKink { // the step again, reported without jump = true
    static double value(double x, Params) { return x > 0.3 ? 1.0 : 0.0; }
    static double derivative(double, Params) { return 0.0; }
    static double secondDerivative(double, Params) { return 0.0; }
    static std::vector<Kink> kinks(Params) { return {{0.3, false, 0.0, std::nullopt}}; }
};

} // namespace

class TestKinks : public QObject {
    Q_OBJECT

private slots:
    void defaultKinksMatchReference_data();
    void defaultKinksMatchReference();
    void kinksAgreeWithFunction_data();
    void kinksAgreeWithFunction();
    void nanPropagates_data();
    void nanPropagates();
    void checksCatchWrongKinks();
    void softplusThreshold();
};

void TestKinks::defaultKinksMatchReference_data() {
    QTest::addColumn<QString>("id");
    for (const CatalogEntry *e : scalarEntries())
        QTest::newRow(e->spec.id.c_str()) << QString::fromStdString(e->spec.id);
    // Ids the table expects must exist (a missing entry must not pass silently).
    for (const auto &[id, expectation] : expectations())
        if (!Catalog::builtin().find(id))
            QTest::newRow(("missing " + id).c_str()) << QString::fromStdString(id);
}

void TestKinks::defaultKinksMatchReference() {
    QFETCH(QString, id);
    const CatalogEntry *e = Catalog::builtin().find(id.toStdString());
    QVERIFY2(e && e->scalar, qPrintable(id + QStringLiteral(" is not a scalar catalog entry")));
    const std::vector<double> p = e->spec.defaultParams();
    const std::vector<Kink> got = e->scalar->kinks(p);

    const auto it = expectations().find(e->spec.id);
    const Expectation none;
    const Expectation &want = it == expectations().end() ? none : it->second;

    // Every expected kink is reported, with the agreed derivative values.
    for (const ExpectedKink &k : want.kinks) {
        const Kink *match = nullptr;
        for (const Kink &g : got)
            if (g.x == k.x)
                match = &g;
        const QByteArray where = id.toUtf8() + " at " + QByteArray::number(k.x, 'g', 17);
        QVERIFY2(match, where + ": kink not reported");
        QVERIFY2(match->jump == k.jump, where + ": wrong jump flag");
        QVERIFY2(match->derivativeUsed == k.derivative,
                 where + ": derivativeUsed " + QByteArray::number(match->derivativeUsed, 'g', 17) +
                     ", activations.md says " + QByteArray::number(k.derivative, 'g', 17));
        if (k.derivativeJax) {
            QVERIFY2(match->derivativeJax.has_value(), where + ": derivativeJax missing");
            QVERIFY2(*match->derivativeJax == *k.derivativeJax,
                     where + ": derivativeJax " +
                         QByteArray::number(*match->derivativeJax, 'g', 17) + ", want " +
                         QByteArray::number(*k.derivativeJax, 'g', 17));
        } else if (match->derivativeJax) {
            // JAX agrees with PyTorch here (or has no such function): a value is redundant but
            // must not contradict.
            QVERIFY2(*match->derivativeJax == match->derivativeUsed,
                     where + ": derivativeJax given where JAX does not differ");
        }
    }
    // Nothing else is reported, except at C¹ points where f'' jumps.
    for (const Kink &g : got) {
        bool known = false;
        for (const ExpectedKink &k : want.kinks)
            known = known || g.x == k.x;
        for (const ExpectedKink &k : want.optional) {
            if (g.x == k.x) {
                known = true;
                const QByteArray where = id.toUtf8() + " at " + QByteArray::number(k.x, 'g', 17);
                QVERIFY2(!g.jump, where + ": a C¹ point reported as a jump");
                QVERIFY2(g.derivativeUsed == k.derivative,
                         where + ": derivativeUsed " +
                             QByteArray::number(g.derivativeUsed, 'g', 17) + ", true value " +
                             QByteArray::number(k.derivative, 'g', 17));
            }
        }
        QVERIFY2(known, id.toUtf8() + ": unexpected kink at " + QByteArray::number(g.x, 'g', 17));
    }
    checkConsistency(e->spec.id, *e->scalar, p);
}

void TestKinks::kinksAgreeWithFunction_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::vector<double>>("params");
    for (const auto &[id, params] : extraParameterSets())
        QTest::newRow(describe(id, params).constData()) << QString::fromStdString(id) << params;
}

void TestKinks::kinksAgreeWithFunction() {
    QFETCH(QString, id);
    QFETCH(std::vector<double>, params);
    const CatalogEntry *e = Catalog::builtin().find(id.toStdString());
    QVERIFY2(e && e->scalar, qPrintable(id + QStringLiteral(" is not a scalar catalog entry")));
    QCOMPARE(params.size(), e->spec.params.size());
    QVERIFY2(firstInvalidParam(e->spec, params) < 0, describe(e->spec.id, params));
    checkConsistency(e->spec.id, *e->scalar, params);

    // Spot checks of positions and jump flags that follow from the definitions.
    const std::vector<Kink> kinks = e->scalar->kinks(params);
    auto at = [&](double x) -> const Kink * {
        for (const Kink &k : kinks)
            if (k.x == x)
                return &k;
        return nullptr;
    };
    if (e->spec.id == "relu" && params[2] != 0) {
        // Keras: a threshold t ≠ 0 makes f jump at t (0 on the left, t on the right).
        QVERIFY2(at(params[2]) && at(params[2])->jump, describe(e->spec.id, params));
    }
    if (e->spec.id == "relu" && std::isfinite(params[1]))
        QVERIFY2(at(params[1]) && !at(params[1])->jump, describe(e->spec.id, params));
    if (e->spec.id == "threshold")
        QVERIFY2(at(params[0]) && at(params[0])->jump == (params[0] != params[1]),
                 describe(e->spec.id, params));
    if (e->spec.id == "hard_tanh")
        QVERIFY2(at(params[0]) && at(params[1]), describe(e->spec.id, params));
    if (e->spec.id == "elu" && params[0] != 1) {
        // The slopes α (left) and 1 (right) differ: a kink, where PyTorch and JAX give α.
        QVERIFY2(at(0) && at(0)->derivativeUsed == params[0], describe(e->spec.id, params));
    }
    if (e->spec.id == "leaky_relu") {
        QVERIFY2(at(0) && at(0)->derivativeUsed == params[0] && at(0)->derivativeJax == 1.0,
                 describe(e->spec.id, params));
    }
    if (e->spec.id == "prelu" || e->spec.id == "rrelu") {
        const double slope = e->spec.id == "prelu" ? params[0] : (params[0] + params[1]) / 2;
        QVERIFY2(at(0) && at(0)->derivativeUsed == slope, describe(e->spec.id, params));
    }
    if (e->spec.id == "soft_shrink" || e->spec.id == "hard_shrink") {
        const bool jump = e->spec.id == "hard_shrink";
        QVERIFY2(at(-params[0]) && at(-params[0])->jump == jump, describe(e->spec.id, params));
        QVERIFY2(at(params[0]) && at(params[0])->jump == jump, describe(e->spec.id, params));
    }
}

void TestKinks::nanPropagates_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::vector<double>>("params");
    for (const CatalogEntry *e : scalarEntries())
        QTest::newRow(e->spec.id.c_str())
            << QString::fromStdString(e->spec.id) << e->spec.defaultParams();
    for (const auto &[id, params] : extraParameterSets())
        QTest::newRow(describe(id, params).constData()) << QString::fromStdString(id) << params;
}

void TestKinks::nanPropagates() {
    QFETCH(QString, id);
    QFETCH(std::vector<double>, params);
    const CatalogEntry *e = Catalog::builtin().find(id.toStdString());
    QVERIFY2(e && e->scalar, qPrintable(id + QStringLiteral(" is not a scalar catalog entry")));
    const ScalarFunction &fn = *e->scalar;
    const QByteArray name = describe(e->spec.id, params);
    QVERIFY2(std::isnan(fn.value(kNaN, params)), name + ": value(NaN)");
    QVERIFY2(std::isnan(fn.derivative(kNaN, params)), name + ": derivative(NaN)");
    QVERIFY2(std::isnan(fn.secondDerivative(kNaN, params)), name + ": secondDerivative(NaN)");
    const Derivatives d = fn.evaluate(kNaN, params);
    QVERIFY2(std::isnan(d.f) && std::isnan(d.df) && std::isnan(d.d2f), name + ": evaluate(NaN)");
    const std::vector<double> x = {1.0, kNaN, -1.0};
    std::vector<double> f(3), df(3);
    fn.evaluateBatch(x, params, f, df);
    QVERIFY2(std::isnan(f[1]) && std::isnan(df[1]), name + ": evaluateBatch with a NaN");
    QVERIFY2(!std::isnan(f[0]) && !std::isnan(f[2]), name + ": NaN leaked to other elements");
}

void TestKinks::checksCatchWrongKinks() {
    const std::vector<double> p;
    const ScalarFunctionFor<KinkWithoutReport> kink;
    QVERIFY(unreportedKink(kink, p, kink.kinks(p)).contains("unreported kink"));
    const ScalarFunctionFor<JumpWithoutReport> jump;
    QVERIFY(unreportedKink(jump, p, jump.kinks(p)).contains("unreported jump"));
    const ScalarFunctionFor<JumpReportedAsKink> mislabelled;
    QVERIFY(unreportedKink(mislabelled, p, mislabelled.kinks(p)).isEmpty());
    QVERIFY(looksDiscontinuous(mislabelled, 0.3, p));
    QVERIFY(!looksDiscontinuous(kink, 0.0, p));
}

// PyTorch's Softplus(beta, threshold): x itself once β·x > θ. The switch leaves a jump of
// ln(1 + e^(−θ))/β at x = θ/β (2.06e-9 at PyTorch's defaults, too small for the numerical look
// of kinksAgreeWithFunction, so it is checked here directly). Below the switch the function is
// the threshold-free softplus bit for bit (whose accuracy tst_accuracy holds), above it x.
void TestKinks::softplusThreshold() {
    const CatalogEntry *e = Catalog::builtin().find("softplus");
    QVERIFY(e && e->scalar);
    const ScalarFunction &fn = *e->scalar;
    const int th = e->spec.paramIndex("threshold");
    QCOMPARE(th, 1);
    QVERIFY(std::isinf(e->spec.params[1].defaultValue)); // off by default: nothing changes
    QVERIFY(fn.kinks(e->spec.defaultParams()).empty());
    const double inf = std::numeric_limits<double>::infinity();
    for (const auto &[beta, theta] : {std::pair{1.0, 20.0}, {2.0, 20.0}, {0.5, 5.0}, {1.0, -1.0}}) {
        const std::vector<double> p{beta, theta}, plain{beta, inf};
        const QByteArray where = describe("softplus", p);
        const std::vector<Kink> kinks = fn.kinks(p);
        QCOMPARE(kinks.size(), std::size_t(1));
        const double x0 = theta / beta;
        QCOMPARE(kinks[0].x, x0);
        QVERIFY2(kinks[0].jump, where);
        // At x0 itself β·x0 > θ is false: the softplus side, and PyTorch's gradient σ(θ).
        QCOMPARE(kinks[0].derivativeUsed, fn.derivative(x0, plain));
        QCOMPARE(fn.value(x0, p), fn.value(x0, plain));
        const double above = std::nextafter(x0, inf);
        QCOMPARE(fn.value(above, p), above);
        QCOMPARE(fn.derivative(above, p), 1.0);
        QCOMPARE(fn.secondDerivative(above, p), 0.0);
        const double jump = fn.value(x0, plain) - x0;
        QVERIFY2(std::abs(jump - std::log1p(std::exp(-theta)) / beta) <=
                     1e-15 * std::abs(x0) + 1e-15 * jump,
                 where + " jump " + QByteArray::number(jump, 'g', 17));
        for (double x : {-30.0, -1.0, 0.0, 0.5, x0 - 1, x0, x0 + 1, 100.0}) {
            const bool identity = beta * x > theta;
            QCOMPARE(fn.value(x, p), identity ? x : fn.value(x, plain));
            QCOMPARE(fn.derivative(x, p), identity ? 1.0 : fn.derivative(x, plain));
            QCOMPARE(fn.secondDerivative(x, p), identity ? 0.0 : fn.secondDerivative(x, plain));
        }
    }
    // PyTorch's defaults: the jump is 2.06e-9.
    const double x0 = 20;
    QVERIFY(std::abs((fn.value(x0, std::vector<double>{1, inf}) - x0) - 2.0611536e-9) < 1e-15);
}

QTEST_APPLESS_MAIN(TestKinks)
#include "tst_kinks.moc"
