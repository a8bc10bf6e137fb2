// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QTest>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "explorer/catalogpanel.h"
#include "explorer/neuronpanel.h"
#include "explorer/parametereditor.h"
#include "explorer/parameterpanel.h"
#include "explorer/userformula.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "uinumber.h"
#include "unsavedchanges.h"

using namespace actlab;

namespace {

PlottedActivation activation(const char *id) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar)
        qFatal("scalar activation %s missing", id);
    return {QString::fromLatin1(id), e->scalar, e->spec.defaultParams(), &e->spec, {}, -1};
}

/// The graph of f (the first curve; kink markers live on their own layer).
QCPGraph *fGraph(NeuronPanel &panel) {
    QCustomPlot *plot = panel.plotView()->customPlot();
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->layer()->name() == QLatin1String("main"))
            return plot->graph(i);
    qFatal("no curve drawn");
}

} // namespace

/** The one-neuron view: f(w·x + b) drawn for the explorer's activation as w and b move. */
class TestNeuronPanel : public QObject {
    Q_OBJECT

private slots:
    // Closing an edited main window must not wait for the unsaved-changes question.
    void initTestCase() { discardUnsavedChangesQuestions(); }
    void drawsTheActivationOfWxPlusB() {
        NeuronPanel panel;
        panel.resize(500, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setActivation(activation("sigmoid"));
        panel.setWeightAndBias(3.0, -1.5);
        panel.plotView()->refreshNow();
        const auto f = [](double x) { return 1.0 / (1.0 + std::exp(-(3.0 * x - 1.5))); };
        int checked = 0;
        for (auto it = fGraph(panel)->data()->constBegin(); it != fGraph(panel)->data()->constEnd();
             ++it) {
            if (std::isnan(it->value))
                continue;
            QVERIFY(std::fabs(it->value - f(it->key)) < 1e-12);
            ++checked;
        }
        QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
        // The midpoint moved to x = −b/w = 0.5, and the readout says so.
        QVERIFY(panel.readout()->text().contains(UiNumber::real(0.5, 'g', 4)));
        QCOMPARE(fGraph(panel)->name(), QStringLiteral("sigmoid(3·x − 1.5)"));
    }

    void slidersAndBoxesMoveTogether() {
        NeuronPanel panel;
        panel.setActivation(activation("relu"));
        panel.weightSlider()->setValue(-40); // w = −2
        QCOMPARE(panel.weight(), -2.0);
        QCOMPARE(panel.weightBox()->value(), -2.0);
        panel.biasBox()->setValue(1.0);
        QCOMPARE(panel.biasSlider()->value(), 20);
        // relu(−2x + 1) has its kink at x = 0.5, and the plot's markers follow.
        const auto markers = panel.plotView()->markers();
        QVERIFY(!markers.empty());
        QCOMPARE(markers.front().x, 0.5);
        // A weight of 0: a flat line, said in words.
        panel.weightBox()->setValue(0.0);
        QVERIFY(panel.readout()->text().contains(UiNumber::real(1.0, 'g', 4))); // f(b) = relu(1)
        QVERIFY(panel.plotView()->markers().empty());
    }

    void followsTheExplorersActivationAndParameters() {
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NeuronPanel *neuron = window.neuronPanel();
        QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("leaky_relu")));
        QCOMPARE(neuron->plotView()->activations().first().id, QStringLiteral("leaky_relu"));
        window.parameterPanel()->editors().first()->spinBox()->setValue(0.3);
        QCOMPARE(neuron->plotView()->activations().first().params, std::vector<double>{0.3});
        // A typed formula works the same way.
        const QString formula =
            window.catalogPanel()->addFormula({QStringLiteral("sine"), QStringLiteral("sin(x)")});
        QVERIFY(window.catalogPanel()->selectActivation(formula));
        QVERIFY(neuron->plotView()->activations().first().id.startsWith(QStringLiteral("expr:")));
        neuron->setWeightAndBias(2.0, 0.0);
        const auto activations = neuron->plotView()->activations(); // a copy: first() of a
        const auto &a = activations.first();                        // temporary would dangle
        QVERIFY(std::fabs(a.function->value(0.3, a.params) - std::sin(0.6)) < 1e-12);
    }
};

QTEST_MAIN(TestNeuronPanel)
#include "tst_neuronpanel.moc"
