// SPDX-License-Identifier: GPL-3.0-or-later
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <thread>

#include <QTest>

#include "activations/catalog.h"
#include "formula/formula.h"
#include "numericcompare.h"

using namespace actlab;
using testing_numeric::relativeError;

Q_DECLARE_METATYPE(actlab::FormulaErrorKind)

namespace {

constexpr double kPi = 3.14159265358979323846;

std::shared_ptr<const FormulaFunction> compileOrFail(const char *text) {
    auto result = FormulaFunction::compile(text);
    if (auto *error = std::get_if<FormulaError>(&result))
        qFatal("formula %s refused: %s", text, error->message.c_str());
    return std::get<std::shared_ptr<const FormulaFunction>>(result);
}

double sigmoid(double x) {
    return 1 / (1 + std::exp(-x));
}

/// Derivatives known in closed form, to judge the numerical ones.
struct Exact {
    std::function<double(double)> f, df, d2f;
};

} // namespace

class TestFormula : public QObject {
    Q_OBJECT

private slots:
    void values();
    void catalogFunctionsAreCallable();
    void catalogCallsUseDefaultParameters();
    void derivatives_data();
    void derivatives();
    void derivativesOfCatalogCalls();
    void nonFiniteValuesNeverCrash();
    void errors_data();
    void errors();
    void validComparisonsAreAccepted();
    void hugeFormulasAreRefusedQuickly_data();
    void hugeFormulasAreRefusedQuickly();
    void formulasAtTheLimitsAreAccepted();
    void concurrentEvaluationIsConsistent();
    void manyFormulasOnManyThreads();
};

void TestFormula::values() {
    const auto sine = compileOrFail("sin(x)");
    QCOMPARE(sine->text(), std::string("sin(x)"));
    for (double x : {-3.0, -0.5, 0.0, 0.25, 2.0, 100.0})
        QCOMPARE(sine->value(x, {}), std::sin(x));
    const auto poly = compileOrFail("x^3 - 2*x + 1");
    QCOMPARE(poly->value(2.0, {}), 5.0);
    QCOMPARE(compileOrFail("_pi*x")->value(2.0, {}), 2 * kPi);
    QCOMPARE(compileOrFail("exp(x)")->value(1.0, {}), std::exp(1.0));
    QCOMPARE(compileOrFail("(x > 0) ? x : 0.1*x")->value(-2.0, {}), -0.2);
    const auto gated = compileOrFail("x*sigmoid(1.5*x)");
    for (double x : {-4.0, -0.3, 0.0, 1.0, 7.5})
        QVERIFY(relativeError(gated->value(x, {}), x * sigmoid(1.5 * x)) < 1e-15 || x == 0);
    QCOMPARE(gated->value(0.0, {}), 0.0);
    const auto combined = compileOrFail("relu(x) - relu6(x-1)");
    QCOMPARE(combined->value(10.0, {}), 4.0);
    QCOMPARE(combined->value(-1.0, {}), 0.0);
    // Parameters are ignored: a formula has none.
    const double params[] = {42.0};
    QCOMPARE(sine->value(1.0, params), std::sin(1.0));
}

