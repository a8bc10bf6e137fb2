// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "actlabprocess.h"

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Width and height from a PNG's IHDR chunk (this test links no QtGui to decode images).
QSize pngSize(const QString &path) {
    const QByteArray b = readAll(path);
    if (!b.startsWith("\x89PNG\r\n\x1a\n") || b.size() < 24 || b.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&](int at) {
        return int((uchar(b[at]) << 24) | (uchar(b[at + 1]) << 16) | (uchar(b[at + 2]) << 8) |
                   uchar(b[at + 3]));
    };
    return QSize(be32(16), be32(20));
}

/// All text of an SVG's <text> elements, joined: QSvgGenerator splits a label into runs
/// wherever the font changes (Latin and CJK glyphs come from different fonts).
QString svgText(const QByteArray &svg) {
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return xml.hasError() ? QString() : text;
}

} // namespace

/** `actlab render`: the explorer's figure, headless, in both languages and every format. */
class TestRender : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pngDefaults();
    void sizeAndScale();
    void svgInBothLanguages();
    void pdf();
    void csv();
    void comparisonDerivativesRangeTheme();
    void vectorActivationAndFormula();
    void compareAnyNumberWithParameters();
    void gridView();
    void gradientView();
    void badArguments_data();
    void badArguments();
    void errorsFollowLang();
    void unwritableOutput();

private:
    QTemporaryDir m_dir;
};

