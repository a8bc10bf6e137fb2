// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <set>

#include <QTest>

#include "activations/catalog.h"

using namespace actlab;

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void everyRequiredActivationIsPresent_data();
    void everyRequiredActivationIsPresent();
    void aliasesResolve();
    void lookupIsCaseInsensitive();
    void idsAndAliasesAreUnique();
    void metadataIsComplete();
    void parameterDefaultsAreValid();
    void frameworkDefaultsOfLeakyRelu();
    void nearestSuggestsCloseNames();
    void invalidParametersAreFound();
    void orderedParametersStopShortOfEachOther();
};

void TestCatalog::everyRequiredActivationIsPresent_data() {
    QTest::addColumn<QString>("id");
    // Keras 3 identifiers (hard_swish and swish are aliases), PyTorch extras, and the classics.
    const char *ids[] = {"celu",         "elu",         "exponential",
                         "gelu",         "glu",         "hard_shrink",
                         "hard_sigmoid", "hard_silu",   "hard_swish",
                         "hard_tanh",    "leaky_relu",  "linear",
                         "log_sigmoid",  "log_softmax", "mish",
                         "relu",         "relu6",       "selu",
                         "sigmoid",      "silu",        "swish",
                         "soft_shrink",  "softmax",     "softplus",
                         "softsign",     "sparse_plus", "sparse_sigmoid",
                         "sparsemax",    "squareplus",  "tanh",
                         "tanh_shrink",  "threshold",   "prelu",
                         "rrelu",        "softmin",     "step",
                         "gaussian",     "arctan",      "sin",
                         "snake"};
    for (const char *id : ids)
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCatalog::everyRequiredActivationIsPresent() {
    QFETCH(QString, id);
    QVERIFY2(Catalog::builtin().find(id.toStdString()), qPrintable(id));
}

void TestCatalog::aliasesResolve() {
    const Catalog &c = Catalog::builtin();
    QVERIFY(c.find("swish"));
    QCOMPARE(c.find("swish")->spec.id, std::string("silu"));
    QVERIFY(c.find("hard_swish"));
    QCOMPARE(c.find("hard_swish")->spec.id, std::string("hard_silu"));
    QVERIFY(!c.find("no_such_activation"));
}

void TestCatalog::lookupIsCaseInsensitive() {
    QVERIFY(Catalog::builtin().find("ReLU"));
    QCOMPARE(Catalog::builtin().find("ReLU")->spec.id, std::string("relu"));
}

void TestCatalog::idsAndAliasesAreUnique() {
    std::set<std::string> seen;
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        QVERIFY2(seen.insert(e.spec.id).second, e.spec.id.c_str());
        for (const std::string &a : e.spec.aliases)
            QVERIFY2(seen.insert(a).second, a.c_str());
    }
}

void TestCatalog::metadataIsComplete() {
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        const char *id = e.spec.id.c_str();
        QVERIFY2(*e.spec.texts.name, id);
        QVERIFY2(*e.spec.texts.formula, id);
        QVERIFY2(*e.spec.texts.traits, id);
        QVERIFY2(*e.spec.texts.whenToUse, id);
        QVERIFY2(*e.spec.texts.pitfalls, id);
        QVERIFY2(*e.spec.texts.kerasSnippet || *e.spec.texts.pytorchSnippet, id);
        QVERIFY2(e.spec.isVector == bool(e.vector), id);
        QVERIFY2(e.spec.isVector != bool(e.scalar), id);
        QVERIFY2((e.spec.family == Family::Vector) == e.spec.isVector, id);
        const OutputRange &r = e.spec.properties.range;
        QVERIFY2(r.lo <= r.hi, id);
        QVERIFY2(e.spec.properties.boundedBelow == std::isfinite(r.lo) || e.spec.isVector, id);
        QVERIFY2(e.spec.properties.boundedAbove == std::isfinite(r.hi) || e.spec.isVector, id);
    }
}

void TestCatalog::parameterDefaultsAreValid() {
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        const std::vector<double> defaults = e.spec.defaultParams();
        QVERIFY2(firstInvalidParam(e.spec, defaults) < 0, e.spec.id.c_str());
        for (const ParamSpec &p : e.spec.params) {
            QVERIFY2(!p.name.empty(), e.spec.id.c_str());
            QVERIFY2(*p.description, (e.spec.id + "." + p.name).c_str());
            QVERIFY2(p.sliderMin < p.sliderMax, (e.spec.id + "." + p.name).c_str());
            QVERIFY2(p.step > 0, (e.spec.id + "." + p.name).c_str());
            QVERIFY2(p.sliderMin >= p.min && p.sliderMax <= p.max,
                     (e.spec.id + "." + p.name).c_str());
            for (const FrameworkDefault &d : p.frameworkDefaults)
                QVERIFY2(d.value >= p.min && d.value <= p.max, (e.spec.id + "." + p.name).c_str());
        }
    }
}