void TestFormula::catalogFunctionsAreCallable() {
    int checked = 0;
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        if (!e.scalar)
            continue;
        std::vector<std::string> names = {e.spec.id};
        names.insert(names.end(), e.spec.aliases.begin(), e.spec.aliases.end());
        const std::vector<double> params = e.spec.defaultParams();
        for (const std::string &name : names) {
            const std::string text = name + "(x)";
            auto compiled = FormulaFunction::compile(text);
            QVERIFY2(std::holds_alternative<std::shared_ptr<const FormulaFunction>>(compiled),
                     text.c_str());
            const auto &f = std::get<std::shared_ptr<const FormulaFunction>>(compiled);
            for (double x : {-2.5, -0.7, 0.0, 0.3, 1.0, 4.0}) {
                const double expected = e.scalar->value(x, params);
                QVERIFY2(relativeError(f->value(x, {}), expected) < 1e-15 ||
                             std::abs(f->value(x, {}) - expected) < 1e-300,
                         qPrintable(
                             QStringLiteral("%1 at %2").arg(QString::fromStdString(text)).arg(x)));
            }
            ++checked;
        }
    }
    QVERIFY(checked >= 20); // the catalog grows as families land; relu6 alone would not do
    if (Catalog::builtin().find("swish")) {
        const auto swish = compileOrFail("swish(x)");
        QVERIFY(relativeError(swish->value(2.0, {}), 2.0 * sigmoid(2.0)) < 1e-15);
    }
    QVERIFY(relativeError(compileOrFail("sigmoid(1.5*x)")->value(2.0, {}), sigmoid(3.0)) < 1e-15);
}

void TestFormula::catalogCallsUseDefaultParameters() {
    const CatalogEntry *leaky = Catalog::builtin().find("leaky_relu");
    QVERIFY2(leaky, "leaky_relu is missing from the catalog");
    // negative_slope defaults to 0.2 in the shared table.
    QCOMPARE(compileOrFail("leaky_relu(x)")->value(-10.0, {}), -2.0);
    const CatalogEntry *elu = Catalog::builtin().find("elu");
    if (elu)
        QVERIFY(relativeError(compileOrFail("elu(x)")->value(-1.0, {}), std::expm1(-1.0)) < 1e-15);
}

void TestFormula::derivatives_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("sin") << QStringLiteral("sin(x)") << -10.0 << 10.0;
    QTest::newRow("exp") << QStringLiteral("exp(x)") << -10.0 << 10.0;
    QTest::newRow("tanh") << QStringLiteral("tanh(x)") << -6.0 << 6.0;
    QTest::newRow("x*sigmoid(1.5x)") << QStringLiteral("x*sigmoid(1.5*x)") << -10.0 << 10.0;
    QTest::newRow("swish by hand") << QStringLiteral("x/(1+exp(-1.5*x))") << -10.0 << 10.0;
    QTest::newRow("gelu") << QStringLiteral("gelu(x)") << -6.0 << 6.0;
    QTest::newRow("cubic") << QStringLiteral("x^3 - 2*x^2 + x - 5") << -100.0 << 100.0;
    QTest::newRow("quintic") << QStringLiteral("0.1*x^5 - x") << -10.0 << 10.0;
    QTest::newRow("sin(20x)") << QStringLiteral("sin(20*x)") << -2.0 << 2.0;
    QTest::newRow("gaussian") << QStringLiteral("exp(-x^2)") << -4.0 << 4.0;
}

