// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include "catalogtext.h"
#include "depth/depthcurvesview.h"
#include "depth/depthhistogramview.h"
#include "depth/depthlabfile.h"
#include "depth/depthlabpage.h"
#include "depth/depthsettingspanel.h"
#include "depth/phasediagramview.h"
#include "englishcheck.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "uiwords.h"
#include "unsavedchanges.h"

using namespace actlab::depth;

namespace {

/// Small enough to measure in a moment, deep enough to show the effects.
DepthLabSetup quickSetup() {
    DepthLabSetup s = DepthLabSetup::defaults();
    s.depth = 12;
    s.width = 64;
    s.batch = 32;
    return s;
}

bool waitUntilUpToDate(DepthLabPage &page) {
    return QTest::qWaitFor([&] { return page.isUpToDate(); }, 60000);
}

} // namespace

/** The depth-lab page: settings, the worker's results in every view, files, languages. */
class TestDepthLabPage : public QObject {
    Q_OBJECT

private slots:
    // Closing an edited main window must not wait for the unsaved-changes question.
    void initTestCase() { discardUnsavedChangesQuestions(); }
    void defaultsMeasureAndPredictEveryConfiguration();
    void editsRecomputeWithoutBlocking();
    void draggingAPointSetsExplicitVariances();
    void saveAndOpenRoundTrip();
    void damagedFilesLeaveTheLabUntouched_data();
    void damagedFilesLeaveTheLabUntouched();
    void mainWindowShowsItOnF4();
    void chineseLeavesNoEnglish();
};

void TestDepthLabPage::defaultsMeasureAndPredictEveryConfiguration() {
    DepthLabPage page;
    page.setSetup(quickSetup());
    QVERIFY(waitUntilUpToDate(page));
    QCOMPARE(int(page.reports().size()), 5);
    for (const auto &report : page.reports()) {
        QVERIFY(report);
        QCOMPARE(int(report->measured.layers.size()), 13);
        QCOMPARE(int(report->predicted.size()), 13);
    }
    // ReLU with He normal sits at the edge of chaos; sigmoid with Glorot deep in the ordered phase.
    QVERIFY(qAbs(page.reports()[2]->theory.chi1 - 1) < 1e-9);
    QVERIFY(page.reports()[0]->theory.chi1 < 0.1);
    // 5 configurations × 4 panels × (measured + predicted); the input layer of unit health
    // is measured too, so every graph has data.
    QCOMPARE(page.curvesView()->graphCountWithData(), 5 * 8);
    QCOMPARE(page.histogramView()->stripCount(), 5);
    QVERIFY(QTest::qWaitFor([&] { return page.phaseView()->hasDiagram(); }, 30000));
    // χ₁ and the phase are listed beside every configuration.
    QTableWidget *table = page.settingsPanel()->table();
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(table->item(2, 2)->text().contains(DepthLabPage::tr("critical")));
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("12")));
}

void TestDepthLabPage::editsRecomputeWithoutBlocking() {
    DepthLabPage page;
    page.setSetup(quickSetup());
    // A burst of edits, as a dragged spin box makes: each replaces the last, nothing queues.
    for (int depth = 5; depth <= 25; ++depth)
        page.settingsPanel()->depthSpin()->setValue(depth);
    QCOMPARE(page.setup().depth, 25);
    QVERIFY(waitUntilUpToDate(page));
    QCOMPARE(int(page.reports()[1]->measured.layers.size()), 26);
    // Adding a configuration copies the selected one and measures it too.
    page.settingsPanel()->addButton()->click();
    QCOMPARE(int(page.setup().configurations.size()), 6);
    QVERIFY(waitUntilUpToDate(page));
    QCOMPARE(int(page.reports().size()), 6);
    page.settingsPanel()->removeButton()->click();
    QCOMPARE(int(page.setup().configurations.size()), 5);
}

void TestDepthLabPage::draggingAPointSetsExplicitVariances() {
    DepthLabPage page;
    page.setSetup(quickSetup());
    page.settingsPanel()->selectConfiguration(1); // tanh
    page.phaseView()->dragPoint(1, 2.5, 0.1);
    const DepthConfiguration &c = page.setup().configurations[1];
    QVERIFY(!c.initializer);
    QCOMPARE(c.weightVariance, 2.5);
    QCOMPARE(c.biasVariance, 0.1);
    QVERIFY(waitUntilUpToDate(page));
    QCOMPARE(page.reports()[1]->theory.phase, Phase::Chaotic);
    QVERIFY(page.reports()[1]->theory.cStar.value_or(1) < 1);
}

