// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "explorer/explorerviews.h"
#include "export/exportdialog.h"
#include "export/figureexporter.h"
#include "languagemanager.h"
#include "plot/plotview.h"

using namespace actlab;

namespace {

PlottedActivation activation(const char *id) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e)
        qFatal("unknown activation %s", id);
    return {QString::fromLatin1(id), e->scalar, e->spec.defaultParams(), &e->spec, {}, -1};
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/** Figure export: every format is a valid file, and a failure leaves nothing behind. */
class TestExport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formatFromSuffix();
    void png();
    void svg();
    void pdf();
    void csv();
    void csvQuotesFormulaIds();
    void exportSizeDoesNotChangeTheScreen();
    void failureLeavesNoFile_data();
    void failureLeavesNoFile();
    void failureKeepsExistingFile();
    void invalidOptions();
    void clipboard();
    void dialogExportsAndFollowsFormat();
    void dialogInChinese();
    void everyViewExportsAndPrints_data();
    void everyViewExportsAndPrints();

private:
    std::unique_ptr<PlotView> m_view;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_view = std::make_unique<PlotView>();
    m_view->resize(800, 500);
    m_view->setDerivativeVisible(1, true);
    m_view->setActivations({activation("step"), activation("sigmoid")});
    m_view->refreshNow();
}

void TestExport::cleanup() {
    m_view.reset();
    m_dir.reset();
}

void TestExport::formatFromSuffix() {
    QCOMPARE(FigureExporter::formatForFile(QStringLiteral("a/b.PNG")), FigureFormat::Png);
    QCOMPARE(FigureExporter::formatForFile(QStringLiteral("b.svg")), FigureFormat::Svg);
    QCOMPARE(FigureExporter::formatForFile(QStringLiteral("b.pdf")), FigureFormat::Pdf);
    QCOMPARE(FigureExporter::formatForFile(QStringLiteral("b.csv")), FigureFormat::Csv);
    QVERIFY(!FigureExporter::formatForFile(QStringLiteral("b.gif")));
    QVERIFY(!FigureExporter::formatForFile(QStringLiteral("png")));
}

void TestExport::png() {
    const QString path = m_dir->filePath(QStringLiteral("figure.png"));
    const QString error =
        FigureExporter::save(m_view.get(), path, FigureFormat::Png, {QSize(640, 400), 2});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage img(path);
    QCOMPARE(img.size(), QSize(1280, 800));
    // Something was drawn: the image is not one flat colour.
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            colours.insert(img.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("figure.png")});
}

void TestExport::svg() {
    const QString path = m_dir->filePath(QStringLiteral("figure.svg"));
    const QString error =
        FigureExporter::save(m_view.get(), path, FigureFormat::Svg, {QSize(900, 600), 1});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QXmlStreamReader xml(bytes);
    int elements = 0, paths = 0;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (!elements++)
                root = xml.name().toString();
            paths += xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline");
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(paths > 10);
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 600));
    QVERIFY(bytes.contains("input x")); // text stays text
    // Every font names a real family, a CJK one for Chinese text and the generic fallback, so
    // browsers and Inkscape keep the text (Qt's alias "Sans Serif" means nothing to them).
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    int families = 0;
    for (const QRegularExpressionMatch &m : family.globalMatch(QString::fromUtf8(bytes))) {
        ++families;
        const QString list = m.captured(1);
        QVERIFY2(list.endsWith(QLatin1String("sans-serif")), qPrintable(list));
        QVERIFY2(list.contains(QLatin1String("Noto Sans CJK SC")), qPrintable(list));
        QVERIFY2(!list.startsWith(QLatin1String("Sans Serif")), qPrintable(list));
    }
    QVERIFY(families > 0);
}

void TestExport::pdf() {
    const QString path = m_dir->filePath(QStringLiteral("figure.pdf"));
    const QString error =
        FigureExporter::save(m_view.get(), path, FigureFormat::Pdf, {QSize(800, 500), 1});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 2000);
    // The page is the figure's size in points.
    QVERIFY(bytes.contains("/MediaBox [0 0 800.000000 500.000000]"));
}

