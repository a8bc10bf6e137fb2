// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <set>

#include <QTest>

#include "data/csvdataset.h"
#include "data/datasetgenerator.h"
#include "data/datasplit.h"

using namespace actlab;

Q_DECLARE_METATYPE(actlab::DatasetKind)
Q_DECLARE_METATYPE(actlab::CsvErrorKind)

namespace {

DatasetOptions options(DatasetKind kind, int n = 400, double noise = 0, std::uint64_t seed = 1,
                       int classes = 2) {
    DatasetOptions o;
    o.kind = kind;
    o.n = n;
    o.noise = noise;
    o.seed = seed;
    o.classes = classes;
    return o;
}

const Dataset &datasetOf(const CsvResult &r) {
    static const Dataset empty;
    return std::holds_alternative<Dataset>(r) ? std::get<Dataset>(r) : empty;
}

} // namespace

/** Generators, the train/test split, and CSV import and export. */
class TestDatasets : public QObject {
    Q_OBJECT

private slots:
    void generators_data();
    void generators();
    void cleanDataIsSeparable();
    void multiClassSpiral();
    void optionsValidation();
    void split();
    void csvGoodFile();
    void csvRoundTrip();
    void csvInference();
    void csvErrors_data();
    void csvErrors();
    void csvMissingFile();
};

void TestDatasets::generators_data() {
    QTest::addColumn<DatasetKind>("kind");
    for (const DatasetKindInfo &info : datasetKinds())
        QTest::newRow(info.key) << info.kind;
}

void TestDatasets::generators() {
    QFETCH(DatasetKind, kind);
    const DatasetKindInfo &info = datasetKindInfo(kind);
    const Dataset d = generateDataset(options(kind, 301, 0.2));
    QCOMPARE(d.size(), std::size_t(301));
    QCOMPARE(d.inputDims, info.inputDims);
    QCOMPARE(d.x1.size(), d.size());
    QCOMPARE(d.x2.size(), info.inputDims == 2 ? d.size() : std::size_t(0));
    QCOMPARE(d.task, info.task);
    QVERIFY(d.domain.x1Min < d.domain.x1Max && d.domain.x2Min < d.domain.x2Max);
    int inside = 0, count[2] = {0, 0};
    for (std::size_t i = 0; i < d.size(); ++i) {
        QVERIFY(std::isfinite(d.x1[i]) && std::isfinite(d.target[i]));
        const double y = info.inputDims == 2 ? d.x2[i] : d.target[i];
        inside += d.x1[i] >= d.domain.x1Min && d.x1[i] <= d.domain.x1Max && y >= d.domain.x2Min &&
                  y <= d.domain.x2Max;
        if (d.isClassification()) {
            QVERIFY(d.target[i] == 0 || d.target[i] == 1);
            ++count[int(d.target[i])];
        }
    }
    QVERIFY(inside >= 290); // the domain shows (nearly) every point
    if (d.isClassification())
        QVERIFY(std::abs(count[0] - count[1]) <= 60); // roughly balanced (exactly for most)
    // Same seed, same points; another seed, other points.
    const Dataset again = generateDataset(options(kind, 301, 0.2));
    QCOMPARE(again.x1, d.x1);
    QCOMPARE(again.target, d.target);
    QVERIFY(generateDataset(options(kind, 301, 0.2, 2)).x1 != d.x1);
}

void TestDatasets::cleanDataIsSeparable() {
    // Without noise, the defining rule holds for every point.
    const Dataset circle = generateDataset(options(DatasetKind::Circle));
    for (std::size_t i = 0; i < circle.size(); ++i) {
        const double r = std::hypot(circle.x1[i], circle.x2[i]);
        QVERIFY(circle.target[i] == 1 ? r <= 2.5 : (r >= 3.5 && r <= 5));
    }
    const Dataset x = generateDataset(options(DatasetKind::Xor));
    for (std::size_t i = 0; i < x.size(); ++i)
        QCOMPARE(x.target[i], x.x1[i] * x.x2[i] > 0 ? 1.0 : 0.0);
    const Dataset sine = generateDataset(options(DatasetKind::Sine));
    for (std::size_t i = 0; i < sine.size(); ++i)
        QCOMPARE(sine.target[i], std::sin(sine.x1[i]));
    const Dataset plane = generateDataset(options(DatasetKind::Plane));
    for (std::size_t i = 0; i < plane.size(); ++i)
        QCOMPARE(plane.target[i], (plane.x1[i] + 2 * plane.x2[i]) / 18);
}