void TestFormula::derivatives() {
    QFETCH(QString, text);
    QFETCH(double, from);
    QFETCH(double, to);
    const double s = 1.5;
    const std::map<QString, Exact> exact = {
        {QStringLiteral("sin(x)"),
         {[](double x) { return std::sin(x); }, [](double x) { return std::cos(x); },
          [](double x) { return -std::sin(x); }}},
        {QStringLiteral("exp(x)"),
         {[](double x) { return std::exp(x); }, [](double x) { return std::exp(x); },
          [](double x) { return std::exp(x); }}},
        {QStringLiteral("tanh(x)"),
         {[](double x) { return std::tanh(x); },
          [](double x) { return 1 - std::tanh(x) * std::tanh(x); },
          [](double x) { return -2 * std::tanh(x) * (1 - std::tanh(x) * std::tanh(x)); }}},
        {QStringLiteral("x*sigmoid(1.5*x)"),
         {[=](double x) { return x * sigmoid(s * x); },
          [=](double x) { return sigmoid(s * x) + s * x * sigmoid(s * x) * sigmoid(-s * x); },
          [=](double x) {
              const double d = s * sigmoid(s * x) * sigmoid(-s * x);
              return 2 * d + x * s * d * (1 - 2 * sigmoid(s * x));
          }}},
        {QStringLiteral("gelu(x)"),
         {[](double x) { return 0.5 * x * std::erfc(-x / std::sqrt(2.0)); },
          [](double x) {
              return 0.5 * std::erfc(-x / std::sqrt(2.0)) +
                     x * std::exp(-x * x / 2) / std::sqrt(2 * kPi);
          },
          [](double x) { return (2 - x * x) * std::exp(-x * x / 2) / std::sqrt(2 * kPi); }}},
        {QStringLiteral("x^3 - 2*x^2 + x - 5"),
         {[](double x) { return x * x * x - 2 * x * x + x - 5; },
          [](double x) { return 3 * x * x - 4 * x + 1; }, [](double x) { return 6 * x - 4; }}},
        {QStringLiteral("0.1*x^5 - x"),
         {[](double x) { return 0.1 * std::pow(x, 5) - x; },
          [](double x) { return 0.5 * std::pow(x, 4) - 1; },
          [](double x) { return 2 * std::pow(x, 3); }}},
        {QStringLiteral("sin(20*x)"),
         {[](double x) { return std::sin(20 * x); }, [](double x) { return 20 * std::cos(20 * x); },
          [](double x) { return -400 * std::sin(20 * x); }}},
        {QStringLiteral("exp(-x^2)"),
         {[](double x) { return std::exp(-x * x); },
          [](double x) { return -2 * x * std::exp(-x * x); },
          [](double x) { return (4 * x * x - 2) * std::exp(-x * x); }}},
    };
    QString key = text;
    if (text == QLatin1String("x/(1+exp(-1.5*x))"))
        key = QStringLiteral("x*sigmoid(1.5*x)");
    if (text == QLatin1String("gelu(x)")) {
        const CatalogEntry *gelu = Catalog::builtin().find("gelu");
        QVERIFY2(gelu, "gelu is missing from the catalog");
        QCOMPARE(gelu->spec.defaultParams().at(0), 0.0); // the exact, erf-based GELU
    }
    const Exact &ex = exact.at(key);
    const QByteArray utf8 = text.toUtf8();
    const auto f = compileOrFail(utf8.constData());

    // 1e-8 relative to the exact derivative; where that derivative nearly vanishes, relative
    // to 1% of the function's own scale (no finite difference resolves 1e-8 of a number that is
    // 1e-6 of |f|: the rounding floor is ε|f|/h²).
    double worst[2] = {0, 0};
    const int n = 1001;
    for (int i = 0; i < n; ++i) {
        const double x = from + (to - from) * (i + 0.37) / n; // avoids x = 0 and grid points
        const double scale = std::max(std::abs(ex.f(x)), 1.0) * 1e-2;
        const double d1 = ex.df(x), d2 = ex.d2f(x);
        const Derivatives got = f->evaluate(x, {});
        QCOMPARE(got.df, f->derivative(x, {}));
        QCOMPARE(got.d2f, f->secondDerivative(x, {}));
        const double e1 = std::abs(got.df - d1) / std::max(std::abs(d1), scale);
        const double e2 = std::abs(got.d2f - d2) / std::max(std::abs(d2), scale);
        worst[0] = std::max(worst[0], e1);
        worst[1] = std::max(worst[1], e2);
        QVERIFY2(e1 < 1e-8, qPrintable(QStringLiteral("f'(%1) = %2, exact %3")
                                           .arg(x, 0, 'g', 17)
                                           .arg(got.df, 0, 'g', 17)
                                           .arg(d1, 0, 'g', 17)));
        QVERIFY2(e2 < 1e-8, qPrintable(QStringLiteral("f''(%1) = %2, exact %3")
                                           .arg(x, 0, 'g', 17)
                                           .arg(got.d2f, 0, 'g', 17)
                                           .arg(d2, 0, 'g', 17)));
    }
    qInfo("%s: worst relative error f' %.2g, f'' %.2g", utf8.constData(), worst[0], worst[1]);
}

