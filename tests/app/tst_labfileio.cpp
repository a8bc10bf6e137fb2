// SPDX-License-Identifier: GPL-3.0-or-later
// Lab files (.actlab): every section round trips, older formats open, and each kind of damaged
// file is refused with a message that names the problem, leaving nothing half read.
#include <cmath>
#include <functional>
#include <limits>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "lab/labfileio.h"
#include "lab/labjson.h"

namespace {

LabContents fullLab() {
    LabContents c;
    c.state.page = QStringLiteral("softmax");
    ExplorerLabState e;
    e.activation = QStringLiteral("relu");
    e.values = {0.1, std::numeric_limits<double>::infinity(), 0.5}; // +inf survives JSON
    e.pins = {Pin{QStringLiteral("gelu"), {1}, QStringLiteral("tanh form"), true},
              Pin{QStringLiteral("expr:x*tanh(x)"), {}, {}, false}};
    e.view = QStringLiteral("gradient");
    e.vanishingThreshold = 0.05;
    e.xRange = std::pair{-3.5, 7.25};
    e.firstDerivative = false;
    e.secondDerivative = true;
    e.zoomInset = true;
    e.formulas = {UserFormula{QStringLiteral("x tanh x"), QStringLiteral("x*tanh(x)")}};
    c.state.explorer = e;
    c.state.softmax = SoftmaxLabState{{2.0, 1.0, 0.1, -4}, 0.5};
    PlaygroundSetup p;
    p.dataset = QStringLiteral("xor");
    p.hiddenUnits = 12;
    p.activation = QStringLiteral("leaky_relu");
    p.params = {0.05};
    p.race.enabled = true;
    c.state.playground = p;
    DepthLabSetup d = DepthLabSetup::defaults();
    d.depth = 37;
    c.state.depth = d;
    LessonStep step;
    step.title = {QStringLiteral("First"), QStringLiteral("第一步")};
    step.text = {QStringLiteral("Only English."), {}};
    step.state.page = QStringLiteral("explorer");
    step.state.explorer = e;
    LessonStep second;
    second.title = {{}, QStringLiteral("只有中文")};
    second.state.page = QStringLiteral("guide");
    c.lesson.title = {QStringLiteral("A lesson"), QStringLiteral("一课")};
    c.lesson.steps = {step, second};
    return c;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QString errorFor(const QByteArray &bytes) {
    const auto result = LabFileIo::parse(bytes, QStringLiteral("lab.actlab"));
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change) {
    QJsonObject o = LabJson::toJson(fullLab());
    change(o);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestLabFileIo : public QObject {
    Q_OBJECT

private slots:
    void everySectionRoundTrips() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.actlab"));
        const LabContents saved = fullLab();
        QVERIFY(LabFileIo::save(path, saved).isEmpty());
        const auto loaded = LabFileIo::load(path);
        const QString *error = std::get_if<QString>(&loaded);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const LabContents &back = std::get<LabContents>(loaded);
        QCOMPARE(back.state, saved.state);
        QCOMPARE(back.lesson, saved.lesson);
        QVERIFY(std::isinf(back.state.explorer->values[1]));
    }

    void sectionsAreOptional() {
        const auto result = LabFileIo::parse(R"({"format":"actlab","version":1,"page":"guide"})",
                                             QStringLiteral("x.actlab"));
        QVERIFY(std::holds_alternative<LabContents>(result));
        const LabContents &c = std::get<LabContents>(result);
        QCOMPARE(c.state.page, QStringLiteral("guide"));
        QVERIFY(!c.state.explorer && !c.state.softmax && !c.state.playground && !c.state.depth);
        QVERIFY(c.lesson.isEmpty());
    }

    void theLanguageOfATextFallsBack() {
        const LocalizedText both{QStringLiteral("Hi"), QStringLiteral("你好")};
        QCOMPARE(both.in(QStringLiteral("zh_CN")), QStringLiteral("你好"));
        QCOMPARE(both.in(QStringLiteral("en_US")), QStringLiteral("Hi"));
        QCOMPARE((LocalizedText{QStringLiteral("Hi"), {}}).in(QStringLiteral("zh_CN")),
                 QStringLiteral("Hi"));
        QCOMPARE((LocalizedText{{}, QStringLiteral("你好")}).in(QStringLiteral("en")),
                 QStringLiteral("你好"));
    }

    void olderPlaygroundAndDepthFilesOpenAsOnePageLabs() {
        const QDir examples(QStringLiteral(ACTLAB_SOURCE_DIR "/examples"));
        const auto playground = LabFileIo::load(
            examples.filePath(QStringLiteral("race-tanh-vs-leaky-relu.actlab-playground.json")));
        QVERIFY(std::holds_alternative<LabContents>(playground));
        const LabContents &p = std::get<LabContents>(playground);
        QCOMPARE(p.state.page, QStringLiteral("playground"));
        QVERIFY(p.state.playground && p.state.playground->race.enabled);
        QVERIFY(!p.state.explorer);

        QTemporaryDir dir;
        DepthLabSetup depth = DepthLabSetup::defaults();
        depth.depth = 12;
        const QString path =
            writeFile(dir, QStringLiteral("d.json"), QJsonDocument(depth.toJson()).toJson());
        const auto loaded = LabFileIo::load(path);
        QVERIFY(std::holds_alternative<LabContents>(loaded));
        QCOMPARE(std::get<LabContents>(loaded).state.page, QStringLiteral("depth"));
        QCOMPARE(std::get<LabContents>(loaded).state.depth->depth, 12);
    }

    void brokenJsonNamesLineAndColumn() {
        const QString error = errorFor("{\n  \"format\": \"actlab\",\n  \"version\": 1,,\n}");
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("column")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("lab.actlab")));
    }

