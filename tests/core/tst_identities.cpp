// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <set>
#include <string>

#include <QTest>

#include "activations/catalog.h"
#include "relations/identities.h"

using namespace actlab;

namespace {

const Identity &identity(const char *key) {
    const Identity *found = findIdentity(key);
    if (!found)
        qFatal("identity %s missing", key);
    return *found;
}

bool close(double got, double want, double tolerance) {
    return std::fabs(got - want) <= tolerance;
}

} // namespace

/** The relations between activations: both sides from the catalog, compared on a grid. */
class TestIdentities : public QObject {
    Q_OBJECT

private slots:
    void theSevenIdentitiesInOrder() {
        const char *keys[] = {"tanh_sigmoid",    "softplus_sigmoid", "silu_sigmoid", "gelu_sigmoid",
                              "softmax_sigmoid", "relu_abs",         "selu_elu"};
        QCOMPARE(identities().size(), std::size(keys));
        std::set<std::string> seen;
        for (std::size_t i = 0; i < identities().size(); ++i) {
            const Identity &id = identities()[i];
            QCOMPARE(id.key, std::string(keys[i]));
            QVERIFY(seen.insert(id.key).second);
            QCOMPARE(findIdentity(keys[i]), &id);
            QVERIFY2(*id.formula && *id.lhsLabel && *id.rhsLabel, keys[i]);
            QVERIFY2(*id.title && *id.explanation, keys[i]);
            QVERIFY2(id.lhs && id.rhs, keys[i]);
            QVERIFY2(!id.terms.empty(), keys[i]);
            // The approximation says so in its formula, the identities with "=" (the first
            // relation sign; SELU's constants are written with "≈" after it).
            const std::string formula = id.formula;
            QCOMPARE(formula.find(" ≈ ") < formula.find(" = "), !id.exact);
        }
        QVERIFY(!findIdentity("no_such_identity"));
        QVERIFY(!identity("gelu_sigmoid").exact);
    }

    void termsAreCatalogActivationsWithValidParameters() {
        for (const Identity &id : identities()) {
            for (const IdentityTerm &term : id.terms) {
                const CatalogEntry *entry = Catalog::builtin().find(term.id);
                QVERIFY2(entry, term.id.c_str());
                QCOMPARE(entry->spec.id, term.id); // the id itself, not an alias
                QCOMPARE(term.params.size(), entry->spec.params.size());
                QVERIFY2(!checkParams(entry->spec, term.params), term.id.c_str());
            }
        }
        const auto ids = [](const Identity &id) {
            std::vector<std::string> out;
            for (const IdentityTerm &t : id.terms)
                out.push_back(t.id);
            return out;
        };
        using Ids = std::vector<std::string>;
        QCOMPARE(ids(identity("tanh_sigmoid")), (Ids{"tanh", "sigmoid"}));
        QCOMPARE(ids(identity("softplus_sigmoid")), (Ids{"softplus", "sigmoid"}));
        QCOMPARE(ids(identity("silu_sigmoid")), (Ids{"silu", "sigmoid"}));
        QCOMPARE(ids(identity("gelu_sigmoid")), (Ids{"gelu", "silu"}));
        QCOMPARE(ids(identity("softmax_sigmoid")), (Ids{"softmax", "sigmoid"}));
        QCOMPARE(ids(identity("relu_abs")), (Ids{"relu"}));
        QCOMPARE(ids(identity("selu_elu")), (Ids{"selu", "elu"}));
        // The parameters that make the relation: exact GELU against SiLU with β = 1.702, and
        // ELU with SELU's α.
        QCOMPARE(identity("gelu_sigmoid").terms[0].params, std::vector<double>{0.0});
        QCOMPARE(identity("gelu_sigmoid").terms[1].params, std::vector<double>{1.702});
        QCOMPARE(identity("selu_elu").terms[1].params, std::vector<double>{1.6732632423543772});
        QCOMPARE(identity("silu_sigmoid").terms[0].params, std::vector<double>{1.0});
        QCOMPARE(identity("softmax_sigmoid").terms[0].params, std::vector<double>{1.0});
    }

