// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <qcustomplot.h>

#include "catalogtext.h"
#include "englishcheck.h"
#include "explorer/relationspanel.h"
#include "languagemanager.h"
#include "relations/identities.h"
#include "uinumber.h"
#include "uiwords.h"

namespace {

/// The pins the panel sends when its button is clicked for the identity `key`.
QList<Pin> pinsSentFor(RelationsPanel &panel, const char *key) {
    QList<Pin> sent;
    int emitted = 0;
    const auto connection =
        QObject::connect(&panel, &RelationsPanel::openAsPins, [&](const QList<Pin> &pins) {
            sent = pins;
            ++emitted;
        });
    if (!panel.selectIdentity(QString::fromLatin1(key)))
        qFatal("identity %s not listed", key);
    QTest::mouseClick(panel.openButton(), Qt::LeftButton);
    QObject::disconnect(connection);
    if (emitted != 1)
        qFatal("openAsPins emitted %d times", emitted);
    return sent;
}

} // namespace

/** The relations panel: identities stated, drawn as two curves, their gap measured, pinned. */
class TestRelationsPanel : public QObject {
    Q_OBJECT

private slots:
    void listsTheSevenIdentities() {
        RelationsPanel panel;
        QCOMPARE(panel.count(), 7);
        QCOMPARE(panel.list()->count(), 7);
        QCOMPARE(panel.currentIndex(), 0); // one is shown from the start
        QStringList formulas;
        for (int row = 0; row < panel.list()->count(); ++row)
            formulas << panel.list()->item(row)->text();
        QCOMPARE(formulas.first(), QStringLiteral("tanh(x) = 2σ(2x) − 1"));
        const QString all = formulas.join(u'\n');
        for (const char *symbol : {"σ", "λ", "α", "′", "≈", "|x|"})
            QVERIFY2(all.contains(QString::fromUtf8(symbol)), symbol);
        QVERIFY(formulas.contains(QStringLiteral("GELU(x) ≈ x·σ(1.702x)")));
        QVERIFY(panel.selectIdentity(QStringLiteral("selu_elu")));
        QCOMPARE(panel.currentKey(), QStringLiteral("selu_elu"));
        QVERIFY(!panel.selectIdentity(QStringLiteral("nonsense")));
    }

    void eachShowsTwoCurvesAndTheirLargestDifference() {
        RelationsPanel panel;
        panel.resize(500, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int row = 0; row < panel.count(); ++row) {
            panel.setCurrentIndex(row);
            const actlab::Identity &identity = actlab::identities()[std::size_t(row)];
            QCOMPARE(panel.currentKey(), QString::fromStdString(identity.key));
            QCustomPlot *plot = panel.customPlot();
            QCOMPARE(plot->graphCount(), 2);
            QCOMPARE(plot->graph(0)->dataCount(), RelationsPanel::kSamples);
            QCOMPARE(plot->graph(1)->dataCount(), RelationsPanel::kSamples);
            QCOMPARE(plot->graph(0)->pen().style(), Qt::SolidLine);
            QCOMPARE(plot->graph(1)->pen().style(), Qt::DashLine); // coincidence stays visible
            QCOMPARE(plot->graph(0)->name(), QString::fromUtf8(identity.lhsLabel));
            QCOMPARE(plot->graph(1)->name(), QString::fromUtf8(identity.rhsLabel));
            // What is drawn is each side, from the core.
            const auto point = plot->graph(1)->data()->at(123);
            QCOMPARE(point->value, identity.rhs(point->key));
            QCOMPARE(plot->graph(0)->data()->at(600)->value,
                     identity.lhs(plot->graph(0)->data()->at(600)->key));

            // The dotted line stands where the gap is largest.
            QVERIFY(panel.marker()->visible());
            QCOMPARE(panel.marker()->point1->coords().x(), panel.comparison().maxDifferenceAt);
            QCOMPARE(panel.marker()->point2->coords().x(), panel.comparison().maxDifferenceAt);

            const QString label = panel.differenceLabel()->text();
            QVERIFY2(label.startsWith(QStringLiteral("Largest difference on [%1, %2]: ")
                                          .arg(UiNumber::real(-8), UiNumber::real(8))),
                     qPrintable(label));
            const double d = panel.comparison().maxDifference;
            if (identity.exact) {
                QVERIFY2(d <= 1e-14, qPrintable(QString::number(d)));
                // Rounding-sized: "2.2e-16", or "0" when not one bit apart.
                QVERIFY2(label.contains(d == 0
                                            ? QStringLiteral(": 0 at")
                                            : UiNumber::scientific(d, 2) + QStringLiteral(" at")),
                         qPrintable(label));
                QVERIFY(d == 0 || label.contains(QStringLiteral("e-1")));
            } else {
                QVERIFY2(std::fabs(d - 0.0203) < 1e-4, qPrintable(QString::number(d)));
                QVERIFY2(label.contains(QStringLiteral(": 0.0203 at x = ")), qPrintable(label));
                QVERIFY2(label.endsWith(QStringLiteral("2.28")), qPrintable(label)); // ±2.28
            }
        }
    }

