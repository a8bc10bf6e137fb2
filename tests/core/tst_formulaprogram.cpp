// SPDX-License-Identifier: GPL-3.0-or-later
// The batch path of typed formulas (FormulaProgram, reached through
// FormulaFunction::evaluateBatch): values identical to muParser's, exact slopes by the chain
// rule, NaN only where f' is undefined, and the same answers from many threads at once.
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <QTest>

#include <muParser.h>

#include "formula/formula.h"
#include "formula/formulaparser.h"
#include "formula/formulaprogram.h"
#include "formula/vectormaths.h"

using namespace actlab;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// The training derivative's stated accuracy: |f'_batch − f'| ≤ kTolerance · max(|f'|, 1).
/// Forward-mode differentiation rounds like f itself, so a few ulps of the largest term; the
/// absolute floor covers slopes that are tiny differences of order-1 numbers (tanh' = (1−t)(1+t)
/// far out, where t carries ε).
constexpr double kTolerance = 1e-13;

std::shared_ptr<const FormulaFunction> compileOrFail(const std::string &text) {
    auto result = FormulaFunction::compile(text);
    if (auto *error = std::get_if<FormulaError>(&result))
        qFatal("formula %s refused: %s", text.c_str(), error->message.c_str());
    return std::get<std::shared_ptr<const FormulaFunction>>(result);
}

/// Whether `text` gets a program (no fallback to point-by-point numerical slopes).
bool hasProgram(const std::string &text) {
    double x = 0;
    auto parser = makeFormulaParser(text, &x);
    parser->Eval();
    return FormulaProgram::fromParser(*parser, &x).has_value();
}

struct Batch {
    std::vector<double> f, df;
};

Batch evaluate(const FormulaFunction &fn, const std::vector<double> &xs) {
    Batch b{std::vector<double>(xs.size()), std::vector<double>(xs.size())};
    fn.evaluateBatch(xs, {}, b.f, b.df);
    return b;
}

/// The program run directly, with or without vector maths (FormulaFunction::evaluateBatch
/// chooses with vectorMathsEnabled()); no fallback for unresolved points.
Batch runProgram(const std::string &text, const std::vector<double> &xs, bool vectorMaths) {
    double x = 0;
    auto parser = makeFormulaParser(text, &x);
    parser->Eval();
    const std::optional<FormulaProgram> program = FormulaProgram::fromParser(*parser, &x);
    if (!program)
        qFatal("no program for %s", text.c_str());
    Batch b{std::vector<double>(xs.size()), std::vector<double>(xs.size())};
    std::vector<std::size_t> unresolved;
    program->run(xs.data(), xs.size(), b.f.data(), b.df.data(), unresolved, vectorMaths);
    return b;
}

/// Scalar maths, and vector maths where this processor has it.
std::vector<bool> mathsPaths() {
    return vectorMathsEnabled() ? std::vector<bool>{false, true} : std::vector<bool>{false};
}

std::vector<double> grid(double from, double to, int n) {
    std::vector<double> xs;
    for (int i = 0; i < n; ++i)
        xs.push_back(from + (to - from) * (i + 0.37) / n); // avoids 0 and grid points
    return xs;
}

/// Formulas that together use every bytecode operation and function the program knows.
const char *const kCoverage[] = {
    "x",
    "2.5",
    "-x",
    "+x",
    "-x^2",
    "3-x",
    "2*x+1",
    "x/3",
    "x^2 + x^3 + x^4",
    "(x+1)^2.5",
    "abs(x)^x",
    "x<0.5 ? -x : 2*x",
    "x<=0 ? (x>-1 ? x^2 : 1) : sin(x)",
    "(x>=1) + (x==2) + (x!=3) + (x>0 && x<2) + (x<-1 || x>1)",
    "sin(x)*cos(x)+tan(x/4)",
    "asin(x/9)+acos(x/9)+atan(x)",
    "sinh(x/4)+cosh(x/4)+tanh(x)",
    "asinh(x)+acosh(abs(x)+1)+atanh(x/9)",
    "exp(x/4)+ln(abs(x)+1)+log(abs(x)+2)+log2(abs(x)+1)+log10(abs(x)+1)",
    "sqrt(abs(x)+1)+sign(x)+rint(x)",
    "atan2(x, 2) + atan2(1.5, x)",
    "min(x, 1, -x) + max(x, x^2, 0.5) + sum(x, x^2, 3) + avg(x, 2*x)",
    "x*sigmoid(1.5*x) + relu(x) + gelu(x)",
};

} // namespace