    void aTruncatedFileSaysSo() {
        const QByteArray whole = QJsonDocument(LabJson::toJson(fullLab())).toJson();
        const QString error = errorFor(whole.left(whole.size() * 2 / 3));
        QVERIFY2(error.contains(QStringLiteral("incomplete")), qPrintable(error));
        QVERIFY2(!errorFor(whole.left(whole.size() - 3)).isEmpty(), "cut at the very end");
    }

    void emptyAndForeignFilesAreRefused() {
        QVERIFY(errorFor("").contains(QStringLiteral("empty")));
        QVERIFY(errorFor("  \n").contains(QStringLiteral("empty")));
        QVERIFY(errorFor("[1, 2, 3]").contains(QStringLiteral("not an ActLab lab file")));
        QVERIFY(errorFor(R"({"name": "package.json"})")
                    .contains(QStringLiteral("not an ActLab lab file")));
        QTemporaryDir dir;
        const QString huge =
            writeFile(dir, QStringLiteral("huge.actlab"), QByteArray(2 << 20, ' ') + "{}");
        const auto result = LabFileIo::load(huge);
        QVERIFY(std::get<QString>(result).contains(QStringLiteral("1 MiB")));
        QVERIFY(std::get<QString>(LabFileIo::load(dir.filePath(QStringLiteral("none.actlab"))))
                    .contains(QStringLiteral("Cannot open")));
    }

    void aNewerVersionIsRefusedByName() {
        const QString error =
            errorFor(withChange([](QJsonObject &o) { o[QStringLiteral("version")] = 7; }));
        QVERIFY2(error.contains(QStringLiteral("newer ActLab")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("7")));
    }