// actlab, which inherits this environment, runs as it would for a user on a machine without a
// display: no DISPLAY, no platform chosen.
void TestRender::initTestCase() {
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestRender::pngDefaults() {
    const QString out = m_dir.filePath(QStringLiteral("relu6.png"));
    const Run r =
        actlab({QStringLiteral("render"), QStringLiteral("relu6"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(pngSize(out), QSize(1280, 800));
}

void TestRender::sizeAndScale() {
    const QString out = m_dir.filePath(QStringLiteral("small.png"));
    const Run r =
        actlab({QStringLiteral("render"), QStringLiteral("tanh"), QStringLiteral("--size"),
                QStringLiteral("640x400"), QStringLiteral("--scale"), QStringLiteral("2"),
                QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(pngSize(out), QSize(1280, 800));
}

void TestRender::svgInBothLanguages() {
    const QString en = m_dir.filePath(QStringLiteral("en.svg"));
    const QString zh = m_dir.filePath(QStringLiteral("zh.svg"));
    Run r = actlab({QStringLiteral("render"), QStringLiteral("relu"), QStringLiteral("--order"),
                    QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--out"), en});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = actlab({QStringLiteral("render"), QStringLiteral("relu"), QStringLiteral("--order"),
                QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("--out"), zh});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QString enText = svgText(readAll(en));
    const QString zhText = svgText(readAll(zh));
    QVERIFY2(enText.contains(QStringLiteral("input x")), qPrintable(enText));
    QVERIFY(enText.contains(QStringLiteral("Rectified linear unit")));
    QVERIFY2(zhText.contains(QStringLiteral("输入 x")), qPrintable(zhText));
    QVERIFY(zhText.contains(QStringLiteral("修正线性单元")));
    QVERIFY(zhText.contains(QStringLiteral("导数")));
    QVERIFY(!zhText.contains(QStringLiteral("input x")));
}

void TestRender::pdf() {
    const QString out = m_dir.filePath(QStringLiteral("sigmoid.pdf"));
    const Run r =
        actlab({QStringLiteral("render"), QStringLiteral("sigmoid"), QStringLiteral("--lang"),
                QStringLiteral("zh_CN"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/MediaBox [0 0 1280.000000 800.000000]"));
}

void TestRender::csv() {
    const QString out = m_dir.filePath(QStringLiteral("step.csv"));
    const Run r =
        actlab({QStringLiteral("render"), QStringLiteral("step"), QStringLiteral("--range"),
                QStringLiteral("-1:1"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = readAll(out).split('\n');
    QCOMPARE(lines.first(), QByteArray("curve,order,piece,x,y"));
    QVERIFY(lines[1].startsWith("step,0,0,-1,0"));
    QVERIFY(lines.contains("step,0,1,1,1"));
}

void TestRender::comparisonDerivativesRangeTheme() {
    const QString light = m_dir.filePath(QStringLiteral("light.svg"));
    const QString dark = m_dir.filePath(QStringLiteral("dark.svg"));
    const QStringList common{QStringLiteral("render"),    QStringLiteral("gelu"),
                             QStringLiteral("--compare"), QStringLiteral("silu,mish"),
                             QStringLiteral("--order"),   QStringLiteral("2"),
                             QStringLiteral("--range"),   QStringLiteral("-3:3"),
                             QStringLiteral("--size"),    QStringLiteral("800x500")};
    Run r = actlab(common + QStringList{QStringLiteral("--theme"), QStringLiteral("light"),
                                        QStringLiteral("--out"), light});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = actlab(common + QStringList{QStringLiteral("--theme"), QStringLiteral("dark"),
                                    QStringLiteral("--out"), dark});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The background is the theme's: white, or the dark slate of the dark theme.
    QVERIFY(readAll(light).contains("fill=\"#ffffff\""));
    QVERIFY(!readAll(light).contains("fill=\"#1f2329\""));
    QVERIFY(readAll(dark).contains("fill=\"#1f2329\""));
    QVERIFY(readAll(dark).contains("viewBox=\"0 0 800 500\""));

    // The CSV of the same command holds 3 activations × 3 orders.
    const QString csv = m_dir.filePath(QStringLiteral("three.csv"));
    r = actlab(common + QStringList{QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSet<QByteArray> curves;
    const QList<QByteArray> lines = readAll(csv).split('\n');
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        curves.insert(f[0] + ':' + f[1]);
        QVERIFY(f[3].toDouble() >= -3 && f[3].toDouble() <= 3);
    }
    QCOMPARE(curves.size(), 9);
}

void TestRender::vectorActivationAndFormula() {
    const QString softmax = m_dir.filePath(QStringLiteral("softmax.csv"));
    Run r = actlab({QStringLiteral("render"), QStringLiteral("softmax"), QStringLiteral("--param"),
                    QStringLiteral("temperature=2"), QStringLiteral("--range"),
                    QStringLiteral("-4:4"), QStringLiteral("--out"), softmax});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The 1-D slice of softmax is σ(x/T), and the file names it so.
    const QList<QByteArray> lines = readAll(softmax).split('\n');
    int checked = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        QCOMPARE(f[0], QByteArray("softmax([x 0])[0]"));
        if (f[1] != "0")
            continue;
        const double x = f[3].toDouble(), y = f[4].toDouble();
        QVERIFY(std::abs(y - 1 / (1 + std::exp(-x / 2))) < 1e-12);
        ++checked;
    }
    QVERIFY(checked > 10);

    const QString formula = m_dir.filePath(QStringLiteral("formula.png"));
    r = actlab({QStringLiteral("render"), QStringLiteral("expr:x*tanh(x)"), QStringLiteral("--out"),
                formula});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(pngSize(formula), QSize(1280, 800));
}

/// The first field of a CSV line, honouring quotes (a formula's commas stay inside it).
static QByteArray firstCsvField(const QByteArray &line) {
    if (!line.startsWith('"'))
        return line.left(line.indexOf(','));
    QByteArray field;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line[i] == '"') {
            if (i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
                continue;
            }
            break;
        }
        field += line[i];
    }
    return field;
}

void TestRender::compareAnyNumberWithParameters() {
    // One activation twice with different parameters, a repeated --compare, and a formula whose
    // commas are not separators.
    const QString csv = m_dir.filePath(QStringLiteral("pins.csv"));
    Run r =
        actlab({QStringLiteral("render"), QStringLiteral("leaky_relu"), QStringLiteral("--compare"),
                QStringLiteral("leaky_relu[negative_slope=0.3],hard_tanh[min_val=-2,max_val=2]"),
                QStringLiteral("--compare"), QStringLiteral("gelu,silu,mish,elu,selu"),
                QStringLiteral("--compare"), QStringLiteral("expr:max(x,0.1*x)"),
                QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSet<QByteArray> curves;
    const QList<QByteArray> lines = readAll(csv).split('\n');
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        curves.insert(firstCsvField(lines[i]));
    const QSet<QByteArray> expected{"leaky_relu",
                                    "leaky_relu[negative_slope=0.3]",
                                    "hard_tanh[min_val=-2,max_val=2]",
                                    "gelu",
                                    "silu",
                                    "mish",
                                    "elu",
                                    "selu",
                                    "expr:max(x,0.1*x)"};
    QCOMPARE(curves, expected);

    // The legend names the parameters, so the two leaky ReLUs read apart (SVG keeps the text).
    const QString svg = m_dir.filePath(QStringLiteral("pins.svg"));
    r = actlab({QStringLiteral("render"), QStringLiteral("leaky_relu"), QStringLiteral("--compare"),
                QStringLiteral("leaky_relu[negative_slope=0.3]"), QStringLiteral("--out"), svg});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(readAll(svg).contains("negative_slope = 0.3"));

    // Malformed lists get one line and exit 2.
    for (const char *bad : {"leaky_relu[negative_slope=0.3", "gelu,,silu", "gelu[0.3]",
                            "[negative_slope=1]", "gelu[approximate=7]"}) {
        r = actlab({QStringLiteral("render"), QStringLiteral("relu"), QStringLiteral("--compare"),
                    QString::fromLatin1(bad), QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
    }
}

void TestRender::gridView() {
    const QStringList common{QStringLiteral("render"),    QStringLiteral("relu"),
                             QStringLiteral("--compare"), QStringLiteral("sigmoid,tanh,gelu"),
                             QStringLiteral("--view"),    QStringLiteral("grid"),
                             QStringLiteral("--size"),    QStringLiteral("900x600")};
    // One cell per curve, each named, under a caption that explains the line styles.
    const QString svg = m_dir.filePath(QStringLiteral("grid.svg"));
    Run r = actlab(common + QStringList{QStringLiteral("--out"), svg});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString text = svgText(readAll(svg));
    QVERIFY2(text.contains(QStringLiteral("f′ dashed")), qPrintable(text));
    for (const char *name : {"Rectified linear unit", "Sigmoid", "Hyperbolic tangent", "GELU"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    const QString zh = m_dir.filePath(QStringLiteral("grid-zh.svg"));
    r = actlab(common + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                    QStringLiteral("--out"), zh});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    text = svgText(readAll(zh));
    QVERIFY2(text.contains(QStringLiteral("虚线")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("dashed")));

    // The CSV holds f and f′ of each of the four cells, nothing else.
    const QString csv = m_dir.filePath(QStringLiteral("grid.csv"));
    r = actlab(common + QStringList{QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSet<QByteArray> curves;
    const QList<QByteArray> lines = readAll(csv).split('\n');
    QCOMPARE(lines.first(), QByteArray("curve,order,piece,x,y"));
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        curves.insert(f[0] + ':' + f[1]);
    }
    const QSet<QByteArray> expected{"relu:0", "relu:1", "sigmoid:0", "sigmoid:1",
                                    "tanh:0", "tanh:1", "gelu:0",    "gelu:1"};
    QCOMPARE(curves, expected);

    const QString png = m_dir.filePath(QStringLiteral("grid.png"));
    r = actlab(common + QStringList{QStringLiteral("--out"), png});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(pngSize(png), QSize(900, 600));
}

void TestRender::gradientView() {
    const QStringList common{QStringLiteral("render"),
                             QStringLiteral("sigmoid"),
                             QStringLiteral("--compare"),
                             QStringLiteral("relu,tanh"),
                             QStringLiteral("--view"),
                             QStringLiteral("gradient"),
                             QStringLiteral("--range"),
                             QStringLiteral("-6:6"),
                             QStringLiteral("--vanishing-threshold"),
                             QStringLiteral("0.01")};
    const QString csv = m_dir.filePath(QStringLiteral("gradient.csv"));
    Run r = actlab(common + QStringList{QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = readAll(csv).split('\n');
    QCOMPARE(lines.first(), QByteArray("curve,x,abs_derivative,zone"));
    // Zones at the threshold given: σ′ < 0.01 beyond |x| ≈ 4.6, ReLU dead for x < 0.
    int checked = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        QCOMPARE(f.size(), 4);
        const double x = f[1].toDouble(), slope = f[2].toDouble();
        QVERIFY(x >= -6 && x <= 6 && slope >= 0);
        const QByteArray zone = slope == 0 ? "dead" : slope < 0.01 ? "vanishing" : "active";
        QCOMPARE(f[3], zone);
        if (f[0] == "relu" && x < -0.1) {
            QCOMPARE(f[3], QByteArray("dead"));
            ++checked;
        }
        if (f[0] == "sigmoid" && std::abs(x) > 5) {
            QCOMPARE(f[3], QByteArray("vanishing"));
            ++checked;
        }
        if (f[0] == "sigmoid" && std::abs(x) < 4) {
            QCOMPARE(f[3], QByteArray("active"));
            ++checked;
        }
    }
    QVERIFY(checked > 100);

    // The figure labels both zones with the threshold given, in the language asked for.
    const QString svg = m_dir.filePath(QStringLiteral("gradient.svg"));
    r = actlab(common + QStringList{QStringLiteral("--out"), svg});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString text = svgText(readAll(svg));
    QVERIFY2(text.contains(QStringLiteral("vanishing zone: |f′| < 0.01")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("dead zone")));
    const QString zh = m_dir.filePath(QStringLiteral("gradient-zh.svg"));
    r = actlab(common + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                    QStringLiteral("--out"), zh});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    text = svgText(readAll(zh));
    QVERIFY2(text.contains(QStringLiteral("梯度消失区")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("vanishing")));
    const QString pdf = m_dir.filePath(QStringLiteral("gradient.pdf"));
    r = actlab(common + QStringList{QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
}

void TestRender::badArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    const QString out =
        QStringLiteral("--out=") + QDir::tempPath() + QStringLiteral("/actlab-bad.png");
    QTest::newRow("no id") << QStringList{out};
    QTest::newRow("two ids") << QStringList{QStringLiteral("relu"), QStringLiteral("tanh"), out};
    QTest::newRow("unknown id") << QStringList{QStringLiteral("relux"), out};
    QTest::newRow("unknown param") << QStringList{QStringLiteral("relu"), QStringLiteral("--param"),
                                                  QStringLiteral("alpha=1"), out};
    QTest::newRow("param out of range") << QStringList{
        QStringLiteral("soft_shrink"), QStringLiteral("--param"), QStringLiteral("threshold=-1"),
        out}; // PyTorch requires lambd >= 0 (ELU's α = −1 is allowed, as in PyTorch)
    QTest::newRow("order 3") << QStringList{QStringLiteral("relu"), QStringLiteral("--order"),
                                            QStringLiteral("3"), out};
    QTest::newRow("unknown compare") << QStringList{
        QStringLiteral("relu"), QStringLiteral("--compare"), QStringLiteral("tanh,nope"), out};
    QTest::newRow("range reversed") << QStringList{
        QStringLiteral("relu"), QStringLiteral("--range"), QStringLiteral("3:1"), out};
    QTest::newRow("range malformed") << QStringList{
        QStringLiteral("relu"), QStringLiteral("--range"), QStringLiteral("-5"), out};
    QTest::newRow("lang") << QStringList{QStringLiteral("relu"), QStringLiteral("--lang"),
                                         QStringLiteral("fr"), out};
    QTest::newRow("theme") << QStringList{QStringLiteral("relu"), QStringLiteral("--theme"),
                                          QStringLiteral("blue"), out};
    QTest::newRow("size malformed") << QStringList{QStringLiteral("relu"), QStringLiteral("--size"),
                                                   QStringLiteral("800"), out};
    QTest::newRow("size too small") << QStringList{QStringLiteral("relu"), QStringLiteral("--size"),
                                                   QStringLiteral("8x8"), out};
    QTest::newRow("scale") << QStringList{QStringLiteral("relu"), QStringLiteral("--scale"),
                                          QStringLiteral("zero"), out};
    QTest::newRow("no out") << QStringList{QStringLiteral("relu")};
    QTest::newRow("bad suffix") << QStringList{QStringLiteral("relu"), QStringLiteral("--out"),
                                               QDir::tempPath() +
                                                   QStringLiteral("/actlab-bad.gif")};
    QTest::newRow("unknown view") << QStringList{QStringLiteral("relu"), QStringLiteral("--view"),
                                                 QStringLiteral("table"), out};
    QTest::newRow("threshold without gradient view")
        << QStringList{QStringLiteral("relu"), QStringLiteral("--view"),
                       QStringLiteral("grid"), QStringLiteral("--vanishing-threshold"),
                       QStringLiteral("0.1"),  out};
    QTest::newRow("threshold, default view")
        << QStringList{QStringLiteral("relu"), QStringLiteral("--vanishing-threshold"),
                       QStringLiteral("0.1"), out};
    for (const char *bad : {"0", "1", "-0.1", "abc", "nan", "1e-9"})
        QTest::addRow("threshold %s", bad)
            << QStringList{QStringLiteral("relu"),     QStringLiteral("--view"),
                           QStringLiteral("gradient"), QStringLiteral("--vanishing-threshold"),
                           QString::fromLatin1(bad),   out};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("relu"), QStringLiteral("--colour"), QStringLiteral("red"), out};
}

void TestRender::badArguments() {
    QFETCH(QStringList, arguments);
    QFile::remove(QDir::tempPath() + QStringLiteral("/actlab-bad.png"));
    const Run r = actlab(QStringList{QStringLiteral("render")} + arguments);
    verifyUsageError(r, QStringLiteral("actlab render: "));
    QVERIFY(r.err.startsWith("actlab render: "));
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/actlab-bad.png")));
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/actlab-bad.gif")));
}

void TestRender::errorsFollowLang() {
    const Run r =
        actlab({QStringLiteral("render"), QStringLiteral("relu"), QStringLiteral("--lang"),
                QStringLiteral("zh_CN"), QStringLiteral("--theme"), QStringLiteral("blue"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("未知主题")), r.err.constData());
}

void TestRender::unwritableOutput() {
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString out = m_dir.filePath(QStringLiteral("file/figure.png"));
    const Run r =
        actlab({QStringLiteral("render"), QStringLiteral("relu"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("figure.png"));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