void TestCatalog::frameworkDefaultsOfLeakyRelu() {
    const CatalogEntry *e = Catalog::builtin().find("leaky_relu");
    QVERIFY(e);
    QCOMPARE(e->spec.params.size(), std::size_t(1));
    const ParamSpec &slope = e->spec.params[0];
    QCOMPARE(slope.defaultValue, 0.2);
    std::map<std::string, double> byFramework;
    for (const FrameworkDefault &d : slope.frameworkDefaults)
        byFramework[d.framework] = d.value;
    QCOMPARE(byFramework["Keras layer"], 0.3);
    QCOMPARE(byFramework["PyTorch"], 0.01);
    QCOMPARE(byFramework["JAX"], 0.01);
}

void TestCatalog::nearestSuggestsCloseNames() {
    const auto near = Catalog::builtin().nearest("rellu", 3);
    QVERIFY(!near.empty());
    QCOMPARE(near.front(), std::string("relu"));
    QCOMPARE(Catalog::builtin().nearest("sigmod", 1).front(), std::string("sigmoid"));
}

void TestCatalog::invalidParametersAreFound() {
    const CatalogEntry *e = Catalog::builtin().find("elu");
    QVERIFY(e);
    std::vector<double> p = e->spec.defaultParams();
    QCOMPARE(firstInvalidParam(e->spec, p), -1);
    p[0] = std::nan("");
    QCOMPARE(firstInvalidParam(e->spec, p), 0);
    p[0] = e->spec.params[0].max * 2 + 1;
    QCOMPARE(firstInvalidParam(e->spec, p), 0);
}

void TestCatalog::orderedParametersStopShortOfEachOther() {
    // hard_tanh: min_val < max_val (strict); rrelu: lower <= upper (not strict). Every value the
    // helper returns must pass checkParams, checked here for both kinds of order and both sides.
    const CatalogEntry *hardTanh = Catalog::builtin().find("hard_tanh");
    QVERIFY(hardTanh);
    const ActivationSpec &h = hardTanh->spec;
    std::vector<double> p = h.defaultParams();          // {-1, 1}
    QCOMPARE(nearestOrderedValue(h, p, 0, -2.0), -2.0); // allowed values pass unchanged
    QCOMPARE(nearestOrderedValue(h, p, 0, 2.0), 1.0 - h.params[0].step);
    QCOMPARE(nearestOrderedValue(h, p, 1, -5.0), -1.0 + h.params[1].step);
    for (double wanted : {-3.0, -1.0, 0.0, 0.99, 1.0, 1.5, 7.0}) {
        std::vector<double> q = p;
        q[0] = nearestOrderedValue(h, p, 0, wanted);
        QVERIFY2(!checkParams(h, q), qPrintable(QString::number(wanted)));
        q = p;
        q[1] = nearestOrderedValue(h, p, 1, -wanted);
        QVERIFY2(!checkParams(h, q), qPrintable(QString::number(wanted)));
    }
    const CatalogEntry *rrelu = Catalog::builtin().find("rrelu");
    QVERIFY(rrelu);
    QVERIFY(!rrelu->spec.orders.empty());
    QVERIFY(!rrelu->spec.orders.front().strict);
    std::vector<double> r = rrelu->spec.defaultParams();
    const std::size_t lo = rrelu->spec.orders.front().lower;
    const std::size_t hi = rrelu->spec.orders.front().upper;
    QCOMPARE(nearestOrderedValue(rrelu->spec, r, lo, r[hi] + 1), r[hi]); // equal is allowed
    QCOMPARE(nearestOrderedValue(rrelu->spec, r, hi, r[lo] - 1), r[lo]);
    // Activations without orders, and NaN, are left alone (checkParams reports those).
    const CatalogEntry *elu = Catalog::builtin().find("elu");
    QVERIFY(elu);
    QCOMPARE(nearestOrderedValue(elu->spec, elu->spec.defaultParams(), 0, 42.0), 42.0);
    QVERIFY(std::isnan(nearestOrderedValue(h, p, 0, std::nan(""))));
}

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
