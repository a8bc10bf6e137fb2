// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QTest>

#include "activations/catalog.h"
#include "formula/formula.h"
#include "sampling/curvesampler.h"

using namespace actlab;

namespace {

/// The function under test: a catalog entry (with parameters) or a typed formula.
struct Subject {
    std::shared_ptr<const ScalarFunction> function;
    std::vector<double> params;
};

Subject catalog(const char *id, std::vector<double> params = {}) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar)
        return {};
    return {e->scalar, params.empty() ? e->spec.defaultParams() : std::move(params)};
}

Subject formula(const char *text) {
    auto compiled = FormulaFunction::compile(text);
    if (auto *error = std::get_if<FormulaError>(&compiled))
        qFatal("formula %s refused: %s", text, error->message.c_str());
    return {std::get<std::shared_ptr<const FormulaFunction>>(compiled), {}};
}

double trueValue(const Subject &s, CurveOrder order, double x) {
    switch (order) {
    case CurveOrder::Value:
        return s.function->value(x, s.params);
    case CurveOrder::First:
        return s.function->derivative(x, s.params);
    case CurveOrder::Second:
        return s.function->secondDerivative(x, s.params);
    }
    return 0;
}

/// A 1280 × 800 pixel plot of [x0, x1] × [y0, y1].
PlotViewport view(double x0, double x1, double y0, double y1) {
    PlotViewport v;
    v.xMin = x0;
    v.xMax = x1;
    v.yMin = y0;
    v.yMax = y1;
    v.pixelWidth = (x1 - x0) / 1280;
    v.pixelHeight = (y1 - y0) / 800;
    return v;
}

struct Check {
    double worstPx = 0;     ///< largest visible distance between chord and curve
    std::size_t points = 0; ///< total vertices
    std::size_t pieces = 0; ///< polylines
    QString failure;
};

/**
 * Evaluates the true curve densely inside every segment and measures, in pixels, its vertical
 * distance from the chord, both clamped to the visible y range (what a person sees). Also checks
 * that x increases along each polyline and that vertices inside the view lie on the curve
 * (except exactly at declared kinks, where a one-sided limit is drawn).
 */
Check checkPolylines(const Subject &s, CurveOrder order, const PlotViewport &v,
                     const std::vector<Polyline> &lines) {
    Check c;
    c.pieces = lines.size();
    std::vector<double> kinkXs;
    for (const Kink &k : s.function->kinks(s.params))
        kinkXs.push_back(k.x);
    const auto isKink = [&](double x) {
        return std::find(kinkXs.begin(), kinkXs.end(), x) != kinkXs.end();
    };
    const auto clamp = [&](double y) { return std::clamp(y, v.yMin, v.yMax); };
    for (const Polyline &line : lines) {
        c.points += line.size();
        if (line.size() < 2 && c.failure.isEmpty())
            c.failure = QStringLiteral("a polyline with fewer than two points");
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            const CurvePoint p = line[i], q = line[i + 1];
            if (!(q.x > p.x) && c.failure.isEmpty())
                c.failure = QStringLiteral("x does not increase at %1").arg(p.x);
            const int dense = 48;
            for (int k = 1; k < dense; ++k) {
                const double t = double(k) / dense;
                const double x = p.x + t * (q.x - p.x);
                const double chord = p.y + t * (q.y - p.y);
                const double y = trueValue(s, order, x);
                const double px = std::isfinite(y)
                                      ? std::abs(clamp(y) - clamp(chord)) / v.pixelHeight
                                      : std::numeric_limits<double>::infinity();
                if (px > c.worstPx) {
                    c.worstPx = px;
                    if (px > 0.5 && c.failure.isEmpty())
                        c.failure = QStringLiteral("segment [%1, %2]: %3 px from the curve at x=%4")
                                        .arg(p.x, 0, 'g', 17)
                                        .arg(q.x, 0, 'g', 17)
                                        .arg(px)
                                        .arg(x, 0, 'g', 17);
                }
            }
        }
        for (const CurvePoint &p : line) {
            if (isKink(p.x) || p.y < v.yMin || p.y > v.yMax)
                continue; // one-sided limits at kinks; clipped crossings beyond the edge
            const double y = trueValue(s, order, p.x);
            if (std::abs(y - p.y) > 1e-9 * std::max(1.0, std::abs(y)) && c.failure.isEmpty())
                c.failure = QStringLiteral("vertex (%1, %2) is off the curve (%3)")
                                .arg(p.x, 0, 'g', 17)
                                .arg(p.y, 0, 'g', 17)
                                .arg(y, 0, 'g', 17);
        }
    }
    return c;
}