class TestFormulaProgram : public QObject {
    Q_OBJECT

private slots:
    void everyMuParserFunctionHasARule();
    void valuesMatchMuParser();
    void batchPositionDoesNotMatter();
    void slopesMatchExactDerivatives_data();
    void slopesMatchExactDerivatives();
    void slopesAgreeWithRidders();
    void catalogCallsBringTheirExactSlope();
    void nonFiniteInputsAndOverflow();
    void emptySpansAreAllowed();
    void concurrentBatchesAreConsistent();
};

void TestFormulaProgram::everyMuParserFunctionHasARule() {
    // A new muParser with a function we have no rule for would silently fall back to the slow
    // path; this names it instead.
    const mu::Parser plain;
    for (const auto &[name, callback] : plain.GetFunDef()) {
        const int argc = callback.GetArgc();
        const std::string call = argc == 1   ? name + "(x)"
                                 : argc == 2 ? name + "(x, 0.5)"
                                             : name + "(x, 0.5, 2)";
        QVERIFY2(hasProgram(call), call.c_str());
    }
    for (const char *text : kCoverage)
        QVERIFY2(hasProgram(text), text);
}

void TestFormulaProgram::valuesMatchMuParser() {
    // Bit for bit with scalar maths; within a few ulps (1e-14 relative, after the formula's own
    // operations) with libmvec's.
    std::vector<double> xs = grid(-9, 9, 301);
    xs.insert(xs.end(),
              {0.0, -0.0, 0.5, 1.0, 2.0, 3.0, -1.0, 1e-300, 700, -700, kNaN, kInf, -kInf});
    for (const bool vector : mathsPaths()) {
        for (const char *text : kCoverage) {
            const auto fn = compileOrFail(text);
            const Batch b = runProgram(text, xs, vector);
            for (std::size_t i = 0; i < xs.size(); ++i) {
                const double want = fn->value(xs[i], {});
                const bool same = b.f[i] == want || (std::isnan(b.f[i]) && std::isnan(want));
                const bool close = std::abs(b.f[i] - want) <= 1e-14 * std::max(std::abs(want), 1.0);
                QVERIFY2(vector ? same || close : same,
                         qPrintable(QStringLiteral("%1 at x = %2: %3, muParser %4 (%5 maths)")
                                        .arg(QString::fromUtf8(text))
                                        .arg(xs[i], 0, 'g', 17)
                                        .arg(b.f[i], 0, 'g', 17)
                                        .arg(want, 0, 'g', 17)
                                        .arg(vector ? "vector" : "scalar")));
            }
        }
    }
}

void TestFormulaProgram::slopesMatchExactDerivatives_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("sin") << QStringLiteral("sin(x)") << -20.0 << 20.0;
    QTest::newRow("cube") << QStringLiteral("x^3") << -100.0 << 100.0;
    QTest::newRow("gaussian") << QStringLiteral("exp(-x^2)") << -6.0 << 6.0;
    QTest::newRow("tanh") << QStringLiteral("tanh(x)") << -20.0 << 20.0;
    QTest::newRow("softsign") << QStringLiteral("x/(1+abs(x))") << -50.0 << 50.0;
    QTest::newRow("mish") << QStringLiteral("x*tanh(ln(1+exp(x)))") << -30.0 << 30.0;
    QTest::newRow("gated") << QStringLiteral("x<0 ? x*exp(x) : x") << -10.0 << 10.0;
}