void TestFormula::derivativesOfCatalogCalls() {
    // Away from its kink relu is linear, and the extrapolation returns exact slopes.
    const auto relu = compileOrFail("relu(x)");
    QVERIFY(std::abs(relu->derivative(2.0, {}) - 1.0) < 1e-12);
    QVERIFY(std::abs(relu->derivative(-2.0, {})) < 1e-12);
    QVERIFY(std::abs(relu->secondDerivative(3.0, {})) < 1e-9);
    const auto scaled = compileOrFail("sigmoid(1.5*x)");
    const double x = 0.8;
    QVERIFY(relativeError(scaled->derivative(x, {}), 1.5 * sigmoid(1.5 * x) * sigmoid(-1.5 * x)) <
            1e-10);
}

void TestFormula::nonFiniteValuesNeverCrash() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const auto root = compileOrFail("sqrt(x)");
    QVERIFY(std::isnan(root->value(-1.0, {})));
    QVERIFY(std::isnan(root->derivative(-1.0, {})));
    QVERIFY(std::isnan(root->secondDerivative(-1.0, {})));
    QCOMPARE(root->value(0.0, {}), 0.0);
    QVERIFY(std::isnan(root->derivative(0.0, {}))); // the left half of the stencil is NaN
    QVERIFY(relativeError(root->derivative(4.0, {}), 0.25) < 1e-10);

    const auto reciprocal = compileOrFail("1/x");
    QCOMPARE(reciprocal->value(0.0, {}), inf);
    QVERIFY(std::isnan(reciprocal->derivative(0.0, {})));
    QCOMPARE(compileOrFail("log(x)")->value(0.0, {}), -inf);
    QCOMPARE(compileOrFail("exp(x)")->value(1000.0, {}), inf);
    const Derivatives d = compileOrFail("exp(x)")->evaluate(1000.0, {});
    QCOMPARE(d.f, inf);
    QVERIFY(std::isnan(d.df) && std::isnan(d.d2f));
    QVERIFY(std::isnan(compileOrFail("x^2")->value(nan, {})));
    QVERIFY(std::isnan(compileOrFail("x^2")->derivative(nan, {})));
    QVERIFY(std::isnan(compileOrFail("x^2")->derivative(inf, {})));
    // Extreme but finite x: the step scales with |x|, so the slope is still right.
    QVERIFY(relativeError(compileOrFail("x^2")->derivative(1e150, {}), 2e150) < 1e-10);
    std::vector<double> xs = {nan, -inf, 0.0, inf}, f(4), df(4);
    compileOrFail("1/x")->evaluateBatch(xs, {}, f, df);
    QVERIFY(std::isnan(f[0]) && f[1] == 0.0 && f[2] == inf && f[3] == 0.0);
}

void TestFormula::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<FormulaErrorKind>("kind");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("token");
    using K = FormulaErrorKind;
    const auto row = [](const char *name, const char *text, K kind, int position,
                        const char *token) {
        QTest::newRow(name) << QString::fromUtf8(text) << kind << position
                            << QString::fromUtf8(token);
    };
    row("unclosed", "sin(x", K::MissingParenthesis, 3, "(");
    row("unclosed inner", "x*(2+3", K::MissingParenthesis, 2, "(");
    row("unknown function", "foo(x)+1", K::UnknownName, 0, "foo");
    row("unknown variable", "x+bar", K::UnknownName, 2, "bar");
    row("unknown symbol name", "π*x", K::UnknownName, 0, "π");
    row("dangling operator", "2*", K::UnexpectedEnd, 2, "");
    row("dangling power", "x^", K::UnexpectedEnd, 2, "");
    row("empty", "", K::Empty, 0, "");
    row("blank", "   ", K::Empty, 0, "");
    row("two names", "x y", K::UnexpectedToken, 2, "y");
    row("two variables", "x x", K::UnexpectedToken, 2, "x");
    row("two numbers", "2 3", K::UnexpectedToken, 2, "3");
    row("implicit product", "3x", K::UnexpectedToken, 1, "x");
    row("stray symbol", "x $ 2", K::UnexpectedToken, 2, "$");
    row("function without parentheses", "sin x", K::UnexpectedToken, 0, "sin");
    row("two functions", "sin(8)cos(9)", K::UnexpectedToken, 6, "cos");
    row("closing too many", "sin(x))", K::UnexpectedParenthesis, 6, ")");
    row("closing first", ")", K::UnexpectedParenthesis, 0, ")");
    row("too many arguments", "1 + sin(1,2)", K::WrongArgumentCount, 4, "sin");
    row("catalog call with parameter", "relu(x,2)", K::WrongArgumentCount, 0, "relu");
    row("too few arguments", "min()", K::WrongArgumentCount, 0, "min");
    row("assignment", "x=3", K::UnexpectedToken, 1, "=");
    row("compound assignment", "x+=1", K::UnexpectedToken, 2, "=");
    row("two results", "x, 2", K::UnexpectedToken, 1, ",");
    row("missing else", "x?1", K::UnexpectedEnd, 3, "");
}

