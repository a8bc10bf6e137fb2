// SPDX-License-Identifier: GPL-3.0-or-later
// Checks every scalar activation of the catalog against reference.csv, an independent mpmath
// computation (tests/core/data/make_reference.py, 50 significant digits).
//
// Bars, per point (none may be loosened to make an implementation pass):
//   f within 1e-14, f' within 1e-12, f'' within 1e-8, all relative to the true value;
//   NaN is never accepted (the reference is always a number);
//   ±inf only where the true value exceeds DBL_MAX, and then it is required;
//   a true value of exactly 0 must come out as exactly 0 (±0);
//   underflow rule: where the true value is not zero but smaller in magnitude than DBL_MIN
//   (2.2250738585072014e-308, including the CSV's "tiny" below 1e-330), a relative bar is
//   meaningless because double cannot even represent it to full precision (subnormals lose
//   digits, smaller values round to 0); there any result with |got - want| <= DBL_MIN passes.
// Also: evaluate() must equal value()/derivative()/secondDerivative() bit for bit, and
// evaluateBatch() must equal the scalar calls bit for bit (the plot and the network must
// see the same numbers).
#include <array>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <QFile>
#include <QTest>

#include "activations/catalog.h"
#include "numericcompare.h"

using namespace actlab;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr std::array<double, 3> kTolerance = {1e-14, 1e-12, 1e-8};
constexpr std::array<const char *, 3> kQuantity = {"f", "f'", "f''"};

struct RefValue {
    double value = 0;
    bool exactZero = false;
};

struct RefPoint {
    double x = 0;
    std::array<RefValue, 3> want;
};

/// All points of one (id, parameter set) pair.
struct RefCase {
    std::string id;
    std::string paramText;
    std::vector<std::pair<std::string, double>> params;
    std::vector<RefPoint> points;
};

double parseNumber(std::string_view text, bool *ok) {
    *ok = true;
    if (text == "inf")
        return inf;
    if (text == "-inf")
        return -inf;
    // "tiny": not zero, but below 1e-330, so even a subnormal rounds it to zero.
    if (text == "tiny")
        return 0.0;
    if (text == "-tiny")
        return -0.0;
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc::result_out_of_range) {
        // Only tiny magnitudes can be out of range in this file (huge ones are written "inf").
        return text.front() == '-' ? -0.0 : 0.0;
    }
    *ok = ec == std::errc() && end == text.data() + text.size();
    return v;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t pos = s.find(sep, start);
        out.push_back(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
        if (pos == std::string_view::npos)
            return out;
        start = pos + 1;
    }
}

/// Reads reference.csv once; cases keep the file's order.
const std::vector<RefCase> &referenceCases(QString *error) {
    static QString loadError;
    static const std::vector<RefCase> cases = [] {
        std::vector<RefCase> result;
        QFile file(QStringLiteral(ACTLAB_TEST_DATA_DIR "/reference.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = QStringLiteral("cannot open ") + file.fileName();
            return result;
        }
        const QByteArray all = file.readAll();
        const std::string_view text(all.constData(), std::size_t(all.size()));
        const std::vector<std::string_view> lines = split(text, '\n');
        for (std::size_t i = 1; i < lines.size(); ++i) { // line 0 is the header
            if (lines[i].empty())
                continue;
            const std::vector<std::string_view> cols = split(lines[i], ',');
            bool ok = cols.size() == 6;
            RefPoint pt;
            if (ok)
                pt.x = parseNumber(cols[2], &ok);
            for (std::size_t q = 0; ok && q < 3; ++q) {
                pt.want[q].value = parseNumber(cols[3 + q], &ok);
                pt.want[q].exactZero = cols[3 + q] == "0";
            }
            if (!ok) {
                loadError = QStringLiteral("bad line %1: ").arg(i + 1) +
                            QString::fromUtf8(lines[i].data(), qsizetype(lines[i].size()));
                return std::vector<RefCase>{};
            }
            if (result.empty() || result.back().id != cols[0] ||
                result.back().paramText != cols[1]) {
                RefCase c;
                c.id = std::string(cols[0]);
                c.paramText = std::string(cols[1]);
                if (!cols[1].empty()) {
                    for (std::string_view kv : split(cols[1], ';')) {
                        const std::size_t eq = kv.find('=');
                        bool numOk = eq != std::string_view::npos;
                        const double v = numOk ? parseNumber(kv.substr(eq + 1), &numOk) : 0.0;
                        if (!numOk) {
                            loadError = QStringLiteral("bad parameter on line %1").arg(i + 1);
                            return std::vector<RefCase>{};
                        }
                        c.params.emplace_back(std::string(kv.substr(0, eq)), v);
                    }
                }
                result.push_back(std::move(c));
            }
            result.back().points.push_back(pt);
        }
        return result;
    }();
    if (error)
        *error = loadError;
    return cases;
}

/// Same double, treating NaN as equal to NaN (bitwise agreement of two code paths).
bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/**
 * Error of one computed value against the reference, in units of its bar: <= 1 passes.
 * Returns +inf for a result of the wrong kind (NaN, a spurious or missing inf, a non-zero
 * where exactly zero is due).
 */
double scaledError(double got, const RefValue &want, double tolerance, double *relative) {
    *relative = 0;
    if (std::isnan(got)) {
        *relative = inf;
        return inf;
    }
    if (want.exactZero) {
        *relative = got == 0 ? 0.0 : inf;
        return *relative;
    }
    if (std::isinf(want.value) || std::isinf(got)) {
        *relative = got == want.value ? 0.0 : inf;
        return *relative;
    }
    if (std::abs(want.value) < DBL_MIN) {
        // Underflow rule (see the top of the file): an absolute bar of DBL_MIN.
        const double absErr = std::abs(got - want.value);
        *relative = testing_numeric::relativeError(got, want.value);
        return absErr <= DBL_MIN ? 0.0 : inf;
    }
    *relative = testing_numeric::relativeError(got, want.value);
    return *relative / tolerance;
}

QString number(double v) {
    return QString::number(v, 'g', 17);
}

} // namespace

