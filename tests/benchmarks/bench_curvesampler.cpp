// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the curve sampler (sampleCurve) at the explorer's size: a 1280 × 800 pixel plot of
// [-5, 5] × [-2, 5]. Every slider move redraws up to three activations, each as f and f', so
// "ExplorerRedraw" samples six curves; the target is well under 1 ms per curve. Each benchmark
// reports the vertices produced ("points") and the function evaluations per curve ("evals").
//
//   build-dir/bin/bench_curvesampler
//   build-dir/bin/bench_curvesampler --benchmark_filter=Formula
#include <atomic>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "activations/catalog.h"
#include "formula/formula.h"
#include "sampling/curvesampler.h"

using namespace actlab;

namespace {

PlotViewport explorerView() {
    PlotViewport v;
    v.xMin = -5;
    v.xMax = 5;
    v.yMin = -2;
    v.yMax = 5;
    v.pixelWidth = 10.0 / 1280;
    v.pixelHeight = 7.0 / 800;
    return v;
}

/// Counts evaluations, to report how much work the adaptive refinement does.
class Counting final : public ScalarFunction {
public:
    explicit Counting(const ScalarFunction &inner)
        : m_inner(inner) {}
    double value(double x, Params p) const override {
        ++m_count;
        return m_inner.value(x, p);
    }
    double derivative(double x, Params p) const override {
        ++m_count;
        return m_inner.derivative(x, p);
    }
    double secondDerivative(double x, Params p) const override {
        ++m_count;
        return m_inner.secondDerivative(x, p);
    }
    std::vector<Kink> kinks(Params p) const override { return m_inner.kinks(p); }
    std::size_t count() const { return m_count; }

private:
    const ScalarFunction &m_inner;
    mutable std::size_t m_count = 0;
};

void report(benchmark::State &state, const ScalarFunction &fn, Params params, CurveOrder order) {
    Counting counting(fn);
    std::size_t points = 0;
    for (const Polyline &line : sampleCurve(counting, params, order, explorerView()))
        points += line.size();
    state.counters["points"] = double(points);
    state.counters["evals"] = double(counting.count());
}

void benchCatalog(benchmark::State &state, std::string id, CurveOrder order) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar) {
        state.SkipWithError("not in the catalog");
        return;
    }
    const std::vector<double> params = e->spec.defaultParams();
    const PlotViewport view = explorerView();
    for (auto _ : state) {
        auto lines = sampleCurve(*e->scalar, params, order, view);
        benchmark::DoNotOptimize(lines.data());
    }
    report(state, *e->scalar, params, order);
}

void benchFormula(benchmark::State &state, std::string text, CurveOrder order) {
    auto compiled = FormulaFunction::compile(text);
    if (!std::holds_alternative<std::shared_ptr<const FormulaFunction>>(compiled)) {
        state.SkipWithError("formula refused");
        return;
    }
    const auto f = std::get<std::shared_ptr<const FormulaFunction>>(compiled);
    const PlotViewport view = explorerView();
    for (auto _ : state) {
        auto lines = sampleCurve(*f, {}, order, view);
        benchmark::DoNotOptimize(lines.data());
    }
    report(state, *f, {}, order);
}

/// One slider move in the explorer: three activations, f and f' each.
void benchExplorerRedraw(benchmark::State &state) {
    const char *ids[] = {"gelu", "silu", "relu"};
    std::vector<const CatalogEntry *> entries;
    for (const char *id : ids)
        if (const CatalogEntry *e = Catalog::builtin().find(id))
            entries.push_back(e);
    if (entries.size() != 3) {
        state.SkipWithError("gelu, silu or relu missing from the catalog");
        return;
    }
    const PlotViewport view = explorerView();
    for (auto _ : state) {
        for (const CatalogEntry *e : entries) {
            const std::vector<double> params = e->spec.defaultParams();
            for (CurveOrder order : {CurveOrder::Value, CurveOrder::First}) {
                auto lines = sampleCurve(*e->scalar, params, order, view);
                benchmark::DoNotOptimize(lines.data());
            }
        }
    }
    state.counters["per curve"] = benchmark::Counter(
        6.0, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

const bool registered = [] {
    const std::pair<const char *, CurveOrder> orders[] = {
        {"f", CurveOrder::Value}, {"df", CurveOrder::First}, {"d2f", CurveOrder::Second}};
    for (const char *id : {"relu", "hard_tanh", "step", "sigmoid", "gelu", "silu", "mish", "elu",
                           "softplus", "snake"})
        for (const auto &[name, order] : orders)
            benchmark::RegisterBenchmark((std::string("Catalog/") + id + "/" + name).c_str(),
                                         [id = std::string(id), order = order](
                                             benchmark::State &s) { benchCatalog(s, id, order); })
                ->Unit(benchmark::kMicrosecond);
    for (const char *text : {"x*sigmoid(1.5*x)", "sin(20*x)", "x > 0 ? x : 0.1*x", "1/x"})
        for (const auto &[name, order] : orders)
            benchmark::RegisterBenchmark((std::string("Formula/") + text + "/" + name).c_str(),
                                         [text = std::string(text), order = order](
                                             benchmark::State &s) { benchFormula(s, text, order); })
                ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("ExplorerRedraw/gelu+silu+relu/f+df", benchExplorerRedraw)
        ->Unit(benchmark::kMicrosecond);
    return true;
}();

} // namespace

BENCHMARK_MAIN();