void TestExport::csv() {
    const QString path = m_dir->filePath(QStringLiteral("curves.csv"));
    const QString error = FigureExporter::save(m_view.get(), path, FigureFormat::Csv, {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QByteArray> lines = readAll(path).split('\n');
    QCOMPARE(lines.first(), QByteArray("curve,order,piece,x,y"));
    QVERIFY(lines.last().isEmpty()); // ends with a newline

    std::size_t expectedRows = 0;
    for (const auto &c : m_view->sampledCurves())
        for (const auto &piece : c.pieces)
            expectedRows += piece.size();
    QCOMPARE(std::size_t(lines.size() - 2), expectedRows);

    QSet<QByteArray> stepPieces, curves;
    int sigmoidRows = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        QCOMPARE(f.size(), 5);
        curves.insert(f[0] + ',' + f[1]);
        bool okX = false, okY = false;
        const double x = f[3].toDouble(&okX);
        const double y = f[4].toDouble(&okY);
        QVERIFY(okX && okY);
        if (f[0] == "step" && f[1] == "0") {
            // Each side of the jump in its own piece: 0 up to x = 0, 1 from there on.
            stepPieces.insert(f[2]);
            QCOMPARE(y, f[2] == "1" ? 1.0 : 0.0);
            QVERIFY(f[2] == "1" ? x >= 0 : x <= 0);
        }
        if (f[0] == "sigmoid" && f[1] == "0" && y > -0.1 && y < 1.1) {
            // Numbers round-trip exactly.
            QCOMPARE(y, 1 / (1 + std::exp(-x)));
            ++sigmoidRows;
        }
    }
    QCOMPARE(stepPieces.size(), 2);
    QCOMPARE(curves.size(), 4); // step f, f′; sigmoid f, f′
    QVERIFY(sigmoidRows > 20);
}

void TestExport::csvQuotesFormulaIds() {
    PlottedActivation f = activation("relu");
    f.id = QStringLiteral("expr:max(0,x)");
    f.spec = nullptr;
    m_view->setActivations({f});
    m_view->refreshNow();
    const QByteArray text = m_view->csv();
    QVERIFY(text.contains("\n\"expr:max(0,x)\",0,0,"));
}

void TestExport::exportSizeDoesNotChangeTheScreen() {
    QCustomPlot *plot = m_view->customPlot();
    const QCPRange before = plot->xAxis->range();
    const QRect viewport = plot->viewport();
    const QImage big = FigureExporter::image(m_view.get(), {QSize(1600, 1000), 2});
    QCOMPARE(big.size(), QSize(3200, 2000));
    QCOMPARE(plot->xAxis->range(), before);
    QCOMPARE(plot->viewport(), viewport);
    // Back on screen, the curves are sampled for the screen again.
    m_view->refreshNow();
    const auto curves = m_view->sampledCurves();
    QVERIFY(!curves.empty());
}

void TestExport::failureLeavesNoFile_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(FigureFormat::Png);
    QTest::newRow("svg") << int(FigureFormat::Svg);
    QTest::newRow("pdf") << int(FigureFormat::Pdf);
    QTest::newRow("csv") << int(FigureFormat::Csv);
}

void TestExport::failureLeavesNoFile() {
    QFETCH(int, format);
    // A regular file where a directory should be: unwritable even for root.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-dir")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath(QStringLiteral("not-a-dir/figure.out"));
    const QString error =
        FigureExporter::save(m_view.get(), path, FigureFormat(format), {QSize(400, 300), 1});
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("figure.out")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("not-a-dir")});
}

void TestExport::failureKeepsExistingFile() {
    // The target is a directory: the write fails, and nothing in the folder changes.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("taken.png")));
    const QString path = m_dir->filePath(QStringLiteral("taken.png"));
    const QString error =
        FigureExporter::save(m_view.get(), path, FigureFormat::Png, {QSize(400, 300), 1});
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("taken.png")});

    // A successful export replaces an older file completely.
    const QString file = m_dir->filePath(QStringLiteral("old.csv"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(1 << 20, 'x'));
    old.close();
    QVERIFY(FigureExporter::save(m_view.get(), file, FigureFormat::Csv, {}).isEmpty());
    QVERIFY(readAll(file).startsWith("curve,order"));
    QVERIFY(!readAll(file).contains("xxxx"));
}

