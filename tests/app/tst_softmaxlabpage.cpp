// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <qcustomplot.h>

#include "catalogtext.h"
#include "englishcheck.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "softmax/jacobianheatmap.h"
#include "softmax/logiteditor.h"
#include "softmax/softmaxbarchart.h"
#include "softmax/softmaxlabpage.h"
#include "softmax/softmaxsteptable.h"
#include "uinumber.h"
#include "uiwords.h"
#include "unsavedchanges.h"

/** The softmax lab: logits in, the family's bars, the step table, the naive route, Jacobian. */
class TestSoftmaxLabPage : public QObject {
    Q_OBJECT

private slots:
    // Closing an edited main window must not wait for the unsaved-changes question.
    void initTestCase() { discardUnsavedChangesQuestions(); }
    void init() {
        SettingsKeys::softmaxLogits.set({});
        SettingsKeys::softmaxTemperature.set(1.0);
    }

    void opensOnTheTutorialExample() {
        SoftmaxLabPage page;
        QCOMPARE(page.editor()->logits(), (std::vector<double>{2.0, 1.0, 0.1}));
        SoftmaxStepTable *table = page.stepTable();
        QCOMPARE(table->columnCount(), 4); // x1..x3 and Σ
        const char *const expected[] = {"0.659", "0.242", "0.099"};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(table->cellText(SoftmaxStepTable::Softmax, i),
                     UiNumber::real(QString::fromLatin1(expected[i]).toDouble(), 'f', 3));
        QCOMPARE(table->cellText(SoftmaxStepTable::Shifted, 1), UiNumber::real(-1.0, 'g', 4));
        QCOMPARE(table->cellText(SoftmaxStepTable::Exponentials, 3), UiNumber::real(1.517, 'g', 4));
        QCOMPARE(table->cellText(SoftmaxStepTable::Softmax, 3), UiNumber::real(1.0, 'f', 3));
        const std::vector<double> &bars = page.barChart(0)->values();
        QCOMPARE(int(bars.size()), 3);
        QVERIFY(qAbs(bars[0] - 0.659) < 5e-4);
        QVERIFY(page.barChart(1)->values()[0] < 0);                             // log_softmax
        QVERIFY(page.barChart(2)->values()[2] > page.barChart(2)->values()[0]); // softmin
        QCOMPARE(page.barChart(3)->values()[0], 1.0);                           // sparsemax
    }

    void editsUpdateEveryView() {
        SoftmaxLabPage page;
        page.editor()->logitBox(1)->setValue(2.0); // x2 = x1: two equal leaders
        QVERIFY(qAbs(page.barChart(0)->values()[0] - page.barChart(0)->values()[1]) < 1e-15);
        QCOMPARE(page.editor()->logitSlider(1)->value(), 20);

        page.editor()->countBox()->setValue(5);
        QCOMPARE(page.stepTable()->columnCount(), 6);
        QCOMPARE(int(page.barChart(3)->values().size()), 5);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(page.jacobianView()->cell(i, i) > 0);
            QVERIFY(page.jacobianView()->cell(i, (i + 1) % 5) <= 0);
        }
        // A value typed beyond the teaching range widens that slider.
        page.editor()->logitBox(4)->setValue(25.0);
        QVERIFY(page.editor()->logitSlider(4)->maximum() >= 250);
        QCOMPARE(page.editor()->logitSlider(4)->value(), 250);
        QCOMPARE(page.barChart(0)->values()[4] > 0.999, true);
    }

    void temperatureSharpensAndFlattens() {
        SoftmaxLabPage page;
        QSlider *slider = page.editor()->temperatureSlider();
        slider->setValue(slider->minimum()); // T = 0.01: argmax
        QVERIFY(qAbs(page.editor()->temperature() - 0.01) < 1e-12);
        QVERIFY(page.barChart(0)->values()[0] > 1 - 1e-12);
        slider->setValue(slider->maximum()); // T = 100: nearly uniform
        for (double p : page.barChart(0)->values())
            QVERIFY(qAbs(p - 1.0 / 3) < 0.01);
        page.editor()->temperatureBox()->setValue(1.0);
        QCOMPARE(slider->value(), 0);
    }

    void hugeLogitsShowTheNaiveRouteFailing() {
        SoftmaxLabPage page;
        const QString agreeing = page.naiveLabel()->text();
        page.hugeLogitsButton()->click();
        QCOMPARE(page.editor()->logits(), (std::vector<double>{1000.0, 0.0, -1000.0}));
        QVERIFY(page.naiveLabel()->text() != agreeing);
        SoftmaxStepTable *table = page.stepTable();
        QCOMPARE(table->cellText(SoftmaxStepTable::Softmax, 0), UiNumber::real(1.0, 'f', 3));
        QCOMPARE(table->cellText(SoftmaxStepTable::NaiveExponentials, 0),
                 UiNumber::real(qInf(), 'g', 4));
        QCOMPARE(table->cellText(SoftmaxStepTable::NaiveSoftmax, 0),
                 UiNumber::real(qQNaN(), 'f', 3));
        // the two-class case: softmax([1000, 0])₁ = σ(1000) = 1
        QVERIFY(page.twoClassLabel()->text().contains(UiNumber::real(1.0, 'g', 10)));
    }

    void remembersTheVectorAcrossRestarts() {
        {
            SoftmaxLabPage page;
            page.setLogits({0.5, -1.5, 3.0, 0.0}, 2.5);
        }
        SoftmaxLabPage again;
        QCOMPARE(again.editor()->logits(), (std::vector<double>{0.5, -1.5, 3.0, 0.0}));
        QCOMPARE(again.editor()->temperature(), 2.5);
        // A damaged setting falls back to the tutorial's vector rather than failing.
        SettingsKeys::softmaxLogits.set({QVariant(1.0)});
        SoftmaxLabPage fallback;
        QCOMPARE(fallback.editor()->logits(), (std::vector<double>{2.0, 1.0, 0.1}));
    }

    void mainWindowShowsItOnF6() {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.softmaxLabPage());
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(window.page(), MainWindow::Page::Softmax);
        QVERIFY(window.softmaxLabPage() && window.softmaxLabPage()->isVisible());
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.page(), MainWindow::Page::Explorer);
        QVERIFY(!window.softmaxLabPage()->isVisible());
        QCOMPARE(MainWindow::pageFromKey(QStringLiteral("softmax")), MainWindow::Page::Softmax);
    }

    void chineseLeavesNoEnglish() {
        LanguageManager languages;
        SoftmaxLabPage page;
        page.resize(1024, 700);
        page.show();
        page.hugeLogitsButton()->click(); // the failing-route text too
        const QString before = page.stepTable()->verticalHeaderItem(0)->text();
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY(page.stepTable()->verticalHeaderItem(0)->text() != before);

        QSet<QString> allowed =
            UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
        for (const char *w : {"argmax", "diag", "log_softmax", "softmin", "inf", "nan"})
            allowed << QString::fromLatin1(w);
        EnglishCheck english(allowed);
        english.widgets(&page);
        SoftmaxStepTable *table = page.stepTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            english.check(QStringLiteral("row"), table->verticalHeaderItem(r)->text());
            english.check(QStringLiteral("row tooltip"), table->verticalHeaderItem(r)->toolTip());
        }
        for (QCustomPlot *plot : page.findChildren<QCustomPlot *>())
            for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
                if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
                    english.check(QStringLiteral("chart title"), title->text());
        QVERIFY2(english.problems().isEmpty(), qPrintable(english.report()));
        languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSoftmaxLabPage)
#include "tst_softmaxlabpage.moc"