void TestFormula::errors() {
    QFETCH(QString, text);
    QFETCH(FormulaErrorKind, kind);
    QFETCH(int, position);
    QFETCH(QString, token);
    const auto result = FormulaFunction::compile(text.toStdString());
    const auto *error = std::get_if<FormulaError>(&result);
    QVERIFY2(error, "the formula was accepted");
    QCOMPARE(int(error->kind), int(kind));
    QCOMPARE(int(error->position), position);
    QCOMPARE(QString::fromStdString(error->token), token);
}

void TestFormula::validComparisonsAreAccepted() {
    QCOMPARE(compileOrFail("x<=1")->value(0.5, {}), 1.0);
    QCOMPARE(compileOrFail("x>=1")->value(0.5, {}), 0.0);
    QCOMPARE(compileOrFail("x==1")->value(1.0, {}), 1.0);
    QCOMPARE(compileOrFail("x!=1")->value(1.0, {}), 0.0);
    QCOMPARE(compileOrFail("max(x, 0)")->value(-3.0, {}), 0.0); // a comma inside a call is fine
}

void TestFormula::hugeFormulasAreRefusedQuickly_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<FormulaErrorKind>("kind");
    QTest::addColumn<int>("position");
    const auto repeat = [](const char *s, int n) { return QString::fromLatin1(s).repeated(n); };
    const int deep = 10'000;
    QTest::newRow("parentheses 10000 deep")
        << repeat("(", deep) + QStringLiteral("x") + repeat(")", deep) << FormulaErrorKind::TooDeep
        << FormulaFunction::kMaxDepth;
    // The 101st "sin(" starts at 400: its parenthesis is at column 403 (0-based).
    QTest::newRow("sin 10000 deep")
        << repeat("sin(", deep) + QStringLiteral("x") + repeat(")", deep)
        << FormulaErrorKind::TooDeep << 4 * FormulaFunction::kMaxDepth + 3;
    QTest::newRow("unclosed, 10000 deep") << repeat("sigmoid(", deep) << FormulaErrorKind::TooDeep
                                          << 8 * FormulaFunction::kMaxDepth + 7;
    QTest::newRow("1 MB") << QStringLiteral("x") + repeat("+x", 512 * 1024)
                          << FormulaErrorKind::TooLong << 0;
    QTest::newRow("1 MB of spaces") << repeat(" ", 1 << 20) << FormulaErrorKind::TooLong << 0;
    QTest::newRow("one character too many")
        << QStringLiteral("x") + repeat(" ", int(FormulaFunction::kMaxLength))
        << FormulaErrorKind::TooLong << 0;
}

