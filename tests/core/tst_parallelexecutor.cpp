// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <QTest>

#include "engine/parallelexecutor.h"
#include "sanitizers.h"

using namespace actlab;

Q_DECLARE_METATYPE(actlab::ParallelExecutor::Kind)

/** Both executors: every piece exactly once, distinct workers, many runs, sleep and wake. */
class TestParallelExecutor : public QObject {
    Q_OBJECT

private slots:
    void everyPieceOnce_data();
    void everyPieceOnce();
    void manyShortRuns_data();
    void manyShortRuns();
    void wakesAfterSleeping_data();
    void wakesAfterSleeping();

private:
    static void addKinds();
};

void TestParallelExecutor::addKinds() {
    QTest::addColumn<ParallelExecutor::Kind>("kind");
    QTest::addColumn<int>("threads");
    for (int threads : {1, 2, 3, 4}) {
        for (ParallelExecutor::Kind kind : testing_sanitizers::executorKinds())
            QTest::addRow("%s %d", kind == ParallelExecutor::Kind::Tbb ? "tbb" : "pool", threads)
                << kind << threads;
    }
}

void TestParallelExecutor::everyPieceOnce_data() {
    addKinds();
}

void TestParallelExecutor::everyPieceOnce() {
    QFETCH(ParallelExecutor::Kind, kind);
    QFETCH(int, threads);
    auto executor = ParallelExecutor::create(threads, kind);
    QCOMPARE(executor->threads(), threads);
    QCOMPARE(executor->kind(), kind);
    for (std::size_t count : {0u, 1u, 2u, 7u, 100u, 1000u}) {
        std::vector<std::atomic<int>> hits(count);
        std::vector<std::atomic<int>> busy(static_cast<std::size_t>(threads));
        std::atomic<bool> overlap{false}, badWorker{false};
        executor->run(count, [&](std::size_t i, int worker) {
            if (worker < 0 || worker >= threads) {
                badWorker = true;
                return;
            }
            // Two pieces running at once on the same worker id would share scratch memory.
            if (busy[std::size_t(worker)].fetch_add(1) != 0)
                overlap = true;
            ++hits[i];
            volatile double x = 0;
            for (int k = 0; k < 2000; ++k)
                x = x + 1;
            busy[std::size_t(worker)].fetch_sub(1);
        });
        QVERIFY(!badWorker);
        QVERIFY(!overlap);
        for (std::size_t i = 0; i < count; ++i)
            QCOMPARE(hits[i].load(), 1);
    }
}

void TestParallelExecutor::manyShortRuns_data() {
    addKinds();
}

void TestParallelExecutor::manyShortRuns() {
    QFETCH(ParallelExecutor::Kind, kind);
    QFETCH(int, threads);
    auto executor = ParallelExecutor::create(threads, kind);
    std::vector<double> out(3);
    double total = 0;
    for (int run = 0; run < 5000; ++run) {
        executor->run(3, [&](std::size_t i, int) { out[i] = double(run) * double(i + 1); });
        total += out[0] + out[1] + out[2]; // the run has finished: its results are visible
    }
    QCOMPARE(total, 6.0 * 4999 * 5000 / 2);
}

void TestParallelExecutor::wakesAfterSleeping_data() {
    addKinds();
}

void TestParallelExecutor::wakesAfterSleeping() {
    QFETCH(ParallelExecutor::Kind, kind);
    QFETCH(int, threads);
    auto executor = ParallelExecutor::create(threads, kind);
    for (int round = 0; round < 3; ++round) {
        // Longer than any spinning: the workers are asleep when the next run comes.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        std::atomic<int> sum{0};
        executor->run(16, [&](std::size_t i, int) { sum += int(i); });
        QCOMPARE(sum.load(), 120);
    }
}

QTEST_APPLESS_MAIN(TestParallelExecutor)
#include "tst_parallelexecutor.moc"