void TestFormulaProgram::slopesMatchExactDerivatives() {
    QFETCH(QString, text);
    QFETCH(double, from);
    QFETCH(double, to);
    const std::map<QString, std::function<double(double)>> exact = {
        {QStringLiteral("sin(x)"), [](double x) { return std::cos(x); }},
        {QStringLiteral("x^3"), [](double x) { return 3 * x * x; }},
        {QStringLiteral("exp(-x^2)"), [](double x) { return -2 * x * std::exp(-x * x); }},
        {QStringLiteral("tanh(x)"),
         [](double x) { return 1 / (std::cosh(x) * std::cosh(x)); }}, // no 1 − tanh² rounding
        {QStringLiteral("x/(1+abs(x))"),
         [](double x) { return 1 / ((1 + std::abs(x)) * (1 + std::abs(x))); }},
        {QStringLiteral("x*tanh(ln(1+exp(x)))"),
         [](double x) {
             const double sp = std::log1p(std::exp(x)), t = std::tanh(sp);
             const double sigmoid = 1 / (1 + std::exp(-x));
             return t + x * sigmoid / (std::cosh(sp) * std::cosh(sp));
         }},
        {QStringLiteral("x<0 ? x*exp(x) : x"),
         [](double x) { return x < 0 ? (1 + x) * std::exp(x) : 1.0; }},
    };
    const std::vector<double> xs = grid(from, to, 2001);
    for (const bool vector : mathsPaths()) {
        const Batch b = runProgram(text.toStdString(), xs, vector);
        double worst = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double want = exact.at(text)(xs[i]);
            const double error = std::abs(b.df[i] - want) / std::max(std::abs(want), 1.0);
            worst = std::max(worst, error);
            QVERIFY2(error <= kTolerance, qPrintable(QStringLiteral("f'(%1) = %2, exact %3")
                                                         .arg(xs[i], 0, 'g', 17)
                                                         .arg(b.df[i], 0, 'g', 17)
                                                         .arg(want, 0, 'g', 17)));
        }
        qInfo("%s, %s maths: worst error of the batch slope %.2g (of max(|f'|, 1))",
              qPrintable(text), vector ? "vector" : "scalar", worst);
    }
}

void TestFormulaProgram::slopesAgreeWithRidders() {
    // Every derivative rule against the explorer's independent numerical derivative.
    const std::vector<double> xs = grid(-3, 3, 97);
    for (const char *text : kCoverage) {
        const auto fn = compileOrFail(text);
        const Batch b = evaluate(*fn, xs);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double ridders = fn->derivative(xs[i], {});
            if (!std::isfinite(ridders) || !std::isfinite(b.f[i]))
                continue; // kinks, jumps and domain edges: Ridders has no answer there
            const double error = std::abs(b.df[i] - ridders) / std::max(std::abs(ridders), 1.0);
            QVERIFY2(error < 1e-7, qPrintable(QStringLiteral("%1 at x = %2: %3, Ridders %4")
                                                  .arg(QString::fromUtf8(text))
                                                  .arg(xs[i], 0, 'g', 17)
                                                  .arg(b.df[i], 0, 'g', 17)
                                                  .arg(ridders, 0, 'g', 17)));
        }
    }
}

void TestFormulaProgram::catalogCallsBringTheirExactSlope() {
    // Every catalog function a formula may call, at default parameters, scaled inside so the
    // chain rule is exercised too: f and f' are the catalog's own.
    const std::vector<double> xs = grid(-6, 6, 61);
    for (const CatalogCall &call : catalogCalls()) {
        const mu::Parser plain;
        if (plain.GetFunDef().count(call.name))
            continue; // muParser's own sin and tanh win over the catalog's
        const auto fn = compileOrFail(call.name + "(2*x)");
        const Batch b = evaluate(*fn, xs);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double f = call.function->value(2 * xs[i], call.params);
            const double df = 2 * call.function->derivative(2 * xs[i], call.params);
            QVERIFY2((b.f[i] == f || (std::isnan(b.f[i]) && std::isnan(f))) &&
                         (b.df[i] == df || (std::isnan(b.df[i]) && std::isnan(df))),
                     qPrintable(QStringLiteral("%1 at x = %2: %3, %4; catalog %5, %6")
                                    .arg(QString::fromStdString(call.name))
                                    .arg(xs[i])
                                    .arg(b.f[i], 0, 'g', 17)
                                    .arg(b.df[i], 0, 'g', 17)
                                    .arg(f, 0, 'g', 17)
                                    .arg(df, 0, 'g', 17)));
        }
    }
}

