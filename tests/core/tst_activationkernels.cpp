// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <QTest>

#include "activations/catalog.h"
#include "network/networkkernels.h"

using namespace actlab;

namespace {

std::vector<kernels::Isa> isas() {
    return kernels::supportedIsas(); // every kernel variant this processor can run
}

/// Dense near 0 and the kinks, wide enough to reach the saturated tails. (Infinities never
/// reach the kernels: the engine stops on the first non-finite loss.)
std::vector<double> samplePoints() {
    std::vector<double> xs{0.0,   -0.0,   6.0,   0.625,  -0.625, 20.0,    -20.0, 19.999,
                           708.0, -708.0, 800.0, -800.0, 1e-300, -1e-300, 1e-9,  -1e-9};
    for (int i = -4000; i <= 4000; ++i)
        xs.push_back(i * 0.0125); // -50 .. 50
    for (int i = -300; i <= 300; ++i)
        xs.push_back(std::ldexp(1.0, i / 10) * (i % 2 ? 1.37 : -0.91));
    return xs;
}

bool close(double fast, double exact, double relative) {
    if (std::isnan(exact))
        return std::isnan(fast);
    if (fast == exact)
        return true;
    return std::abs(fast - exact) <= relative * std::abs(exact) + 1e-300;
}

/// Two functions subtract: tanh_shrink's f = x − tanh x (for |x| ≥ 0.55) and snake's
/// x + sin²(αx)/α (for x < 0), where the result is smaller than its terms, which multiplies
/// the kernels' few-ulp error (libmvec's tanh, snake's polynomial sine) by up to about 6; the
/// catalog's scalar tanh and sin are within 1 ulp.
double cancellingTolerance(const QString &id, double tolerance) {
    return id == QLatin1String("tanh_shrink") || id == QLatin1String("snake") ? 1.5e-14 : tolerance;
}

} // namespace

/** The fused activation kernels agree with the catalog's functions. */
class TestActivationKernels : public QObject {
    Q_OBJECT

private slots:
    void matchCatalog_data();
    void matchCatalog();
    void preluPerUnitSlopes();
    void nanPropagates();
    void extremesMatchCatalog_data();
    void extremesMatchCatalog();
};

/// Every scalar catalog activation at its defaults and with each parameter at both ends of its
/// slider (and beyond, where the frameworks allow it), as a training run can choose it.
void TestActivationKernels::matchCatalog_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::vector<double>>("params");
    for (const CatalogEntry &entry : Catalog::builtin().entries()) {
        if (!entry.scalar)
            continue; // softmax and friends are not hidden-layer activations
        const ActivationSpec &spec = entry.spec;
        const QString id = QString::fromStdString(spec.id);
        QTest::newRow(qPrintable(id)) << id << spec.defaultParams();
        for (std::size_t i = 0; i < spec.params.size(); ++i) {
            const ParamSpec &ps = spec.params[i];
            for (double v : {ps.sliderMin, ps.sliderMax, 4 * ps.sliderMax - 3 * ps.sliderMin}) {
                std::vector<double> params = spec.defaultParams();
                params[i] = ps.integer ? std::round(std::clamp(v, ps.min, ps.max)) : v;
                if (params[i] == spec.defaultParams()[i] || firstInvalidParam(spec, params) >= 0)
                    continue;
                QTest::newRow(qPrintable(QStringLiteral("%1 %2=%3")
                                             .arg(id, QString::fromStdString(ps.name))
                                             .arg(params[i])))
                    << id << params;
            }
        }
    }
}

// f within `fTolerance` of the catalog, relative; f' relative, or relative to the largest |f'|
// over the points where f' crosses zero (as accurate as f itself).
void TestActivationKernels::matchCatalog() {
    QFETCH(QString, id);
    QFETCH(std::vector<double>, params);
    ActivationChoice choice;
    choice.id = id.toStdString();
    choice.params = params;
    const auto resolved = resolveHiddenActivation(choice);
    QVERIFY(std::holds_alternative<HiddenActivation>(resolved));
    const HiddenActivation &a = std::get<HiddenActivation>(resolved);
    QVERIFY2(a.fast != FastActivation::None, "every catalog activation has a fused kernel");
    // A few ulps: the hand-written kernels, and the catalog's own maths calling glibc's vector
    // functions (4 ulps each, the worst case measured about 3.5 ulps: SELU's f′ near 0⁻).
    const double tolerance = 1e-15;
    const double fTolerance = cancellingTolerance(id, tolerance);

    const std::vector<double> xs = samplePoints();
    std::vector<double> f(xs.size()), df(xs.size()), exactF(xs.size()), exactDf(xs.size());
    std::vector<double> slopes(xs.size(), params.empty() ? 0.0 : params[0]);
    double largestDf = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        exactF[i] = a.function->value(xs[i], a.params);
        exactDf[i] = a.function->derivative(xs[i], a.params);
        if (std::isfinite(exactDf[i]) && std::abs(xs[i]) <= 50)
            largestDf = std::max(largestDf, std::abs(exactDf[i]));
    }
    for (kernels::Isa isa : isas()) {
        kernels::applyActivation(isa, a, xs.data(), f.data(), df.data(), xs.size(), slopes.data());
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const bool dfClose = close(df[i], exactDf[i], tolerance) ||
                                 std::abs(df[i] - exactDf[i]) <= tolerance * largestDf;
            QVERIFY2(close(f[i], exactF[i], fTolerance) && dfClose,
                     qPrintable(QStringLiteral("%1 at %2 (%3): f %4 vs %5, f' %6 vs %7")
                                    .arg(id)
                                    .arg(xs[i], 0, 'g', 17)
                                    .arg(QString::fromLatin1(kernels::isaName(isa)))
                                    .arg(f[i], 0, 'g', 17)
                                    .arg(exactF[i], 0, 'g', 17)
                                    .arg(df[i], 0, 'g', 17)
                                    .arg(exactDf[i], 0, 'g', 17)));
        }
    }
}