void TestFormula::hugeFormulasAreRefusedQuickly() {
    QFETCH(QString, text);
    QFETCH(FormulaErrorKind, kind);
    QFETCH(int, position);
    const std::string utf8 = text.toStdString();
    const auto start = std::chrono::steady_clock::now();
    const auto result = FormulaFunction::compile(utf8);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto *error = std::get_if<FormulaError>(&result);
    QVERIFY2(error, "the formula was accepted");
    QCOMPARE(int(error->kind), int(kind));
    QCOMPARE(int(error->position), position);
    // Measured in microseconds; the bound is for sanitizer builds on a loaded machine.
    QVERIFY2(seconds < 0.25, qPrintable(QString::number(seconds)));
}

void TestFormula::formulasAtTheLimitsAreAccepted() {
    const int depth = FormulaFunction::kMaxDepth;
    const std::string nested =
        std::string(std::size_t(depth), '(') + "x+1" + std::string(std::size_t(depth), ')');
    QCOMPARE(compileOrFail(nested.c_str())->value(2.0, {}), 3.0);
    std::string sum = "x";
    while (sum.size() + 2 <= FormulaFunction::kMaxLength)
        sum += "+x";
    sum.resize(FormulaFunction::kMaxLength, ' ');
    QCOMPARE(compileOrFail(sum.c_str())->value(1.0, {}), double(FormulaFunction::kMaxLength / 2));
    // The limit counts characters, not bytes: 6000 π (12000 bytes) are an unknown name.
    std::string pis;
    for (int i = 0; i < 6000; ++i)
        pis += "\u03c0";
    const auto result = FormulaFunction::compile(pis);
    const auto *error = std::get_if<FormulaError>(&result);
    QVERIFY(error);
    QVERIFY(error->kind != FormulaErrorKind::TooLong);
}

void TestFormula::concurrentEvaluationIsConsistent() {
    const char *texts[] = {"sin(x)", "x*sigmoid(1.5*x)", "exp(-x^2)", "relu6(x)*tanh(x)"};
    std::vector<std::shared_ptr<const FormulaFunction>> formulas;
    for (const char *t : texts)
        formulas.push_back(compileOrFail(t));
    const int points = 2000;
    const auto run = [&](std::vector<double> &out) {
        out.clear();
        for (int i = 0; i < points; ++i) {
            const double x = -6 + 12.0 * i / points;
            for (const auto &f : formulas) {
                const Derivatives d = f->evaluate(x, {});
                out.insert(out.end(), {d.f, d.df, d.d2f});
            }
        }
    };
    std::vector<double> reference;
    run(reference);
    const int threads = 6;
    std::vector<std::vector<double>> results(threads);
    {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] { run(results[std::size_t(t)]); });
    }
    for (int t = 0; t < threads; ++t) {
        QCOMPARE(results[std::size_t(t)].size(), reference.size());
        for (std::size_t i = 0; i < reference.size(); ++i)
            QVERIFY(results[std::size_t(t)][i] == reference[i] ||
                    (std::isnan(results[std::size_t(t)][i]) && std::isnan(reference[i])));
    }
}

void TestFormula::manyFormulasOnManyThreads() {
    // Formulas come and go as the user types; each thread's parser cache must follow them.
    const auto keeper = compileOrFail("x^2");
    std::atomic<int> failures{0};
    {
        std::vector<std::jthread> pool;
        for (int t = 0; t < 4; ++t)
            pool.emplace_back([&, t] {
                for (int k = 0; k < 150; ++k) {
                    const std::string text = std::to_string(k + t) + "*x + sin(x)";
                    auto compiled = FormulaFunction::compile(text);
                    const auto &f = std::get<std::shared_ptr<const FormulaFunction>>(compiled);
                    if (f->value(2.0, {}) != (k + t) * 2.0 + std::sin(2.0))
                        ++failures;
                    if (keeper->value(double(k), {}) != double(k) * k)
                        ++failures;
                }
            });
    }
    QCOMPARE(failures.load(), 0);
}

QTEST_APPLESS_MAIN(TestFormula)
#include "tst_formula.moc"