bool hasVertex(const std::vector<Polyline> &lines, double x, double y) {
    for (const Polyline &line : lines)
        for (const CurvePoint &p : line)
            if (p.x == x && p.y == y)
                return true;
    return false;
}

} // namespace

Q_DECLARE_METATYPE(actlab::CurveOrder)
Q_DECLARE_METATYPE(actlab::PlotViewport)

class TestCurveSampler : public QObject {
    Q_OBJECT

private slots:
    void withinHalfPixel_data();
    void withinHalfPixel();
    void everyCatalogCurve();
    void kinksAreExactVertices();
    void derivativeBreaksAtKinks();
    void declaredJumpsBreakTheLine_data();
    void declaredJumpsBreakTheLine();
    void undeclaredJumpsAreFound_data();
    void undeclaredJumpsAreFound();
    void continuousSteepCurveIsNotBroken();
    void nonFiniteValuesBreakTheLine();
    void farPointsAreClipped();
    void straightLineNeedsFewPoints();
    void invalidViewportGivesNothing();
};

void TestCurveSampler::withinHalfPixel_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<CurveOrder>("order");
    QTest::addColumn<PlotViewport>("viewport");
    QTest::addColumn<int>("pieces"); // -1: not checked
    const PlotViewport standard = view(-5, 5, -2, 5);
    QTest::newRow("relu") << QStringLiteral("relu") << CurveOrder::Value << standard << 1;
    QTest::newRow("relu'") << QStringLiteral("relu") << CurveOrder::First << standard << 2;
    QTest::newRow("relu6 wide") << QStringLiteral("relu6") << CurveOrder::Value
                                << view(-3, 9, -1, 7) << 1;
    QTest::newRow("relu6'") << QStringLiteral("relu6") << CurveOrder::First
                            << view(-3, 9, -0.5, 1.5) << 3;
    QTest::newRow("hard_tanh") << QStringLiteral("hard_tanh") << CurveOrder::Value
                               << view(-3, 3, -1.5, 1.5) << 1;
    QTest::newRow("hard_tanh'") << QStringLiteral("hard_tanh") << CurveOrder::First
                                << view(-3, 3, -0.5, 1.5) << 3;
    QTest::newRow("step") << QStringLiteral("step") << CurveOrder::Value << standard << 2;
    QTest::newRow("threshold") << QStringLiteral("threshold") << CurveOrder::Value << standard << 2;
    QTest::newRow("hard_shrink") << QStringLiteral("hard_shrink") << CurveOrder::Value
                                 << view(-2, 2, -2, 2) << 3;
    QTest::newRow("hard_shrink'") << QStringLiteral("hard_shrink") << CurveOrder::First
                                  << view(-2, 2, -0.5, 1.5) << 3;
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << CurveOrder::Value << standard << 1;
    QTest::newRow("sigmoid'") << QStringLiteral("sigmoid") << CurveOrder::First
                              << view(-8, 8, -0.05, 0.3) << 1;
    QTest::newRow("sigmoid''") << QStringLiteral("sigmoid") << CurveOrder::Second
                               << view(-8, 8, -0.12, 0.12) << 1;
    QTest::newRow("elu''") << QStringLiteral("elu") << CurveOrder::Second << view(-4, 4, -0.5, 1.5)
                           << -1;
    QTest::newRow("snake alpha 5")
        << QStringLiteral("snake:5") << CurveOrder::Value << view(-4, 4, -4, 4) << 1;
    QTest::newRow("snake' alpha 5")
        << QStringLiteral("snake:5") << CurveOrder::First << view(-4, 4, -4, 6) << 1;
    QTest::newRow("sin(20x)") << QStringLiteral("expr:sin(20*x)") << CurveOrder::Value
                              << view(-5, 5, -1.5, 1.5) << 1;
    QTest::newRow("sin(20x) zoomed out")
        << QStringLiteral("expr:sin(20*x)") << CurveOrder::Value << view(-20, 20, -1.5, 1.5) << 1;
    QTest::newRow("sin(20x)'") << QStringLiteral("expr:sin(20*x)") << CurveOrder::First
                               << view(-2, 2, -25, 25) << 1;
    QTest::newRow("sin(20x)''") << QStringLiteral("expr:sin(20*x)") << CurveOrder::Second
                                << view(-1, 1, -450, 450) << 1;
    QTest::newRow("x*sigmoid(1.5x)")
        << QStringLiteral("expr:x*sigmoid(1.5*x)") << CurveOrder::Value << standard << 1;
    QTest::newRow("formula relu") << QStringLiteral("expr:relu(x)") << CurveOrder::Value << standard
                                  << 1;
    QTest::newRow("x^2 leaves the view")
        << QStringLiteral("expr:x^2") << CurveOrder::Value << view(-10, 10, -1, 4) << 1;
    QTest::newRow("tiny view") << QStringLiteral("expr:sin(x)") << CurveOrder::Value
                               << view(1, 1 + 1e-6, std::sin(1.0) - 1e-6, std::sin(1.0) + 1e-6)
                               << 1;
}

