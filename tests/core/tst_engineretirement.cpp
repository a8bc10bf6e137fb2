// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <vector>

#include <QTest>

#include "engine/engine.h"
#include "engine/engineretirement.h"

using namespace actlab;

namespace {

std::unique_ptr<Engine> runningEngine(int points) {
    TrainingConfig c;
    c.dataset.n = points;
    c.hidden = 32;
    c.activation.id = "gelu";
    auto created = Engine::create(c);
    if (!std::holds_alternative<std::unique_ptr<Engine>>(created))
        qFatal("configuration refused");
    auto engine = std::move(std::get<std::unique_ptr<Engine>>(created));
    engine->start();
    return engine;
}

} // namespace

/** Engines that are replaced wind down on a thread of their own, and none is left behind. */
class TestEngineRetirement : public QObject {
    Q_OBJECT

private slots:
    void retiredEnginesAreDestroyed();
    void destructorWaitsForEveryEngine();
    void retirementCounts();
    void nullIsIgnored();
};

void TestEngineRetirement::retiredEnginesAreDestroyed() {
    EngineRetirement retirement;
    std::weak_ptr<const Snapshot> snapshot;
    {
        auto engine = runningEngine(2000);
        snapshot = engine->latestSnapshot();
        retirement.retire(std::move(engine));
        QVERIFY(!engine); // taken over
    }
    // The engine's snapshot lives as long as the engine or its readers; once the engine is
    // gone, only this test could hold it (it does not).
    QTRY_COMPARE_WITH_TIMEOUT(retirement.pending(), std::size_t(0), 20000);
    QVERIFY(snapshot.expired());
}

void TestEngineRetirement::destructorWaitsForEveryEngine() {
    std::vector<std::weak_ptr<const Snapshot>> snapshots;
    {
        EngineRetirement retirement;
        for (int i = 0; i < 5; ++i) {
            auto engine = runningEngine(4000);
            snapshots.push_back(engine->latestSnapshot());
            retirement.retire(std::move(engine));
        }
    } // joins: every engine destroyed before this line
    for (const auto &s : snapshots)
        QVERIFY(s.expired());
}

void TestEngineRetirement::retirementCounts() {
    EngineRetirement retirement;
    QCOMPARE(retirement.pending(), std::size_t(0));
    retirement.retire(runningEngine(500));
    retirement.retire(runningEngine(500));
    QVERIFY(retirement.pending() <= 2);
    QTRY_COMPARE_WITH_TIMEOUT(retirement.pending(), std::size_t(0), 20000);
}

void TestEngineRetirement::nullIsIgnored() {
    EngineRetirement retirement;
    retirement.retire(nullptr);
    QCOMPARE(retirement.pending(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestEngineRetirement)
#include "tst_engineretirement.moc"