    void badFieldsAreNamedByTheirPath_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        const auto explorer = [](const std::function<void(QJsonObject &)> &change) {
            return withChange([change](QJsonObject &o) {
                QJsonObject e = o[QStringLiteral("explorer")].toObject();
                change(e);
                o[QStringLiteral("explorer")] = e;
            });
        };
        QTest::newRow("unknown activation") << explorer([](QJsonObject &e) {
            e[QStringLiteral("activation")] = QStringLiteral("relux");
        }) << QStringLiteral("explorer.activation");
        QTest::newRow("too few parameters")
            << explorer([](QJsonObject &e) { e[QStringLiteral("parameters")] = QJsonArray{0.1}; })
            << QStringLiteral("explorer.parameters");
        QTest::newRow("a parameter out of its domain") << explorer([](QJsonObject &e) {
            e[QStringLiteral("activation")] = QStringLiteral("elu");
            e[QStringLiteral("parameters")] = QJsonArray{QStringLiteral("inf")};
        }) << QStringLiteral("explorer.parameters");
        QTest::newRow("a pin's parameters") << explorer([](QJsonObject &e) {
            QJsonArray pins = e[QStringLiteral("pins")].toArray();
            QJsonObject pin = pins[0].toObject();
            pin[QStringLiteral("parameters")] = QJsonArray{1, 2, 3};
            pins[0] = pin;
            e[QStringLiteral("pins")] = pins;
        }) << QStringLiteral("explorer.pins[0].parameters");
        QTest::newRow("view") << explorer([](QJsonObject &e) {
            e[QStringLiteral("view")] = QStringLiteral("3d");
        }) << QStringLiteral("explorer.view");
        QTest::newRow("threshold")
            << explorer([](QJsonObject &e) { e[QStringLiteral("vanishing_threshold")] = 2; })
            << QStringLiteral("explorer.vanishing_threshold");
        QTest::newRow("x range") << explorer([](QJsonObject &e) {
            e[QStringLiteral("x_range")] = QJsonArray{3, 1};
        }) << QStringLiteral("explorer.x_range");
        QTest::newRow("formula") << explorer([](QJsonObject &e) {
            e[QStringLiteral("formulas")] =
                QJsonArray{QJsonObject{{QStringLiteral("expression"), QStringLiteral("x*(")}}};
        }) << QStringLiteral("explorer.formulas[0].expression");
        QTest::newRow("page") << withChange([](QJsonObject &o) {
            o[QStringLiteral("page")] = QStringLiteral("settings");
        }) << QStringLiteral("page");
        QTest::newRow("softmax temperature") << withChange([](QJsonObject &o) {
            o[QStringLiteral("softmax")] = QJsonObject{{QStringLiteral("logits"), QJsonArray{1, 2}},
                                                       {QStringLiteral("temperature"), 0}};
        }) << QStringLiteral("softmax.temperature");
        QTest::newRow("softmax logits") << withChange([](QJsonObject &o) {
            o[QStringLiteral("softmax")] = QJsonObject{{QStringLiteral("logits"), QJsonArray{1}}};
        }) << QStringLiteral("softmax.logits");
        QTest::newRow("playground") << withChange([](QJsonObject &o) {
            QJsonObject p = o[QStringLiteral("playground")].toObject();
            QJsonObject data = p[QStringLiteral("data")].toObject();
            data[QStringLiteral("dataset")] = QStringLiteral("mnist");
            p[QStringLiteral("data")] = data;
            o[QStringLiteral("playground")] = p;
        }) << QStringLiteral("playground.data.dataset");
        QTest::newRow("a lesson step's state") << withChange([](QJsonObject &o) {
            QJsonObject lesson = o[QStringLiteral("lesson")].toObject();
            QJsonArray steps = lesson[QStringLiteral("steps")].toArray();
            QJsonObject step = steps[1].toObject();
            step[QStringLiteral("state")] =
                QJsonObject{{QStringLiteral("softmax"),
                             QJsonObject{{QStringLiteral("logits"), QStringLiteral("2,1")}}}};
            steps[1] = step;
            lesson[QStringLiteral("steps")] = steps;
            o[QStringLiteral("lesson")] = lesson;
        }) << QStringLiteral("lesson.steps[1].state.softmax.logits");
        QTest::newRow("a lesson text") << withChange([](QJsonObject &o) {
            QJsonObject lesson = o[QStringLiteral("lesson")].toObject();
            lesson[QStringLiteral("title")] = QJsonObject{{QStringLiteral("en"), 5}};
            o[QStringLiteral("lesson")] = lesson;
        }) << QStringLiteral("lesson.title");
    }

    void badFieldsAreNamedByTheirPath() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        const QString error = errorFor(bytes);
        QVERIFY2(error.contains(QStringLiteral("\"%1").arg(field)), qPrintable(error));
    }

    void savingIsAtomic() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.actlab"));
        QVERIFY(LabFileIo::save(path, fullLab()).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        // A save that cannot happen (here: its folder is a file) fails with a reason, and a
        // failed save never touches what is on disk.
        LabContents other = fullLab();
        other.state.page = QStringLiteral("explorer");
        const QString error = LabFileIo::save(path + QStringLiteral("/inner.actlab"), other);
        QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("lab.actlab")});
    }
};

QTEST_GUILESS_MAIN(TestLabFileIo)
#include "tst_labfileio.moc"