class TestAccuracy : public QObject {
    Q_OBJECT

private slots:
    void referenceLoads();
    void everyScalarActivationHasReference();
    void matchesReference_data();
    void matchesReference();
    void evaluateAgreesWithSeparateCalls_data();
    void evaluateAgreesWithSeparateCalls();
};

void TestAccuracy::referenceLoads() {
    QString error;
    const std::vector<RefCase> &cases = referenceCases(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(cases.size() > 30);
    std::size_t points = 0;
    for (const RefCase &c : cases)
        points += c.points.size();
    QVERIFY(points > 10000);
}

void TestAccuracy::everyScalarActivationHasReference() {
    const std::vector<RefCase> &cases = referenceCases(nullptr);
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        if (!e.scalar)
            continue;
        bool found = false;
        for (const RefCase &c : cases)
            found = found || c.id == e.spec.id;
        QVERIFY2(found, ("no reference data for " + e.spec.id +
                         ": add it to tests/core/data/make_reference.py")
                            .c_str());
    }
}

namespace {

void addCaseRows() {
    QTest::addColumn<int>("index");
    const std::vector<RefCase> &cases = referenceCases(nullptr);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::string name = cases[i].id + "[" + cases[i].paramText + "]";
        QTest::newRow(name.c_str()) << int(i);
    }
}

/// Parameter vector for a case: catalog defaults overwritten by the CSV's named values.
bool paramsFor(const RefCase &c, const CatalogEntry &e, std::vector<double> *out, QString *error) {
    *out = e.spec.defaultParams();
    for (const auto &[name, value] : c.params) {
        const int index = e.spec.paramIndex(name);
        if (index < 0) {
            *error = QStringLiteral("%1 has no parameter %2")
                         .arg(QString::fromStdString(c.id), QString::fromStdString(name));
            return false;
        }
        (*out)[std::size_t(index)] = value;
    }
    if (firstInvalidParam(e.spec, *out) >= 0) {
        *error =
            QStringLiteral("catalog rejects the parameters ") + QString::fromStdString(c.paramText);
        return false;
    }
    return true;
}

} // namespace

void TestAccuracy::matchesReference_data() {
    addCaseRows();
}