void TestDatasets::multiClassSpiral() {
    const Dataset d = generateDataset(options(DatasetKind::Spiral, 500, 0, 1, 5));
    QCOMPARE(d.task, Task::MultiClass);
    QCOMPARE(d.classes, 5);
    int count[5] = {};
    for (double t : d.target)
        ++count[int(t)];
    for (int k = 0; k < 5; ++k)
        QCOMPARE(count[k], 100);
    const Dataset blobs = generateDataset(options(DatasetKind::Gauss, 90, 0, 1, 3));
    QCOMPARE(blobs.classes, 3);
}

void TestDatasets::optionsValidation() {
    QCOMPARE(validateDatasetOptions(options(DatasetKind::Circle, 3)),
             DatasetOptionsError::SizeOutOfRange);
    QCOMPARE(validateDatasetOptions(options(DatasetKind::Circle, 100, 1.5)),
             DatasetOptionsError::NoiseOutOfRange);
    QCOMPARE(validateDatasetOptions(options(DatasetKind::Spiral, 100, 0, 1, 11)),
             DatasetOptionsError::ClassesOutOfRange);
    QCOMPARE(validateDatasetOptions(options(DatasetKind::Moons, 100, 0, 1, 3)),
             DatasetOptionsError::ClassesNotSupported);
    QVERIFY(!validateDatasetOptions(options(DatasetKind::Spiral, 100, 0, 1, 10)));
    QCOMPARE(datasetKindFromKey("SPIRAL"), DatasetKind::Spiral);
    QVERIFY(!datasetKindFromKey("spirals"));
}

void TestDatasets::split() {
    const Dataset d = generateDataset(options(DatasetKind::Moons, 200));
    const DataSplit s = splitDataset(d, 0.25, 9);
    QCOMPARE(s.train.size(), std::size_t(150));
    QCOMPARE(s.test.size(), std::size_t(50));
    // A partition of the points: every point lands in exactly one part.
    std::multiset<std::pair<double, double>> all, parts;
    for (std::size_t i = 0; i < d.size(); ++i)
        all.insert({d.x1[i], d.x2[i]});
    for (const Dataset *p : {&s.train, &s.test})
        for (std::size_t i = 0; i < p->size(); ++i)
            parts.insert({p->x1[i], p->x2[i]});
    QVERIFY(all == parts);
    QCOMPARE(splitDataset(d, 0.25, 9).test.x1, s.test.x1);
    QVERIFY(splitDataset(d, 0.25, 10).test.x1 != s.test.x1);
    QCOMPARE(splitDataset(d, 0, 9).test.size(), std::size_t(0));
    const Dataset tiny = generateDataset(options(DatasetKind::Circle, 4));
    QCOMPARE(splitDataset(tiny, 0.9, 1).train.size(), std::size_t(1)); // never empty
}

void TestDatasets::csvGoodFile() {
    const CsvResult r = loadCsvDataset(ACTLAB_TEST_DATA_DIR "/points-good.csv");
    QVERIFY(std::holds_alternative<Dataset>(r));
    const Dataset &d = datasetOf(r);
    QCOMPARE(d.size(), std::size_t(4));
    QCOMPARE(d.task, Task::Binary);
    QCOMPARE(d.x1[2], 1e-3);
    QCOMPARE(d.x2[2], -4.25);
    QCOMPARE(d.target, (std::vector<double>{1, 0, 1, 0}));
    QVERIFY(d.domain.x1Min < -2 && d.domain.x1Max > 3);
}

void TestDatasets::csvRoundTrip() {
    for (DatasetKind kind : {DatasetKind::Spiral, DatasetKind::Sine, DatasetKind::Plane}) {
        const Dataset d = generateDataset(options(kind, 50, 0.3));
        const std::string text = formatCsvDataset(d);
        QVERIFY(text.starts_with(d.inputDims == 2 ? "x1,x2,label\n" : "x,y\n"));
        const CsvResult r = parseCsvDataset(text);
        QVERIFY(std::holds_alternative<Dataset>(r));
        const Dataset &back = datasetOf(r);
        QCOMPARE(back.x1, d.x1);
        QCOMPARE(back.x2, d.x2);
        QCOMPARE(back.target, d.target);
        QCOMPARE(back.task, d.task);
    }
}

