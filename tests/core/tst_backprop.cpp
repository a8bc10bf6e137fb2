// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include <QTest>

#include "activations/catalog.h"
#include "network/network.h"
#include "util/random.h"

using namespace actlab;

namespace {

struct LossCase {
    const char *name;
    OutputKind output;
    int outputs;
    int classes; ///< 0: regression targets
};

const LossCase kLosses[] = {
    {"sigmoid_bce", OutputKind::SigmoidBce, 1, 2},
    {"softmax_cce", OutputKind::SoftmaxCce, 3, 3},
    {"linear_mse", OutputKind::LinearMse, 1, 0},
    {"linear_mse_onehot", OutputKind::LinearMse, 3, 3},
};

std::vector<kernels::Isa> isas() {
    return kernels::supportedIsas(); // every kernel variant this processor can run
}

struct Problem {
    std::vector<double> x, t;
};

Problem makeProblem(int samples, int features, const LossCase &loss, std::uint64_t seed) {
    Random rng(seed);
    Problem p;
    for (int i = 0; i < samples * features; ++i)
        p.x.push_back(rng.uniform(-2, 2));
    for (int i = 0; i < samples; ++i)
        p.t.push_back(loss.classes ? double(rng.below(std::uint64_t(loss.classes)))
                                   : rng.uniform(-1, 1));
    return p;
}

/**
 * Compares the analytic gradient with central differences, parameter by parameter. Returns
 * the worst mismatch as text, empty when everything agrees.
 */
QString checkGradient(Network &net, const Problem &p, double tolerance) {
    std::vector<double> analytic(net.layout().total);
    net.lossAndGradient(p.x, p.t, analytic);
    std::span<double> theta = net.parameters();
    for (std::size_t i = 0; i < theta.size(); ++i) {
        const double saved = theta[i];
        const double h = 1e-5 * std::max(1.0, std::abs(saved));
        theta[i] = saved + h;
        const double up = net.loss(p.x, p.t);
        theta[i] = saved - h;
        const double down = net.loss(p.x, p.t);
        theta[i] = saved;
        const double numeric = (up - down) / (2 * h);
        const double error = std::abs(numeric - analytic[i]);
        if (!(error <= tolerance * (std::abs(numeric) + std::abs(analytic[i])) + 1e-7))
            return QStringLiteral("parameter %1: analytic %2, numeric %3")
                .arg(i)
                .arg(analytic[i], 0, 'g', 12)
                .arg(numeric, 0, 'g', 12);
    }
    return {};
}

} // namespace

/** Backpropagation against finite differences, for every activation, loss and layout. */
class TestBackprop : public QObject {
    Q_OBJECT

private slots:
    void everyActivation_data();
    void everyActivation();
    void preluSlopes();
    void formulaActivation();
    void lossValues();
    void fusedAndGeneralPathsAgree();
};

void TestBackprop::everyActivation_data() {
    QTest::addColumn<QString>("id");
    int count = 0;
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        if (!e.scalar)
            continue;
        QTest::newRow(e.spec.id.c_str()) << QString::fromStdString(e.spec.id);
        ++count;
    }
    QVERIFY(count >= 1);
}

void TestBackprop::everyActivation() {
    QFETCH(QString, id);
    for (bool allowFast : {true, false}) {
        ActivationChoice choice;
        choice.id = id.toStdString();
        auto resolved = resolveHiddenActivation(choice, allowFast);
        QVERIFY(std::holds_alternative<HiddenActivation>(resolved));
        auto activation =
            std::make_shared<const HiddenActivation>(std::get<HiddenActivation>(resolved));
        for (kernels::Isa isa : isas()) {
            for (const LossCase &loss : kLosses) {
                for (int hidden2 : {0, 4}) {
                    NetworkShape shape;
                    shape.inputs = 3;
                    shape.hidden1 = 5;
                    shape.hidden2 = hidden2;
                    shape.outputs = loss.outputs;
                    shape.learnableSlopes = activation->learnableSlope;
                    Network net(shape, activation, loss.output, isa);
                    net.initialise(Initializer::GlorotNormal, 11);
                    // Non-zero biases so no pre-activation sits exactly on a kink at 0.
                    Random rng(5);
                    for (double &b : net.parameters().subspan(net.layout().b1, 5))
                        b = rng.uniform(-0.3, 0.3);
                    const Problem p = makeProblem(9, 3, loss, 3);
                    const QString error = checkGradient(net, p, 2e-5);
                    QVERIFY2(error.isEmpty(),
                             qPrintable(QStringLiteral("%1 %2 %3 hidden2=%4 fast=%5: %6")
                                            .arg(id, QString::fromLatin1(loss.name),
                                                 QString::fromLatin1(kernels::isaName(isa)))
                                            .arg(hidden2)
                                            .arg(allowFast)
                                            .arg(error)));
                }
            }
        }
    }
}