void TestFormulaProgram::batchPositionDoesNotMatter() {
    // Vector maths works in fours and pads the last group: a point must get the same f and f'
    // alone, in a short batch or in a long one, or training would depend on the thread count.
    const std::vector<double> xs = grid(-4, 4, 263); // two blocks and a partial group of four
    for (const char *text : {"sin(x)", "x*tanh(ln(1+exp(x)))"}) {
        const auto fn = compileOrFail(text);
        const Batch all = evaluate(*fn, xs);
        for (std::size_t i = 0; i < xs.size(); i += 7) {
            const Batch one = evaluate(*fn, {xs[i]});
            const std::vector<double> tail(xs.begin() + std::ptrdiff_t(i), xs.end());
            const Batch rest = evaluate(*fn, tail);
            QCOMPARE(one.f[0], all.f[i]);
            QCOMPARE(one.df[0], all.df[i]);
            QCOMPARE(rest.f[0], all.f[i]);
            QCOMPARE(rest.df[0], all.df[i]);
        }
    }
}

void TestFormulaProgram::nonFiniteInputsAndOverflow() {
    const std::vector<double> xs = {kNaN, kInf, -kInf, 800, -800, 1e300, -1e300};
    for (const char *text :
         {"sin(x)", "x^3", "exp(-x^2)", "tanh(x)", "x/(1+abs(x))", "x*tanh(ln(1+exp(x)))"}) {
        const auto fn = compileOrFail(text);
        const Batch b = evaluate(*fn, xs);
        QVERIFY2(std::isnan(b.f[0]) && std::isnan(b.df[0]), text); // NaN in, NaN out
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (std::isfinite(b.f[i]))
                QVERIFY2(
                    !std::isnan(b.df[i]),
                    qPrintable(QStringLiteral("%1 at %2").arg(QString::fromUtf8(text)).arg(xs[i])));
            else
                QVERIFY(std::isnan(b.df[i])); // no slope where f itself is not finite
        }
    }
    // Overflow inside a finite f: in the sigmoid written by hand, at x = −800, exp(−x) is inf
    // and the quotient rule meets inf/inf; that point is differentiated numerically instead.
    const Batch sigmoid = evaluate(*compileOrFail("1/(1+exp(-x))"), {-800.0, 0.0});
    QCOMPARE(sigmoid.f[0], 0.0);
    QCOMPARE(sigmoid.df[0], 0.0);
    QCOMPARE(sigmoid.df[1], 0.25);
    // A flat function stays flat where its argument's slope overflowed.
    const Batch mish = evaluate(*compileOrFail("x*tanh(ln(1+exp(x)))"), {800.0});
    QCOMPARE(mish.f[0], 800.0);
    QCOMPARE(mish.df[0], 1.0);
    QCOMPARE(evaluate(*compileOrFail("exp(-x^2)"), {1e300, kInf}).df[1], 0.0);
}

void TestFormulaProgram::emptySpansAreAllowed() {
    const auto fn = compileOrFail("sin(x)");
    const std::vector<double> xs = grid(-1, 1, 300); // more than one block
    std::vector<double> f(xs.size()), df(xs.size());
    fn->evaluateBatch(xs, {}, f, {});
    fn->evaluateBatch(xs, {}, {}, df);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        QCOMPARE(f[i], std::sin(xs[i]));
        QCOMPARE(df[i], std::cos(xs[i]));
    }
    fn->evaluateBatch({}, {}, {}, {});
}

void TestFormulaProgram::concurrentBatchesAreConsistent() {
    // Training calls evaluateBatch from several threads at once; the program is shared and each
    // thread has its own scratch space.
    std::vector<std::shared_ptr<const FormulaFunction>> formulas;
    for (const char *text : kCoverage)
        formulas.push_back(compileOrFail(text));
    const std::vector<double> xs = grid(-5, 5, 1000);
    const auto run = [&] {
        std::vector<double> out;
        for (int round = 0; round < 20; ++round)
            for (const auto &fn : formulas) {
                const Batch b = evaluate(*fn, xs);
                out.insert(out.end(), b.f.begin(), b.f.end());
                out.insert(out.end(), b.df.begin(), b.df.end());
            }
        return out;
    };
    const std::vector<double> reference = run();
    std::vector<std::vector<double>> results(4);
    {
        std::vector<std::jthread> pool;
        for (auto &r : results)
            pool.emplace_back([&] { r = run(); });
    }
    for (const auto &r : results) {
        QCOMPARE(r.size(), reference.size());
        for (std::size_t i = 0; i < r.size(); ++i)
            QVERIFY(r[i] == reference[i] || (std::isnan(r[i]) && std::isnan(reference[i])));
    }
}

QTEST_APPLESS_MAIN(TestFormulaProgram)
#include "tst_formulaprogram.moc"