void TestAccuracy::matchesReference() {
    QFETCH(int, index);
    const RefCase &c = referenceCases(nullptr)[std::size_t(index)];
    const CatalogEntry *e = Catalog::builtin().find(c.id);
    QVERIFY2(e && e->scalar, ("not a scalar activation in the catalog: " + c.id).c_str());
    std::vector<double> params;
    QString error;
    QVERIFY2(paramsFor(c, *e, &params, &error), qPrintable(error));

    struct Worst {
        double scaled = -1;
        double relative = 0;
        double x = 0, got = 0, want = 0;
    };
    std::array<Worst, 3> worst;
    std::array<int, 3> failures = {0, 0, 0};
    for (const RefPoint &pt : c.points) {
        const std::array<double, 3> got = {e->scalar->value(pt.x, params),
                                           e->scalar->derivative(pt.x, params),
                                           e->scalar->secondDerivative(pt.x, params)};
        for (std::size_t q = 0; q < 3; ++q) {
            double relative = 0;
            const double s = scaledError(got[q], pt.want[q], kTolerance[q], &relative);
            if (s > 1)
                ++failures[q];
            if (s > worst[q].scaled)
                worst[q] = {s, relative, pt.x, got[q], pt.want[q].value};
        }
    }
    QString report;
    for (std::size_t q = 0; q < 3; ++q) {
        const Worst &w = worst[q];
        if (qEnvironmentVariableIsSet("ACTLAB_ACCURACY_VERBOSE") || failures[q] > 0) {
            report += QStringLiteral("\n  %1 %2 [%3] %4: %5 of %6 points miss the bar %7; worst "
                                     "x=%8 got=%9 want=%10 rel=%11")
                          .arg(failures[q] > 0 ? QStringLiteral("FAIL") : QStringLiteral("ok  "),
                               QString::fromStdString(c.id), QString::fromStdString(c.paramText),
                               QString::fromLatin1(kQuantity[q]))
                          .arg(failures[q])
                          .arg(c.points.size())
                          .arg(kTolerance[q])
                          .arg(number(w.x), number(w.got), number(w.want))
                          .arg(w.relative, 0, 'g', 3);
        }
    }
    if (!report.isEmpty())
        qInfo().noquote() << report.mid(1);
    QVERIFY2(failures[0] == 0 && failures[1] == 0 && failures[2] == 0, qPrintable(report));
}

void TestAccuracy::evaluateAgreesWithSeparateCalls_data() {
    addCaseRows();
}

void TestAccuracy::evaluateAgreesWithSeparateCalls() {
    QFETCH(int, index);
    const RefCase &c = referenceCases(nullptr)[std::size_t(index)];
    const CatalogEntry *e = Catalog::builtin().find(c.id);
    QVERIFY2(e && e->scalar, ("not a scalar activation in the catalog: " + c.id).c_str());
    std::vector<double> params;
    QString error;
    QVERIFY2(paramsFor(c, *e, &params, &error), qPrintable(error));
    const ScalarFunction &fn = *e->scalar;

    std::vector<double> xs;
    for (const RefPoint &pt : c.points)
        xs.push_back(pt.x);
    xs.push_back(std::nan(""));
    std::vector<double> f(xs.size()), df(xs.size()), fOnly(xs.size()), dfOnly(xs.size());
    fn.evaluateBatch(xs, params, f, df);
    fn.evaluateBatch(xs, params, fOnly, {});
    fn.evaluateBatch(xs, params, {}, dfOnly);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i];
        const Derivatives d = fn.evaluate(x, params);
        const double v = fn.value(x, params);
        const double d1 = fn.derivative(x, params);
        const double d2 = fn.secondDerivative(x, params);
        const QByteArray where =
            (c.id + " [" + c.paramText + "] x=").c_str() + number(x).toLatin1();
        QVERIFY2(same(d.f, v), where + " evaluate().f " + number(d.f).toLatin1() + " != value() " +
                                   number(v).toLatin1());
        QVERIFY2(same(d.df, d1), where + " evaluate().df " + number(d.df).toLatin1() +
                                     " != derivative() " + number(d1).toLatin1());
        QVERIFY2(same(d.d2f, d2), where + " evaluate().d2f " + number(d.d2f).toLatin1() +
                                      " != secondDerivative() " + number(d2).toLatin1());
        QVERIFY2(same(f[i], v), where + " evaluateBatch f " + number(f[i]).toLatin1() +
                                    " != value() " + number(v).toLatin1());
        QVERIFY2(same(df[i], d1), where + " evaluateBatch df " + number(df[i]).toLatin1() +
                                      " != derivative() " + number(d1).toLatin1());
        QVERIFY2(same(fOnly[i], v), where + " evaluateBatch (f only) differs");
        QVERIFY2(same(dfOnly[i], d1), where + " evaluateBatch (df only) differs");
    }
}

QTEST_APPLESS_MAIN(TestAccuracy)
#include "tst_accuracy.moc"
