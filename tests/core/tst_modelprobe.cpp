// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden-unit maps and confusion matrices for display (network/modelprobe.h).
#include <cmath>

#include <QTest>

#include "network/modelprobe.h"

using namespace actlab;

namespace {
Network twoUnitTanh() {
    auto resolved = resolveHiddenActivation(ActivationChoice{"tanh", {}, ""});
    auto activation =
        std::make_shared<const HiddenActivation>(std::get<HiddenActivation>(resolved));
    NetworkShape shape;
    shape.inputs = 2;
    shape.hidden1 = 2;
    shape.outputs = 1;
    Network net(shape, activation, OutputKind::SigmoidBce);
    const ParamLayout &l = net.layout();
    auto p = net.parameters();
    std::fill(p.begin(), p.end(), 0.0);
    // W1 is inputs × hidden1: unit 0 sees x1, unit 1 sees −2·x2 + 0.5.
    p[l.w1 + 0 * 2 + 0] = 1.0;
    p[l.w1 + 1 * 2 + 1] = -2.0;
    p[l.b1 + 1] = 0.5;
    // Output: logit = 10 · h0, so the class is the sign of x1.
    p[l.wo + 0] = 10.0;
    return net;
}
} // namespace

class TestModelProbe : public QObject {
    Q_OBJECT

private slots:
    void unitMapsAreTheHiddenActivations() {
        const Network net = twoUnitTanh();
        HiddenUnitMaps maps;
        const Domain domain{-2, 2, -1, 3};
        computeHiddenUnitMaps(net, FeatureSet(), domain, 2, 8, maps);
        QCOMPARE(maps.units, 2);
        QCOMPARE(maps.width, 8);
        QCOMPARE(maps.height, 8);
        QCOMPARE(maps.values.size(), std::size_t(2 * 64));
        for (int r = 0; r < 8; ++r)
            for (int c = 0; c < 8; ++c) {
                const double x1 = -2 + (c + 0.5) * 4 / 8.0;
                const double x2 = -1 + (r + 0.5) * 4 / 8.0;
                QCOMPARE(maps.values[std::size_t(r * 8 + c)], float(std::tanh(x1)));
                QCOMPARE(maps.values[std::size_t(64 + r * 8 + c)], float(std::tanh(-2 * x2 + 0.5)));
            }
        // 1-D data: one row along x1.
        computeHiddenUnitMaps(
            net, FeatureSet::fromMask(std::uint32_t(Feature::X1)).with(Feature::X2, false), domain,
            1, 5, maps);
        QCOMPARE(maps.height, 1);
        QCOMPARE(maps.values.size(), std::size_t(2 * 5));
    }

    void confusionMatrixCountsPredictions() {
        const Network net = twoUnitTanh();
        Dataset data;
        data.task = Task::Binary;
        data.classes = 2;
        data.x1 = {-1, -0.5, 0.5, 1, 2};
        data.x2 = {0, 0, 0, 0, 0};
        data.target = {0, 1, 1, 1, 0}; // points 1 and 4 are misclassified
        const auto m = confusionMatrix(net, FeatureSet(), data);
        QCOMPARE(m.size(), std::size_t(4));
        QCOMPARE(m[0], std::int64_t(1)); // true 0, predicted 0
        QCOMPARE(m[1], std::int64_t(1)); // true 0, predicted 1
        QCOMPARE(m[2], std::int64_t(1)); // true 1, predicted 0
        QCOMPARE(m[3], std::int64_t(2)); // true 1, predicted 1
        data.task = Task::Regression;
        QVERIFY(confusionMatrix(net, FeatureSet(), data).empty());
    }
};

QTEST_APPLESS_MAIN(TestModelProbe)
#include "tst_modelprobe.moc"