void TestDepthLabPage::saveAndOpenRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.actlab-depth.json"));
    DepthLabSetup s = quickSetup();
    s.configurations[0].activation = {};
    s.configurations[0].activation.formula = "x*sigmoid(x)";
    s.configurations[2].activation.params = {0.1, INFINITY, 0}; // relu: slope, max, threshold
    s.configurations[3].initializer.reset();
    s.configurations[3].weightVariance = 1.25;
    s.configurations[4].visible = false;
    s.dropout = DropoutKind::Alpha;
    s.dropoutRate = 0.2;
    s.seed = 77;
    s.phaseConfiguration = 3;
    DepthLabPage page;
    page.setSetup(s);
    QCOMPARE(page.saveFile(path), QString());
    DepthLabPage other;
    QCOMPARE(other.openFile(path, false), QString());
    QCOMPARE(other.setup(), s);
    QVERIFY(DepthLabFile::isDepthLabFile(path));
}

void TestDepthLabPage::damagedFilesLeaveTheLabUntouched_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mention");
    const QByteArray good = QJsonDocument(quickSetup().toJson()).toJson(QJsonDocument::Indented);
    QTest::newRow("not json") << QByteArray("depth lab?") << "JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "JSON";
    QTest::newRow("other format") << QByteArray(R"({"format": "actlab-playground"})") << "depth";
    QByteArray newer = good;
    newer.replace("\"version\": 1", "\"version\": 99");
    QTest::newRow("newer version") << newer << "version";
    QByteArray badDepth = good;
    badDepth.replace("\"depth\": 12", "\"depth\": 9999");
    QTest::newRow("depth out of range") << badDepth << "depth";
}

void TestDepthLabPage::damagedFilesLeaveTheLabUntouched() {
    QFETCH(QByteArray, content);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    DepthLabPage page;
    DepthLabSetup before = quickSetup();
    before.depth = 7;
    page.setSetup(before);
    const QString error = page.openFile(path, false);
    QVERIFY2(error.contains(mention), qPrintable(error));
    QCOMPARE(page.setup(), before);
}

void TestDepthLabPage::mainWindowShowsItOnF4() {
    LanguageManager languages;
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.depthLabPage()); // built on first use
    QTest::keyClick(&window, Qt::Key_F4);
    QCOMPARE(window.page(), MainWindow::Page::Depth);
    QVERIFY(window.depthLabPage());
    QVERIFY(window.depthLabPage()->isVisible());
    QTest::keyClick(&window, Qt::Key_F2);
    QCOMPARE(window.page(), MainWindow::Page::Explorer);
    QVERIFY(!window.depthLabPage()->isVisible());
}

void TestDepthLabPage::chineseLeavesNoEnglish() {
    LanguageManager languages;
    DepthLabPage page;
    page.resize(1280, 800);
    page.show();
    const QString englishTab = page.tabs()->tabText(0);
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    QVERIFY(page.tabs()->tabText(0) != englishTab);

    QSet<QString> allowed = UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
    for (const char *w : {"Glorot", "He", "LeCun", "x", "sigmoid"}) // proper names, code
        allowed << QString::fromLatin1(w);
    EnglishCheck english(allowed);
    const auto check = [&](const QString &where, const QString &text) {
        english.check(where, text);
    };
    english.widgets(&page);
    for (const QComboBox *combo : page.findChildren<QComboBox *>())
        for (int i = 0; i < combo->count(); ++i)
            if (combo != page.settingsPanel()->activationCombo()) // ids and catalog names
                check(QStringLiteral("combo"), combo->itemText(i));
    for (int i = 0; i < page.tabs()->count(); ++i)
        check(QStringLiteral("tab"), page.tabs()->tabText(i));
    QTableWidget *table = page.settingsPanel()->table();
    for (int c = 0; c < table->columnCount(); ++c)
        check(QStringLiteral("header"), table->horizontalHeaderItem(c)->text());
    for (QCustomPlot *plot : {page.curvesView()->customPlot(), page.phaseView()->customPlot()})
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes())
                check(QStringLiteral("axis"), axis->label());
    QVERIFY2(english.problems().isEmpty(), qPrintable(english.report()));
    languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestDepthLabPage)
#include "tst_depthlabpage.moc"
