// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QTest>

#include "activations/affineinput.h"
#include "activations/catalog.h"

using namespace actlab;

namespace {
std::shared_ptr<const ScalarFunction> scalar(const char *id) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar)
        qFatal("scalar activation %s missing", id);
    return e->scalar;
}
} // namespace

/** One neuron g(x) = f(w·x + b): the chain rule, mapped kinks, every catalog activation. */
class TestAffineInput : public QObject {
    Q_OBJECT

private slots:
    void chainRuleForEveryScalarActivation() {
        for (const CatalogEntry &e : Catalog::builtin().entries()) {
            if (!e.scalar)
                continue;
            const std::vector<double> p = e.spec.defaultParams();
            for (const auto &[w, b] : {std::pair{2.5, -1.0}, {-0.7, 0.3}, {1.0, 0.0}}) {
                const AffineInputFunction g(e.scalar, w, b);
                for (double x : {-3.1, -0.4, 0.37, 1.9}) {
                    const double z = w * x + b;
                    const Derivatives inner = e.scalar->evaluate(z, p);
                    const Derivatives d = g.evaluate(x, p);
                    QCOMPARE(d.f, inner.f);
                    QCOMPARE(d.df, w * inner.df);
                    QCOMPARE(d.d2f, w * w * inner.d2f);
                    QCOMPARE(g.value(x, p), inner.f);
                    QCOMPARE(g.derivative(x, p), w * inner.df);
                    QCOMPARE(g.secondDerivative(x, p), w * w * inner.d2f);
                }
                const std::vector<double> xs{-2.0, -0.5, 0.25, 3.0};
                std::vector<double> f(xs.size()), df(xs.size());
                g.evaluateBatch(xs, p, f, df);
                for (std::size_t i = 0; i < xs.size(); ++i) {
                    QVERIFY2(f[i] == g.value(xs[i], p) ||
                                 (std::isnan(f[i]) && std::isnan(g.value(xs[i], p))),
                             e.spec.id.c_str());
                    const double want = g.derivative(xs[i], p);
                    QVERIFY2(std::fabs(df[i] - want) <= 1e-15 * std::max(1.0, std::fabs(want)),
                             e.spec.id.c_str());
                }
            }
        }
    }

    void derivativeIsTheSlopeOfTheCurve() {
        // An oracle independent of the chain rule in the code: a central difference of g.
        const AffineInputFunction g(scalar("tanh"), 3.0, -1.5);
        for (double x : {-1.0, 0.2, 0.5, 0.9}) {
            const double h = 1e-6;
            const double slope = (g.value(x + h, {}) - g.value(x - h, {})) / (2 * h);
            QVERIFY(std::fabs(slope - g.derivative(x, {})) < 1e-8);
        }
    }

    void kinksMoveWithWeightAndBias() {
        const auto relu6 = scalar("relu6"); // kinks at 0 and 6
        const AffineInputFunction stretched(relu6, 2.0, -2.0);
        std::vector<Kink> k = stretched.kinks({});
        QCOMPARE(int(k.size()), 2);
        QCOMPARE(k[0].x, 1.0); // 2x − 2 = 0
        QCOMPARE(k[1].x, 4.0); // 2x − 2 = 6
        const AffineInputFunction mirrored(relu6, -1.0, 0.0);
        k = mirrored.kinks({});
        QCOMPARE(k[0].x, -6.0); // sorted after the mirror
        QCOMPARE(k[1].x, 0.0);
        const AffineInputFunction flat(relu6, 0.0, 3.0);
        QVERIFY(flat.kinks({}).empty());
        QCOMPARE(flat.value(-100, {}), 3.0);
        QCOMPARE(flat.derivative(7, {}), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestAffineInput)
#include "tst_affineinput.moc"
