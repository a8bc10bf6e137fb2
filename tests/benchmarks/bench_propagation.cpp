// SPDX-License-Identifier: GPL-3.0-or-later
// The depth lab's measured propagation (depth/propagation.h): forward and backward through a
// random tanh network, on 1 and 2 threads. The page recomputes it live, so the interactive size
// (50 layers × 256 wide × 256 samples) must stay well under half a second.
// Run: build/bin/bench_propagation [--benchmark_filter=...]
#include <cstdlib>
#include <variant>

#include <benchmark/benchmark.h>

#include "depth/propagation.h"
#include "engine/parallelexecutor.h"
#include "network/hiddenactivation.h"

using namespace actlab;
using namespace actlab::depth;

namespace {

/// Args: depth, width, batch, threads.
void propagation(benchmark::State &state) {
    PropagationConfig c;
    c.activation = std::get<HiddenActivation>(resolveHiddenActivation(ActivationChoice()));
    c.depth = int(state.range(0));
    c.width = int(state.range(1));
    c.batch = int(state.range(2));
    c.weights.initializer = Initializer::GlorotUniform;
    if (invalidPropagationField(c))
        std::abort();
    auto executor = ParallelExecutor::create(int(state.range(3)));
    for (auto _ : state) {
        PropagationResult r = propagate(c, *executor);
        benchmark::DoNotOptimize(r.layers.data());
    }
    const double layerSamples = double(c.depth) * double(c.batch);
    // Two products of N × N by N × B per layer (forward and backward), 2 flops per multiply-add.
    const double flops = 4.0 * double(c.width) * double(c.width) * layerSamples;
    state.counters["samples*layers/s"] =
        benchmark::Counter(layerSamples, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["GFLOP/s"] =
        benchmark::Counter(flops * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(propagation)
    ->ArgNames({"depth", "width", "batch", "threads"})
    ->Args({50, 256, 256, 1})
    ->Args({50, 256, 256, 2})
    ->Args({50, 1024, 1000, 1})
    ->Args({50, 1024, 1000, 2})
    ->Unit(benchmark::kSecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