void TestActivationKernels::preluPerUnitSlopes() {
    HiddenActivation a;
    a.fast = FastActivation::Prelu;
    a.learnableSlope = true;
    const double z[4] = {-2, -1, 0, 3};
    const double slopes[4] = {0.5, -0.25, 0.1, 0.7};
    double f[4], df[4];
    for (kernels::Isa isa : isas()) {
        kernels::applyActivation(isa, a, z, f, df, 4, slopes);
        QCOMPARE(f[0], -1.0);
        QCOMPARE(f[1], 0.25);
        QCOMPARE(f[2], 0.0);
        QCOMPARE(f[3], 3.0);
        QCOMPARE(df[0], 0.5);
        QCOMPARE(df[1], -0.25);
        QCOMPARE(df[2], 0.1); // PyTorch: the slope at 0
        QCOMPARE(df[3], 1.0);
    }
}

void TestActivationKernels::nanPropagates() {
    for (const CatalogEntry &entry : Catalog::builtin().entries()) {
        if (!entry.scalar)
            continue;
        const char *id = entry.spec.id.c_str();
        ActivationChoice choice;
        choice.id = entry.spec.id;
        const auto resolved = resolveHiddenActivation(choice);
        QVERIFY2(std::holds_alternative<HiddenActivation>(resolved), id);
        const double z[3] = {1, std::nan(""), -1};
        const double slopes[3] = {0.25, 0.25, 0.25}; // PReLU's, one per value
        double f[3], df[3];
        for (kernels::Isa isa : isas()) {
            kernels::applyActivation(isa, std::get<HiddenActivation>(resolved), z, f, df, 3,
                                     slopes);
            QVERIFY2(std::isnan(f[1]), id);
            QVERIFY2(std::isfinite(f[0]) && std::isfinite(f[2]), id);
        }
    }
}

void TestActivationKernels::extremesMatchCatalog_data() {
    matchCatalog_data(); // every scalar id, at its defaults and its sliders' ends
    for (double slope : {0.0, 0.2, 1.5, -0.5, 1e6, -1e6})
        QTest::newRow(("leaky_relu " + QByteArray::number(slope)).constData())
            << QStringLiteral("leaky_relu") << std::vector<double>{slope};
    for (double slope : {0.0, 0.25, 2.0, -3.0})
        QTest::newRow(("prelu " + QByteArray::number(slope)).constData())
            << QStringLiteral("prelu") << std::vector<double>{slope};
}

// Infinities should never reach the kernels, but where they do (and at ±1e308 and subnormals)
// the kernels give the catalog's limits: no NaN from 0·inf, no overflow the catalog avoids.
void TestActivationKernels::extremesMatchCatalog() {
    QFETCH(QString, id);
    QFETCH(std::vector<double>, params);
    ActivationChoice choice;
    choice.id = id.toStdString();
    choice.params = params;
    const auto resolved = resolveHiddenActivation(choice);
    QVERIFY(std::holds_alternative<HiddenActivation>(resolved));
    const HiddenActivation &a = std::get<HiddenActivation>(resolved);
    QVERIFY(a.fast != FastActivation::None);
    const double inf = std::numeric_limits<double>::infinity();
    const double sub = std::numeric_limits<double>::denorm_min();
    const std::vector<double> xs{0.0,    -0.0,    sub,   -sub,   2.2e-308, -2.2e-308,
                                 1e-300, -1e-300, 1e308, -1e308, inf,      -inf};
    std::vector<double> slopes(xs.size(), params.empty() ? 0.0 : params[0]);
    std::vector<double> f(xs.size()), df(xs.size());
    for (kernels::Isa isa : isas()) {
        kernels::applyActivation(isa, a, xs.data(), f.data(), df.data(), xs.size(), slopes.data());
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double exactF = a.function->value(xs[i], a.params);
            const double exactDf = a.function->derivative(xs[i], a.params);
            // f' as in matchCatalog: relative to its largest value, 1 (tanh's kernel stops
            // at |x| = 20, where f' = 1.7e-17 is already below that bar)
            const double fTolerance = cancellingTolerance(id, 1e-15);
            QVERIFY2(close(f[i], exactF, fTolerance) &&
                         (close(df[i], exactDf, 1e-15) || std::abs(df[i] - exactDf) <= 4e-16),
                     qPrintable(QStringLiteral("%1 at %2 (%3): f %4 vs %5, f' %6 vs %7")
                                    .arg(id)
                                    .arg(xs[i], 0, 'g', 17)
                                    .arg(QString::fromLatin1(kernels::isaName(isa)))
                                    .arg(f[i], 0, 'g', 17)
                                    .arg(exactF, 0, 'g', 17)
                                    .arg(df[i], 0, 'g', 17)
                                    .arg(exactDf, 0, 'g', 17)));
        }
    }
}

QTEST_APPLESS_MAIN(TestActivationKernels)
#include "tst_activationkernels.moc"