void TestCurveSampler::withinHalfPixel() {
    QFETCH(QString, name);
    QFETCH(CurveOrder, order);
    QFETCH(PlotViewport, viewport);
    QFETCH(int, pieces);
    Subject s;
    const QByteArray text = name.toUtf8();
    if (name.startsWith(QLatin1String("expr:"))) {
        s = formula(text.constData() + 5);
    } else if (name.contains(QLatin1Char(':'))) {
        const QStringList parts = name.split(QLatin1Char(':'));
        s = catalog(parts[0].toLatin1().constData(), {parts[1].toDouble()});
    } else {
        s = catalog(text.constData());
    }
    QVERIFY2(s.function, "missing from the catalog");
    const std::vector<Polyline> lines = sampleCurve(*s.function, s.params, order, viewport);
    const Check c = checkPolylines(s, order, viewport, lines);
    qInfo("%s: %zu piece(s), %zu points, worst %.3f px", text.constData(), c.pieces, c.points,
          c.worstPx);
    QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));
    QVERIFY(c.worstPx <= 0.5);
    if (pieces >= 0)
        QCOMPARE(int(c.pieces), pieces);
    QVERIFY(c.points < 20000);
}

void TestCurveSampler::everyCatalogCurve() {
    // Every scalar activation, f, f' and f'', in a standard, a zoomed-in and a zoomed-out view.
    const PlotViewport views[] = {view(-5, 5, -2, 5), view(-0.37, 0.41, -0.3, 0.5),
                                  view(-60, 60, -10, 10)};
    int curves = 0;
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        if (!e.scalar)
            continue;
        const Subject s{e.scalar, e.spec.defaultParams()};
        for (CurveOrder order : {CurveOrder::Value, CurveOrder::First, CurveOrder::Second}) {
            for (const PlotViewport &v : views) {
                const auto lines = sampleCurve(*s.function, s.params, order, v);
                const Check c = checkPolylines(s, order, v, lines);
                QVERIFY2(c.failure.isEmpty(),
                         qPrintable(QStringLiteral("%1 order %2 view [%3, %4]: %5")
                                        .arg(QString::fromStdString(e.spec.id))
                                        .arg(int(order))
                                        .arg(v.xMin)
                                        .arg(v.xMax)
                                        .arg(c.failure)));
                QVERIFY(c.points < 5000);
                ++curves;
            }
        }
    }
    qInfo("%d curves checked", curves);
}

void TestCurveSampler::kinksAreExactVertices() {
    for (const char *id : {"relu", "relu6", "hard_tanh", "leaky_relu", "soft_shrink"}) {
        const Subject s = catalog(id);
        if (!s.function)
            continue;
        const PlotViewport v = view(-7.3, 7.1, -3, 7); // kinks never fall on a grid point
        const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
        const std::vector<Kink> kinks = s.function->kinks(s.params);
        QVERIFY2(!kinks.empty(), id);
        for (const Kink &k : kinks)
            QVERIFY2(hasVertex(lines, k.x, s.function->value(k.x, s.params)), id);
        QCOMPARE(lines.size(), std::size_t(1));
    }
}

