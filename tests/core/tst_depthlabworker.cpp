// SPDX-License-Identifier: GPL-3.0-or-later
#include <chrono>
#include <thread>

#include <QTest>

#include "depth/depthlabworker.h"
#include "engine/parallelexecutor.h"

using namespace actlab;
using namespace actlab::depth;

namespace {

PropagationConfig config(const char *id, int depth, int width, int batch) {
    ActivationChoice choice;
    choice.id = id;
    PropagationConfig c;
    c.activation = std::get<HiddenActivation>(resolveHiddenActivation(choice));
    c.depth = depth;
    c.width = width;
    c.batch = batch;
    return c;
}

DepthLabRequest request(std::vector<PropagationConfig> configs, int phase = -1) {
    DepthLabRequest r;
    r.configs = std::move(configs);
    r.phaseConfig = phase;
    r.phaseWeightVariances = {0.5, 1.0, 1.5, 2.0};
    r.phaseBiasVariances = {0.0, 0.1};
    return r;
}

/// Polls like the page's timer until the answer to `id` is finished.
std::optional<DepthLabResult> waitFor(DepthLabWorker &worker, std::uint64_t id, int seconds = 60) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    std::optional<DepthLabResult> last;
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto r = worker.takeLatest()) {
            if (r->request == id)
                last = r;
            if (last && last->finished)
                return last;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return last;
}

} // namespace

/** The depth lab's background worker: what the page relies on. */
class TestDepthLabWorker : public QObject {
    Q_OBJECT

private slots:
    void answersWithTheSameNumbersAsADirectRun();
    void theoryComesFirst();
    void newestRequestWins();
    void phaseDiagramIsComputed();
    void destroyingWhileBusyReturnsPromptly();
};

void TestDepthLabWorker::answersWithTheSameNumbersAsADirectRun() {
    DepthLabWorker worker(2);
    const PropagationConfig c = config("tanh", 6, 48, 20);
    const auto result = waitFor(worker, worker.submit(request({c})));
    QVERIFY(result && result->finished);
    QCOMPARE(result->measured, std::vector<bool>{true});
    const auto executor = ParallelExecutor::create(1);
    const DepthReport direct = runDepthExperiment(c, *executor);
    const DepthReport &got = *result->reports[0];
    QCOMPARE(got.measured.layers.size(), direct.measured.layers.size());
    for (std::size_t l = 0; l < direct.measured.layers.size(); ++l) {
        QCOMPARE(got.measured.layers[l].preVariance, direct.measured.layers[l].preVariance);
        QCOMPARE(got.measured.layers[l].gradNorm2, direct.measured.layers[l].gradNorm2);
        QCOMPARE(got.predicted[l].q, direct.predicted[l].q);
    }
    QCOMPARE(result->progress, 1.0);
}

void TestDepthLabWorker::theoryComesFirst() {
    DepthLabWorker worker(1);
    // Large enough that the measurement takes a while after the theory is published.
    const auto id = worker.submit(request({config("relu", 60, 512, 512)}));
    std::optional<DepthLabResult> first;
    for (int i = 0; i < 20000 && !first; ++i) {
        first = worker.takeLatest();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    QVERIFY(first);
    QCOMPARE(first->request, id);
    QVERIFY(first->reports[0]);
    QCOMPARE(first->reports[0]->predicted.size(), std::size_t(61));
    QVERIFY(!first->measured[0]); // the theory alone
    QVERIFY(!first->finished);
}

void TestDepthLabWorker::newestRequestWins() {
    DepthLabWorker worker(2);
    std::uint64_t last = 0;
    for (int depth = 30; depth < 60; ++depth)
        last = worker.submit(request({config("tanh", depth, 256, 256)}));
    const auto result = waitFor(worker, last);
    QVERIFY(result && result->finished);
    QCOMPARE(result->request, last);
    QCOMPARE(result->reports[0]->measured.layers.size(), std::size_t(60));
    // Nothing older is published afterwards.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const auto later = worker.takeLatest();
    QVERIFY(!later || later->request == last);
    // Asking again for the same configuration is answered from the cache.
    const auto again = worker.submit(request({config("tanh", 59, 256, 256)}));
    const auto cached = waitFor(worker, again);
    QVERIFY(cached && cached->finished);
    QCOMPARE(cached->reports[0]->measured.layers[59].preVariance,
             result->reports[0]->measured.layers[59].preVariance);
}

void TestDepthLabWorker::phaseDiagramIsComputed() {
    DepthLabWorker worker(2);
    const auto result = waitFor(worker, worker.submit(request({config("tanh", 3, 16, 8)}, 0)));
    QVERIFY(result && result->finished && result->phase);
    QCOMPARE(result->phase->chi1.size(), std::size_t(8));
    QCOMPARE(result->phase->criticalWeightVariance.size(), std::size_t(2));
    // tanh at σ_b² = 0: χ₁ = σ_w² below the critical value 1, ordered; chaotic above.
    QVERIFY(qAbs(result->phase->chi1[0] - 0.5) < 1e-6);
    QVERIFY(result->phase->chi1[3] > 1);
    QVERIFY(qAbs(result->phase->criticalWeightVariance[0].value_or(0) - 1) < 1e-6);
}

void TestDepthLabWorker::destroyingWhileBusyReturnsPromptly() {
    DepthLabWorker worker(2);
    // Minutes of work if it ran to the end.
    worker.submit(request({config("gelu", 200, 2048, 512)}));
    while (!worker.busy())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // A newer request cancels it between layers: being answered at all proves that (the wait
    // is a guard against a hang, not a measure of speed).
    const auto small = worker.submit(request({config("tanh", 2, 8, 4)}));
    const auto result = waitFor(worker, small, 600);
    QVERIFY(result && result->finished);
    // And the destructor, with the big one submitted again, cancels and joins the same way.
    worker.submit(request({config("gelu", 200, 2048, 512)}));
}

QTEST_APPLESS_MAIN(TestDepthLabWorker)
#include "tst_depthlabworker.moc"
