// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of every catalog activation: f and f' together over 1,000,000 points, x uniform in
// [-10, 10] from a fixed seed. Scalar activations go through evaluateBatch (the path the plot
// sampler and the training engine use); vector activations through apply + jacobian on rows of
// 16 elements (62,500 rows). The "time/point" counter is CPU time per point (per input
// element for vector ones), so rows compare directly; CPU rather than wall time because the
// machines that run this are often shared.
//
//   build-dir/bin/bench_activations                       # all, default parameters
//   build-dir/bin/bench_activations --benchmark_filter=gelu
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "activations/catalog.h"

using namespace actlab;

namespace {

constexpr std::size_t kPoints = 1'000'000;
constexpr std::size_t kRowLength = 16; // divides kPoints

const std::vector<double> &inputs() {
    static const std::vector<double> x = [] {
        std::mt19937_64 rng(20240607);
        std::uniform_real_distribution<double> uniform(-10.0, 10.0);
        std::vector<double> v(kPoints);
        for (double &e : v)
            e = uniform(rng);
        return v;
    }();
    return x;
}

void setCounters(benchmark::State &state) {
    state.SetItemsProcessed(std::int64_t(state.iterations()) * std::int64_t(kPoints));
    state.counters["time/point"] =
        benchmark::Counter(double(kPoints), benchmark::Counter::kIsIterationInvariantRate |
                                                benchmark::Counter::kInvert);
}

void benchScalar(benchmark::State &state, const ScalarFunction *fn, std::vector<double> params) {
    const std::vector<double> &x = inputs();
    std::vector<double> f(kPoints), df(kPoints);
    for (auto _ : state) {
        fn->evaluateBatch(x, params, f, df);
        benchmark::DoNotOptimize(f.data());
        benchmark::DoNotOptimize(df.data());
        benchmark::ClobberMemory();
    }
    setCounters(state);
}

void benchVector(benchmark::State &state, const VectorFunction *fn, std::vector<double> params) {
    const std::vector<double> &x = inputs();
    const std::size_t out = fn->outputSize(kRowLength);
    std::vector<double> y(out), jac(out * kRowLength);
    for (auto _ : state) {
        for (std::size_t row = 0; row < kPoints; row += kRowLength) {
            const std::span<const double> xs(x.data() + row, kRowLength);
            fn->apply(xs, params, y);
            fn->jacobian(xs, params, jac);
            benchmark::DoNotOptimize(y.data());
            benchmark::DoNotOptimize(jac.data());
        }
        benchmark::ClobberMemory();
    }
    setCounters(state);
}

void registerEntry(const CatalogEntry &e, const std::string &name, std::vector<double> params) {
    if (e.scalar)
        benchmark::RegisterBenchmark(name.c_str(), benchScalar, e.scalar.get(), params)
            ->Unit(benchmark::kMillisecond);
    else if (e.vector && e.vector->acceptsSize(kRowLength))
        benchmark::RegisterBenchmark(name.c_str(), benchVector, e.vector.get(), params)
            ->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv) {
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        registerEntry(e, e.spec.id, e.spec.defaultParams());
        // The tanh approximation is a separate code path (JAX's and Keras ops' default).
        if (e.spec.id == "gelu") {
            std::vector<double> p = e.spec.defaultParams();
            p[std::size_t(e.spec.paramIndex("approximate"))] = 1;
            registerEntry(e, "gelu/approximate=1", p);
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