void TestCurveSampler::derivativeBreaksAtKinks() {
    const Subject relu = catalog("relu");
    const auto lines =
        sampleCurve(*relu.function, relu.params, CurveOrder::First, view(-3.3, 2.9, -0.5, 1.5));
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines[0].back().x, 0.0);
    QCOMPARE(lines[0].back().y, 0.0);
    QCOMPARE(lines[1].front().x, 0.0);
    QCOMPARE(lines[1].front().y, 1.0);
    // f'' of relu is 0 on both sides: the sides meet, one piece.
    const auto second =
        sampleCurve(*relu.function, relu.params, CurveOrder::Second, view(-3, 3, -1, 1));
    QCOMPARE(second.size(), std::size_t(1));
    QVERIFY(second[0].size() <= 1280 / 4 + 2);
}

void TestCurveSampler::declaredJumpsBreakTheLine_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("jumpX");
    QTest::addColumn<double>("leftY");
    QTest::addColumn<double>("rightY");
    QTest::newRow("step") << QStringLiteral("step") << 0.0 << 0.0 << 1.0;
    QTest::newRow("threshold") << QStringLiteral("threshold") << 1.0 << 0.0 << 1.0;
    QTest::newRow("hard_shrink left") << QStringLiteral("hard_shrink") << -0.5 << -0.5 << 0.0;
    QTest::newRow("hard_shrink right") << QStringLiteral("hard_shrink") << 0.5 << 0.0 << 0.5;
}

void TestCurveSampler::declaredJumpsBreakTheLine() {
    QFETCH(QString, id);
    QFETCH(double, jumpX);
    QFETCH(double, leftY);
    QFETCH(double, rightY);
    const Subject s = catalog(id.toLatin1().constData());
    QVERIFY2(s.function, "missing from the catalog");
    const PlotViewport v = view(-3.1, 2.7, -1, 2);
    const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
    bool found = false;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].back().x == jumpX) {
            found = true;
            QVERIFY(std::abs(lines[i].back().y - leftY) < 1e-6);
            QCOMPARE(lines[i + 1].front().x, jumpX);
            QVERIFY(std::abs(lines[i + 1].front().y - rightY) < 1e-6);
        }
    }
    QVERIFY2(found, "no piece ends exactly at the jump");
}

void TestCurveSampler::undeclaredJumpsAreFound_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<double>("jump");
    QTest::newRow("step formula") << QStringLiteral("x > 0.3") << 2 << 0.3;
    QTest::newRow("threshold formula") << QStringLiteral("x > 1 ? x : 0") << 2 << 1.0;
    QTest::newRow("hard_shrink formula") << QStringLiteral("abs(x) > 0.5 ? x : 0") << 3 << 0.5;
    QTest::newRow("floor") << QStringLiteral("rint(x - 0.5)") << 11 << 1.0;
    QTest::newRow("relu' numerically") << QStringLiteral("relu(x)") << 2 << 0.0;
}

void TestCurveSampler::undeclaredJumpsAreFound() {
    QFETCH(QString, text);
    QFETCH(int, pieces);
    QFETCH(double, jump);
    const QByteArray utf8 = text.toUtf8();
    const Subject s = formula(utf8.constData());
    const bool derivative = text == QLatin1String("relu(x)");
    const CurveOrder order = derivative ? CurveOrder::First : CurveOrder::Value;
    const PlotViewport v = derivative ? view(-2.1, 1.9, -0.5, 1.5) : view(-5.1, 4.9, -6, 6);
    const auto lines = sampleCurve(*s.function, s.params, order, v);
    const Check c = checkPolylines(s, order, v, lines);
    QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));
    QCOMPARE(int(lines.size()), pieces);
    // The break sits within a hair (1e-4 px) of the true jump.
    bool near = false;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        near |= std::abs(lines[i].back().x - jump) < 1e-4 * v.pixelWidth &&
                std::abs(lines[i + 1].front().x - jump) < 1e-4 * v.pixelWidth;
    QVERIFY(near);
}

void TestCurveSampler::continuousSteepCurveIsNotBroken() {
    const Subject s = formula("tanh(2000*x)");
    const PlotViewport v = view(-1, 1, -1.5, 1.5);
    const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
    const Check c = checkPolylines(s, CurveOrder::Value, v, lines);
    QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));
    QCOMPARE(lines.size(), std::size_t(1));
}