void TestExport::invalidOptions() {
    const QString path = m_dir->filePath(QStringLiteral("tiny.png"));
    QVERIFY(
        !FigureExporter::save(m_view.get(), path, FigureFormat::Png, {QSize(4, 4), 1}).isEmpty());
    QVERIFY(!FigureExporter::save(m_view.get(), path, FigureFormat::Png, {QSize(400, 300), 0})
                 .isEmpty());
    QVERIFY(!FigureExporter::save(m_view.get(), path, FigureFormat::Png, {QSize(16000, 16000), 8})
                 .isEmpty());
    QVERIFY(!FigureExporter::save(m_view.get(), QString(), FigureFormat::Png, {}).isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestExport::clipboard() {
    const QString error = FigureExporter::copyToClipboard(m_view.get(), {QSize(300, 200), 2});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QApplication::clipboard()->image().size(), QSize(600, 400));
}

void TestExport::dialogExportsAndFollowsFormat() {
    ExportDialog dialog(m_view.get());
    const QString base = m_dir->filePath(QStringLiteral("dialog"));
    dialog.setFileName(base + QStringLiteral(".png"));
    dialog.setFormat(FigureFormat::Svg);
    QCOMPARE(dialog.fileName(), QDir::toNativeSeparators(base + QStringLiteral(".svg")));
    dialog.setOptions({QSize(500, 320), 1});
    QVERIFY(dialog.exportNow().isEmpty());
    QVERIFY(QSvgRenderer(base + QStringLiteral(".svg")).isValid());

    dialog.setFormat(FigureFormat::Png);
    dialog.setOptions({QSize(500, 320), 1.5});
    QVERIFY(dialog.exportNow().isEmpty());
    QCOMPARE(QImage(base + QStringLiteral(".png")).size(), QSize(750, 480));

    dialog.setFileName(m_dir->filePath(QStringLiteral("missing/dir/x.png")));
    QVERIFY(!dialog.exportNow().isEmpty());
}

void TestExport::dialogInChinese() {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    ExportDialog dialog(m_view.get());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("导出图形"));
    auto *formats = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    QVERIFY(formats);
    QCOMPARE(formats->itemText(0), QStringLiteral("PNG 图像"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Figure"));
    QCOMPARE(formats->itemText(0), QStringLiteral("PNG image"));
    // Errors are translated too.
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(FigureExporter::save(m_view.get(), QString(), FigureFormat::Png, {})
                .contains(QStringLiteral("文件")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

void TestExport::everyViewExportsAndPrints_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<QByteArray>("svgText");
    QTest::addColumn<QByteArray>("csvHeader");
    QTest::newRow("overlay") << int(ExplorerView::Overlay) << QByteArray("input x")
                             << QByteArray("curve,order,piece,x,y");
    QTest::newRow("grid") << int(ExplorerView::Grid) << QByteArray("f′ dashed")
                          << QByteArray("curve,order,piece,x,y");
    QTest::newRow("gradient") << int(ExplorerView::Gradient) << QByteArray("vanishing zone")
                              << QByteArray("curve,x,abs_derivative,zone");
}

void TestExport::everyViewExportsAndPrints() {
    QFETCH(int, view);
    QFETCH(QByteArray, svgText);
    QFETCH(QByteArray, csvHeader);
    ExplorerViews views;
    views.resize(900, 600);
    views.setActivations(
        {activation("sigmoid"), activation("tanh"), activation("relu"), activation("gelu")});
    views.setView(ExplorerView(view));
    views.currentWidget()->resize(900, 600);
    Figure *figure = views.currentFigure();
    QVERIFY(figure);

    const QString png = m_dir->filePath(QStringLiteral("view.png"));
    QString error = FigureExporter::save(figure, png, FigureFormat::Png, {QSize(900, 600), 1});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage img(png);
    QCOMPARE(img.size(), QSize(900, 600));
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5)
            colours.insert(img.pixel(x, y));
    QVERIFY(colours.size() > 10);

    const QString svg = m_dir->filePath(QStringLiteral("view.svg"));
    error = FigureExporter::save(figure, svg, FigureFormat::Svg, {QSize(900, 600), 1});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(readAll(svg).contains(svgText));
    QVERIFY(QSvgRenderer(svg).isValid());

    const QString csv = m_dir->filePath(QStringLiteral("view.csv"));
    error = FigureExporter::save(figure, csv, FigureFormat::Csv, {QSize(900, 600), 1});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray table = readAll(csv);
    QVERIFY(table.startsWith(csvHeader + '\n'));
    for (const char *id : {"\nsigmoid,", "\ntanh,", "\nrelu,", "\ngelu,"})
        QVERIFY2(table.contains(id), id);

    // Printing goes through the same painter path as PDF export; a PDF printer keeps the pages.
    const QString printed = m_dir->filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    error = FigureExporter::print(figure, &printer);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray pdf = readAll(printed);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 5000);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