    void theDifferenceFollowsTheVisibleRange() {
        RelationsPanel panel;
        QVERIFY(panel.selectIdentity(QStringLiteral("gelu_sigmoid")));
        panel.setXRange(-1, 1);
        // On [−1, 1] the sampled gap peaks at 0.0063615 at x = ±0.755 (mpmath, 801 points),
        // well below its 0.0203 at ±2.27.
        QVERIFY(std::fabs(panel.comparison().maxDifference - 0.0063615345) < 1e-8);
        QVERIFY(std::fabs(std::fabs(panel.comparison().maxDifferenceAt) - 0.755) < 1e-12);
        QVERIFY(panel.differenceLabel()->text().startsWith(
            QStringLiteral("Largest difference on [-1, 1]: ")));
        QCOMPARE(panel.customPlot()->graph(0)->dataCount(), RelationsPanel::kSamples);
        // Changing the identity keeps the range.
        panel.setCurrentIndex(0);
        QCOMPARE(panel.comparison().x.front(), -1.0);
        QCOMPARE(panel.comparison().x.back(), 1.0);
    }

    void openAsPinsSendsIdsAndParameters() {
        RelationsPanel panel;
        const double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(pinsSentFor(panel, "tanh_sigmoid"),
                 (QList<Pin>{{QStringLiteral("tanh"), {}, {}, true},
                             {QStringLiteral("sigmoid"), {}, {}, true}}));
        QCOMPARE(pinsSentFor(panel, "softplus_sigmoid"),
                 (QList<Pin>{{QStringLiteral("softplus"), {1.0, inf}, {}, true},
                             {QStringLiteral("sigmoid"), {}, {}, true}}));
        QCOMPARE(pinsSentFor(panel, "gelu_sigmoid"),
                 (QList<Pin>{{QStringLiteral("gelu"), {0.0}, {}, true},
                             {QStringLiteral("silu"), {1.702}, {}, true}}));
        QCOMPARE(pinsSentFor(panel, "softmax_sigmoid"),
                 (QList<Pin>{{QStringLiteral("softmax"), {1.0}, {}, true},
                             {QStringLiteral("sigmoid"), {}, {}, true}}));
        QCOMPARE(pinsSentFor(panel, "relu_abs"),
                 (QList<Pin>{{QStringLiteral("relu"), {0.0, inf, 0.0}, {}, true}}));
        QCOMPARE(pinsSentFor(panel, "selu_elu"),
                 (QList<Pin>{{QStringLiteral("selu"), {}, {}, true},
                             {QStringLiteral("elu"), {1.6732632423543772}, {}, true}}));
        // The button says what it pins.
        QVERIFY(panel.openButton()->toolTip().contains(QStringLiteral("alpha = 1.673")));
    }

    void followsTheTheme() {
        RelationsPanel panel;
        const QColor light = panel.customPlot()->graph(0)->pen().color();
        panel.setTheme(PlotTheme::Dark);
        QCOMPARE(panel.theme(), PlotTheme::Dark);
        QVERIFY(panel.customPlot()->graph(0)->pen().color() != light);
        QCOMPARE(panel.customPlot()->graph(1)->pen().style(), Qt::DashLine);
    }

    void retranslatesOnLanguageChange() {
        LanguageManager languages;
        RelationsPanel panel;
        panel.resize(500, 700);
        panel.show();
        QVERIFY(panel.selectIdentity(QStringLiteral("gelu_sigmoid")));
        const QString difference = panel.differenceLabel()->text();
        const QString button = panel.openButton()->text();
        const QString tip = panel.openButton()->toolTip();
        const QString axis = panel.customPlot()->xAxis->label();
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY(panel.differenceLabel()->text() != difference);
        QVERIFY(panel.differenceLabel()->text().contains(UiNumber::real(0.0203, 'g', 3)));
        QVERIFY(panel.openButton()->text() != button);
        QVERIFY(panel.openButton()->toolTip() != tip);
        QVERIFY(panel.customPlot()->xAxis->label() != axis);

        QSet<QString> allowed =
            UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
        allowed << QStringLiteral("x");
        EnglishCheck english(allowed);
        english.widgets(&panel);
        for (int row = 0; row < panel.count(); ++row) {
            panel.setCurrentIndex(row); // every title, explanation and tooltip in Chinese
            english.widgets(&panel);
            english.check(QStringLiteral("item"), panel.list()->item(row)->text());
            english.check(QStringLiteral("item tooltip"), panel.list()->item(row)->toolTip());
            for (int g = 0; g < 2; ++g)
                english.check(QStringLiteral("legend"), panel.customPlot()->graph(g)->name());
        }
        english.check(QStringLiteral("axis"), panel.customPlot()->xAxis->label());
        english.check(QStringLiteral("axis"), panel.customPlot()->yAxis->label());
        QVERIFY2(english.problems().isEmpty(), qPrintable(english.report()));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QVERIFY(panel.selectIdentity(QStringLiteral("gelu_sigmoid")));
        QCOMPARE(panel.differenceLabel()->text(), difference);
        QCOMPARE(panel.openButton()->text(), button);
    }
};

QTEST_MAIN(TestRelationsPanel)
#include "tst_relationspanel.moc"
