// SPDX-License-Identifier: GPL-3.0-or-later
// Training throughput of the engine (samples per second), for tanh and for every catalog
// activation, the cost of a parallel dispatch for the two executors, the fused activation
// kernels against the catalog's generic batch path, the output grid and the playground's
// picture for every activation. Run:
// build/bin/bench_training [--benchmark_filter=...] scripts/bench_vs_pytorch.py puts the training
// figures next to PyTorch's.
#include <atomic>
#include <iterator>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "activations/catalog.h"
#include "engine/parallelexecutor.h"
#include "engine/trainer.h"
#include "network/networkkernels.h"

using namespace actlab;

namespace {

/// The three reference configurations of the speed goals: 2-H-1 tanh, Adam, spiral data.
struct Reference {
    int hidden, n, batch;
};
constexpr Reference kReferences[] = {{16, 1000, 32}, {64, 2000, 64}, {256, 20000, 0}};

/// `formula`, when given, replaces the catalog `activation`.
Trainer makeTrainer(const Reference &r, int threads, ParallelExecutor::Kind kind,
                    const char *activation = "tanh", const char *formula = nullptr) {
    TrainingConfig c;
    c.dataset.kind = DatasetKind::Spiral;
    c.dataset.n = r.n;
    c.testFraction = 0;
    c.hidden = r.hidden;
    c.batchSize = r.batch;
    c.threads = threads;
    c.activation.id = activation;
    if (formula)
        c.activation.formula = formula;
    return Trainer(std::get<TrainingSetup>(prepareTraining(c)), kind);
}

/// Args: reference index, threads, executor (0 TBB, 1 thread pool).
void trainEpochs(benchmark::State &state) {
    const Reference &r = kReferences[state.range(0)];
    Trainer trainer = makeTrainer(r, int(state.range(1)),
                                  state.range(2) ? ParallelExecutor::Kind::ThreadPool
                                                 : ParallelExecutor::Kind::Tbb);
    trainer.runEpoch(); // warm up: buffers, pool threads
    for (auto _ : state)
        trainer.runEpoch();
    state.SetItemsProcessed(state.iterations() * std::int64_t(r.n));
    state.SetLabel(kernels::isaName(trainer.network().isa()));
}
BENCHMARK(trainEpochs)
    ->ArgNames({"config", "threads", "pool"})
    ->ArgsProduct({{0, 1, 2}, {1, 2}, {0, 1}})
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

/// One reference configuration trained with a catalog activation at its defaults, one thread:
/// registered for every scalar id in main(), as trainActivation/ID/config:N.
void trainActivation(benchmark::State &state, std::string id, int config) {
    const Reference &r = kReferences[config];
    Trainer trainer = makeTrainer(r, 1, ParallelExecutor::Kind::Tbb, id.c_str());
    trainer.runEpoch();
    for (auto _ : state)
        trainer.runEpoch();
    state.SetItemsProcessed(state.iterations() * std::int64_t(r.n));
    state.SetLabel(kernels::isaName(trainer.network().isa()));
}

/// Typed formulas against tanh (issue 11's goal: a formula trains at least 10% as fast as tanh on
/// the same configuration). Args: reference index, threads, activation (0 tanh, fused; 1..3 the
/// formulas below, through FormulaFunction::evaluateBatch).
constexpr const char *kFormulas[] = {"sin(x)", "x/(1+abs(x))", "x*tanh(ln(1+exp(x)))"};

void trainFormula(benchmark::State &state) {
    const Reference &r = kReferences[state.range(0)];
    const int which = int(state.range(2));
    Trainer trainer = makeTrainer(r, int(state.range(1)), ParallelExecutor::Kind::Tbb, "tanh",
                                  which > 0 ? kFormulas[which - 1] : nullptr);
    trainer.runEpoch();
    for (auto _ : state)
        trainer.runEpoch();
    state.SetItemsProcessed(state.iterations() * std::int64_t(r.n));
    state.SetLabel(which > 0 ? kFormulas[which - 1] : "tanh");
}
BENCHMARK(trainFormula)
    ->ArgNames({"config", "threads", "formula"})
    ->ArgsProduct({{0, 1, 2}, {1, 2}, {0, 1, 2, 3}})
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

/// One parallel run of `pieces` pieces of about `work` ns each. Args: executor, pieces, work.
void dispatch(benchmark::State &state) {
    auto executor = ParallelExecutor::create(2, state.range(0) ? ParallelExecutor::Kind::ThreadPool
                                                               : ParallelExecutor::Kind::Tbb);
    const std::size_t pieces = std::size_t(state.range(1));
    const int spin = int(state.range(2));
    std::vector<double> sink(pieces * 8);
    for (auto _ : state) {
        executor->run(pieces, [&](std::size_t i, int) {
            double x = 1;
            for (int k = 0; k < spin; ++k)
                x = x * 1.0000001 + 1e-9;
            sink[i * 8] = x;
        });
    }
    benchmark::DoNotOptimize(sink.data());
    state.SetLabel(state.range(0) ? "thread pool" : "tbb");
}
BENCHMARK(dispatch)
    ->ArgNames({"pool", "pieces", "spin"})
    ->ArgsProduct({{0, 1}, {2, 8, 64}, {0, 2000, 20000}})
    ->UseRealTime();

/// f and f' of 4096 values: fused kernel (arg 1) or the catalog's evaluateBatch (arg 0).
void activation(benchmark::State &state) {
    ActivationChoice choice;
    choice.id = "tanh";
    const auto resolved = resolveHiddenActivation(choice, state.range(0) != 0);
    const HiddenActivation &a = std::get<HiddenActivation>(resolved);
    std::vector<double> z(4096), f(4096), df(4096);
    for (std::size_t i = 0; i < z.size(); ++i)
        z[i] = -8 + 16.0 * double(i) / double(z.size());
    for (auto _ : state) {
        kernels::applyActivation(kernels::bestIsa(), a, z.data(), f.data(), df.data(), z.size());
        benchmark::DoNotOptimize(f.data());
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(z.size()));
    state.SetLabel(state.range(0) ? "tanh fused" : "tanh evaluateBatch");
}
BENCHMARK(activation)->Arg(0)->Arg(1);

/// The 256 × 256 output grid of a 2-64-1 network. Arg: threads.
void outputGrid(benchmark::State &state) {
    Trainer trainer = makeTrainer(kReferences[1], int(state.range(0)), ParallelExecutor::Kind::Tbb);
    OutputGrid grid;
    for (auto _ : state)
        trainer.computeGrid(256, grid);
    state.SetItemsProcessed(state.iterations() * 256 * 256);
}
BENCHMARK(outputGrid)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The playground's picture of a 2-128-1 network: its 160 × 160 decision grid and 48 × 48 map
/// per hidden unit, what the engine computes for every displayed frame (unit maps ten times a
/// second). Arg: threads.
void picture(benchmark::State &state, const std::string &id) {
    Trainer trainer =
        makeTrainer({128, 1000, 32}, int(state.range(0)), ParallelExecutor::Kind::Tbb, id.c_str());
    OutputGrid grid;
    for (auto _ : state)
        trainer.computeGrid(160, grid);
    state.SetItemsProcessed(state.iterations() * 160 * 160);
}

} // namespace

int main(int argc, char **argv) {
    for (const CatalogEntry &entry : Catalog::builtin().entries()) {
        if (!entry.scalar)
            continue;
        for (int config = 0; config < int(std::size(kReferences)); ++config) {
            const std::string name =
                "trainActivation/" + entry.spec.id + "/config:" + std::to_string(config);
            benchmark::RegisterBenchmark(name.c_str(), trainActivation, entry.spec.id, config)
                ->Unit(benchmark::kMicrosecond)
                ->UseRealTime();
        }
        benchmark::RegisterBenchmark(("picture/" + entry.spec.id).c_str(), picture, entry.spec.id)
            ->Arg(1)
            ->Arg(2)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