void TestDatasets::csvInference() {
    QCOMPARE(datasetOf(parseCsvDataset("1,2,0\n3,4,2\n5,6,1\n")).task, Task::MultiClass);
    QCOMPARE(datasetOf(parseCsvDataset("1,2,0\n3,4,2\n5,6,1\n")).classes, 3);
    QCOMPARE(datasetOf(parseCsvDataset("1,2,0.5\n3,4,2\n")).task, Task::Regression);
    const Dataset pm = datasetOf(parseCsvDataset("1,2,-1\n3,4,1\n"));
    QCOMPARE(pm.task, Task::Binary);
    QCOMPARE(pm.target, (std::vector<double>{0, 1}));
    const Dataset oneD = datasetOf(parseCsvDataset("x,y\n0,1\n1,2\n"));
    QCOMPARE(oneD.inputDims, 1);
    QCOMPARE(oneD.task, Task::Regression);
    QCOMPARE(datasetOf(parseCsvDataset("\xEF\xBB\xBFx1,x2,class\r\n1,2,1\r\n")).task, Task::Binary);
}

void TestDatasets::csvErrors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<CsvErrorKind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray("") << CsvErrorKind::Empty << 0 << 0;
    QTest::newRow("header only") << QByteArray("x1,x2,label\n") << CsvErrorKind::Empty << 0 << 0;
    QTest::newRow("bad header") << QByteArray("a,b,c\n1,2,0\n") << CsvErrorKind::BadHeader << 1
                                << 0;
    QTest::newRow("not a number") << QByteArray("x1,x2,label\n1,2,0\n3,four,1\n")
                                  << CsvErrorKind::NotANumber << 3 << 2;
    QTest::newRow("nan") << QByteArray("1,2,0\n\n3,nan,1\n") << CsvErrorKind::NotFinite << 3 << 2;
    QTest::newRow("short row") << QByteArray("1,2,0\n3,4\n") << CsvErrorKind::WrongColumnCount << 2
                               << 0;
    QTest::newRow("long row") << QByteArray("x,y\n1,2\n3,4,5\n") << CsvErrorKind::WrongColumnCount
                              << 3 << 0;
    QTest::newRow("one column") << QByteArray("1\n") << CsvErrorKind::WrongColumnCount << 1 << 0;
    QTest::newRow("fractional class")
        << QByteArray("x1,x2,class\n1,2,0\n1,2,0.5\n") << CsvErrorKind::BadLabel << 3 << 3;
    QTest::newRow("negative class")
        << QByteArray("x1,x2,class\n1,2,-1\n") << CsvErrorKind::BadLabel << 2 << 3;
    QTest::newRow("too many classes")
        << QByteArray("x1,x2,class\n1,2,0\n1,2,12\n") << CsvErrorKind::TooManyClasses << 3 << 3;
}

void TestDatasets::csvErrors() {
    QFETCH(QByteArray, text);
    QFETCH(CsvErrorKind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    const CsvResult r = parseCsvDataset(text.toStdString());
    QVERIFY(std::holds_alternative<CsvError>(r)); // nothing loaded
    const CsvError &e = std::get<CsvError>(r);
    QCOMPARE(int(e.kind), int(kind));
    QCOMPARE(int(e.line), line);
    QCOMPARE(e.column, column);
}

void TestDatasets::csvMissingFile() {
    const CsvResult bad = loadCsvDataset(ACTLAB_TEST_DATA_DIR "/points-bad-number.csv");
    QVERIFY(std::holds_alternative<CsvError>(bad));
    QCOMPARE(std::get<CsvError>(bad).line, std::size_t(4));
    QCOMPARE(std::get<CsvError>(bad).text, std::string("six"));
    const CsvResult missing = loadCsvDataset("/nonexistent/points.csv");
    QVERIFY(std::holds_alternative<CsvError>(missing));
    QCOMPARE(int(std::get<CsvError>(missing).kind), int(CsvErrorKind::FileUnreadable));
}

QTEST_APPLESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