void TestCurveSampler::nonFiniteValuesBreakTheLine() {
    {
        const Subject s = formula("1/x");
        const PlotViewport v = view(-3.3, 2.9, -5, 5);
        const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
        const Check c = checkPolylines(s, CurveOrder::Value, v, lines);
        QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));
        QCOMPARE(lines.size(), std::size_t(2));
        QVERIFY(lines[0].back().y < v.yMin); // leaves the view downwards
        QVERIFY(lines[1].front().y > v.yMax);
    }
    {
        const Subject s = formula("sqrt(x)");
        const PlotViewport v = view(-2, 4, -1, 3);
        const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
        const Check c = checkPolylines(s, CurveOrder::Value, v, lines);
        QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));
        QCOMPARE(lines.size(), std::size_t(1));
        QVERIFY(lines[0].front().x >= 0 && lines[0].front().x < v.pixelWidth / 32);
    }
    {
        // A formula that is NaN on alternate intervals.
        const Subject s = formula("sin(x) > 0 ? 1 : sqrt(-1)");
        const PlotViewport v = view(-10, 10, -1, 2);
        const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
        // sin(x) > 0 on [−10, −3π), (−2π, −π), (0, π) and (2π, 3π).
        QCOMPARE(lines.size(), std::size_t(4));
        for (const Polyline &line : lines)
            for (const CurvePoint &p : line)
                QCOMPARE(p.y, 1.0);
    }
}

void TestCurveSampler::farPointsAreClipped() {
    const Subject s = formula("exp(x)");
    const PlotViewport v = view(-5, 800, -1, 4);
    const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
    QCOMPARE(lines.size(), std::size_t(1));
    const Polyline &line = lines[0];
    QVERIFY2(line.size() < 60, qPrintable(QString::number(line.size())));
    const double edge = v.yMax + 8 * v.pixelHeight;
    for (const CurvePoint &p : line)
        QVERIFY(p.y <= edge * (1 + 1e-12));
    QVERIFY(line.back().y > v.yMax); // the line leaves the view
    QVERIFY(line.back().x < std::log(edge) + 2 * v.pixelWidth);
    const Check c = checkPolylines(s, CurveOrder::Value, v, lines);
    QVERIFY2(c.failure.isEmpty(), qPrintable(c.failure));

    // 1e300 and beyond, in both directions.
    const Subject cube = formula("x^101");
    const PlotViewport wide = view(-1e3, 1e3, -2, 2);
    const auto cubeLines = sampleCurve(*cube.function, cube.params, CurveOrder::Value, wide);
    QCOMPARE(cubeLines.size(), std::size_t(1));
    // The visible part is one pixel column in which the curve rises 800 px and bends hard: it
    // takes a few hundred vertices there, none for the 1e303-high walls on either side.
    QVERIFY2(cubeLines[0].size() < 400, qPrintable(QString::number(cubeLines[0].size())));
    QVERIFY(cubeLines[0].front().y < wide.yMin && cubeLines[0].back().y > wide.yMax);
}

void TestCurveSampler::straightLineNeedsFewPoints() {
    const Subject s = formula("2*x + 1");
    const PlotViewport v = view(-3, 1, -5, 3);
    const auto lines = sampleCurve(*s.function, s.params, CurveOrder::Value, v);
    QCOMPARE(lines.size(), std::size_t(1));
    QVERIFY(lines[0].size() <= 1280 / 4 + 1);
    QCOMPARE(lines[0].front().x, v.xMin);
    QCOMPARE(lines[0].back().x, v.xMax);
}

void TestCurveSampler::invalidViewportGivesNothing() {
    const Subject s = formula("x");
    PlotViewport v = view(-1, 1, -1, 1);
    v.pixelWidth = 0;
    QVERIFY(sampleCurve(*s.function, s.params, CurveOrder::Value, v).empty());
    v = view(1, -1, -1, 1);
    QVERIFY(sampleCurve(*s.function, s.params, CurveOrder::Value, v).empty());
    v = view(-1, 1, -1, 1);
    v.yMax = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(sampleCurve(*s.function, s.params, CurveOrder::Value, v).empty());
}

QTEST_APPLESS_MAIN(TestCurveSampler)
#include "tst_curvesampler.moc"