void TestBackprop::preluSlopes() {
    QVERIFY2(Catalog::builtin().find("prelu"), "prelu is missing from the catalog");
    ActivationChoice choice;
    choice.id = "prelu";
    auto activation = std::make_shared<const HiddenActivation>(
        std::get<HiddenActivation>(resolveHiddenActivation(choice)));
    QVERIFY(activation->learnableSlope);
    for (int hidden2 : {0, 3}) {
        NetworkShape shape{2, 4, hidden2, 1, true};
        Network net(shape, activation, OutputKind::SigmoidBce);
        net.initialise(Initializer::HeNormal, 2);
        const ParamLayout &l = net.layout();
        QVERIFY(l.s1 != ParamLayout::none);
        QCOMPARE(net.parameters()[l.s1], 0.25);
        // Distinct slopes per unit, some negative, prove each unit's slope has its own gradient.
        for (int u = 0; u < 4; ++u)
            net.parameters()[l.s1 + std::size_t(u)] = -0.4 + 0.3 * u;
        const Problem p = makeProblem(12, 2, kLosses[0], 8);
        std::vector<double> grad(l.total);
        net.lossAndGradient(p.x, p.t, grad);
        double slopeGradient = 0;
        for (int u = 0; u < 4; ++u)
            slopeGradient += std::abs(grad[l.s1 + std::size_t(u)]);
        QVERIFY(slopeGradient > 0);
        const QString error = checkGradient(net, p, 2e-5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestBackprop::formulaActivation() {
    ActivationChoice choice;
    choice.formula = "x*sigmoid(1.5*x) + 0.1*sin(x)";
    auto resolved = resolveHiddenActivation(choice);
    QVERIFY2(std::holds_alternative<HiddenActivation>(resolved), "the formula does not compile");
    auto activation =
        std::make_shared<const HiddenActivation>(std::get<HiddenActivation>(resolved));
    NetworkShape shape{2, 4, 0, 1, false};
    Network net(shape, activation, OutputKind::LinearMse);
    net.initialise(Initializer::GlorotUniform, 4);
    // The formula's own derivative is numerical: a looser tolerance.
    const QString error = checkGradient(net, makeProblem(8, 2, kLosses[2], 6), 1e-4);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBackprop::lossValues() {
    using namespace outputmath;
    double g[3];
    // BCE with logits: softplus(o) − o·t, gradient σ(o) − t.
    QCOMPARE(lossAndGradient(OutputKind::SigmoidBce, std::array{0.3}.data(), 1, 1.0, g),
             std::log1p(std::exp(-0.3)));
    QCOMPARE(g[0], 1 / (1 + std::exp(-0.3)) - 1);
    // Far-out logits stay finite and exact.
    QCOMPARE(lossAndGradient(OutputKind::SigmoidBce, std::array{-800.0}.data(), 1, 1.0, g), 800.0);
    QCOMPARE(g[0], -1.0);
    QCOMPARE(lossAndGradient(OutputKind::SigmoidBce, std::array{800.0}.data(), 1, 1.0, g), 0.0);
    // CCE: log Σ e^o − o_t.
    const double o[3] = {1.0, 2.0, 0.5};
    const double sum = std::exp(1.0) + std::exp(2.0) + std::exp(0.5);
    QVERIFY(std::abs(lossAndGradient(OutputKind::SoftmaxCce, o, 3, 2, g) - (std::log(sum) - 0.5)) <
            1e-15);
    QVERIFY(std::abs(g[1] - std::exp(2.0) / sum) < 1e-15);
    QVERIFY(std::abs(g[2] - (std::exp(0.5) / sum - 1)) < 1e-15);
    // MSE: mean over outputs, as PyTorch's MSELoss; one-hot targets for classes.
    QCOMPARE(lossAndGradient(OutputKind::LinearMse, std::array{0.5}.data(), 1, -1.0, g), 2.25);
    QCOMPARE(g[0], 3.0);
    QCOMPARE(lossAndGradient(OutputKind::LinearMse, o, 3, 1, g), (1.0 + 1.0 + 0.25) / 3);
    QCOMPARE(g[1], 2 * (2.0 - 1.0) / 3);
}

void TestBackprop::fusedAndGeneralPathsAgree() {
    // One output and one hidden layer take the fused path; a 2-class softmax the general one.
    // σ(o) with o = o1 − o0 is exactly a 2-way softmax, so with matching weights the losses agree.
    ActivationChoice choice;
    choice.id = "relu6";
    auto activation = std::make_shared<const HiddenActivation>(
        std::get<HiddenActivation>(resolveHiddenActivation(choice)));
    Network single({2, 6, 0, 1, false}, activation, OutputKind::SigmoidBce);
    Network pair({2, 6, 0, 2, false}, activation, OutputKind::SoftmaxCce);
    single.initialise(Initializer::GlorotUniform, 9);
    pair.initialise(Initializer::GlorotUniform, 9);
    const ParamLayout &ls = single.layout(), &lp = pair.layout();
    for (std::size_t i = 0; i < ls.wo; ++i)
        pair.parameters()[i] = single.parameters()[i];
    for (int h = 0; h < 6; ++h) {
        pair.parameters()[lp.wo + std::size_t(h)] = 0;
        pair.parameters()[lp.wo + 6 + std::size_t(h)] = single.parameters()[ls.wo + std::size_t(h)];
    }
    pair.parameters()[lp.bo] = 0;
    pair.parameters()[lp.bo + 1] = single.parameters()[ls.bo];
    const Problem p = makeProblem(20, 2, kLosses[0], 1);
    std::vector<double> gs(ls.total), gp(lp.total);
    const double a = single.lossAndGradient(p.x, p.t, gs);
    const double b = pair.lossAndGradient(p.x, p.t, gp);
    QVERIFY(std::abs(a - b) < 1e-13);
    for (std::size_t i = 0; i < ls.wo; ++i)
        QVERIFY2(std::abs(gs[i] - gp[i]) < 1e-13, qPrintable(QString::number(i)));
}

QTEST_APPLESS_MAIN(TestBackprop)
#include "tst_backprop.moc"