    void sidesMatchIndependentValues() {
        // Reference values from 40-digit arithmetic (mpmath), not from the code under test: each
        // side is checked on its own, so two equal but wrong sides would not pass.
        const auto both = [](const char *key, double x, double lhs, double rhs) {
            const Identity &id = identity(key);
            QVERIFY2(close(id.lhs(x), lhs, 4e-16 * std::max(1.0, std::fabs(lhs))), key);
            QVERIFY2(close(id.rhs(x), rhs, 4e-16 * std::max(1.0, std::fabs(rhs))), key);
        };
        both("tanh_sigmoid", 0.5, 0.46211715726000976, 0.46211715726000976);
        both("softplus_sigmoid", -3, 0.047425873177566781, 0.047425873177566781);
        both("silu_sigmoid", -1.5, -0.27363828570953451, -0.27363828570953451);
        both("gelu_sigmoid", 1, 0.84134474606854295, 0.8457957659328213);
        both("gelu_sigmoid", -2.27, -0.026340606754721024, -0.046675476021035534);
        both("softmax_sigmoid", -3, 0.047425873177566781, 0.047425873177566781);
        both("relu_abs", -2.5, 0, 0);
        both("relu_abs", 2.5, 2.5, 2.5);
        both("selu_elu", -1, -1.1113307378125628, -1.1113307378125628);
        both("selu_elu", 2, 2.101401974710961, 2.101401974710961);
    }

    void exactIdentitiesHoldToRounding() {
        for (const Identity &id : identities()) {
            if (!id.exact)
                continue;
            const IdentityComparison c = compareIdentity(id, -8, 8, 1601);
            QCOMPARE(c.x.size(), std::size_t(1601));
            // A few units in the last place of the largest value drawn, nothing more.
            const double bound = 1e-15 * std::max(1.0, c.scale);
            QVERIFY2(c.maxDifference <= bound, qPrintable(QStringLiteral("%1: %2 at x = %3")
                                                              .arg(QString::fromStdString(id.key))
                                                              .arg(c.maxDifference)
                                                              .arg(c.maxDifferenceAt)));
            QVERIFY(c.maxDifferenceAt >= -8 && c.maxDifferenceAt <= 8);
        }
        // (x + |x|)/2 is exact in floating point: not one bit apart.
        QCOMPARE(compareIdentity(identity("relu_abs"), -8, 8, 1601).maxDifference, 0.0);
    }

    void geluApproximationDiffersByAboutTwoHundredths() {
        // max |x·Φ(x) − x·σ(1.702x)| = 0.0203348722… at x = ±2.2703977 (mpmath, 40 digits,
        // Newton on the derivative of the difference).
        const Identity &gelu = identity("gelu_sigmoid");
        const IdentityComparison fine = compareIdentity(gelu, -8, 8, 16001); // step 0.001
        QVERIFY2(close(fine.maxDifference, 0.0203348722, 1e-8),
                 qPrintable(QString::number(fine.maxDifference, 'g', 12)));
        QVERIFY2(close(std::fabs(fine.maxDifferenceAt), 2.2704, 0.0015),
                 qPrintable(QString::number(fine.maxDifferenceAt, 'g', 12)));
        // On the panel's coarser grid (step 0.02) the sampled maximum is 0.02033316… at ±2.28.
        const IdentityComparison coarse = compareIdentity(gelu, -8, 8, 801);
        QVERIFY2(close(coarse.maxDifference, 0.0203331645, 1e-8),
                 qPrintable(QString::number(coarse.maxDifference, 'g', 12)));
        QVERIFY(close(std::fabs(coarse.maxDifferenceAt), 2.28, 1e-9));
    }

    void selusConstantsAreTheCatalogs() {
        // SELU(x) = λx for x > 0 with the catalog's own λ, so SELU(1) is λ itself.
        const CatalogEntry *selu = Catalog::builtin().find("selu");
        QCOMPARE(selu->scalar->value(1.0, {}), 1.0507009873554805);
        const Identity &id = identity("selu_elu");
        QCOMPARE(id.rhs(1.0), 1.0507009873554805);
    }

    void samplingCoversTheRangeExactly() {
        const Identity &id = identity("tanh_sigmoid");
        const IdentityComparison c = compareIdentity(id, -2, 3, 7);
        QCOMPARE(c.x.front(), -2.0);
        QCOMPARE(c.x.back(), 3.0);
        QCOMPARE(c.lhs.size(), std::size_t(7));
        QCOMPARE(c.rhs.size(), std::size_t(7));
        QVERIFY(c.yMin < -0.96 && c.yMin > -1);
        QVERIFY(c.yMax > 0.99 && c.yMax < 1);
        QVERIFY(close(c.scale, std::tanh(3.0), 1e-15));
        QVERIFY(compareIdentity(id, -2, 3, 0).x.empty());
        const IdentityComparison one = compareIdentity(id, 0.5, 3, 1);
        QCOMPARE(one.x, std::vector<double>{0.5});
        QCOMPARE(one.maxDifferenceAt, 0.5);
    }
};

QTEST_APPLESS_MAIN(TestIdentities)
#include "tst_identities.moc"
