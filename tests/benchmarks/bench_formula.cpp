// SPDX-License-Identifier: GPL-3.0-or-later
// Typed formulas: the cost of one value and one numerical derivative (Ridders), per call, as
// the explorer asks; and of f and f' of a batch, as training asks (FormulaProgram).
// Run: build/bin/bench_formula. (Moved here from a timed test: speed is measured, not asserted.)
#include <iterator>
#include <memory>
#include <variant>
#include <vector>

#include <benchmark/benchmark.h>

#include "activations/catalog.h"
#include "formula/formula.h"

namespace {

std::shared_ptr<const actlab::FormulaFunction> compiled(const char *text) {
    return std::get<std::shared_ptr<const actlab::FormulaFunction>>(
        actlab::FormulaFunction::compile(text));
}

void formulaValue(benchmark::State &state) {
    const auto f = compiled("x*sigmoid(1.5*x)");
    double x = -5;
    for (auto _ : state) {
        benchmark::DoNotOptimize(f->value(x, {}));
        x = x > 5 ? -5 : x + 1e-3;
    }
}
BENCHMARK(formulaValue);

void formulaDerivative(benchmark::State &state) {
    const auto f = compiled("x*sigmoid(1.5*x)");
    double x = -5;
    for (auto _ : state) {
        benchmark::DoNotOptimize(f->derivative(x, {}));
        x = x > 5 ? -5 : x + 1e-3;
    }
}
BENCHMARK(formulaDerivative);

/// f and f' of 4096 points in one batch, as training asks for them. Arg: formula index; the
/// last is the catalog's tanh for scale.
constexpr const char *kBatchFormulas[] = {"sin(x)", "x/(1+abs(x))", "x*tanh(ln(1+exp(x)))",
                                          "exp(-x^2)", "x^3"};

void formulaBatch(benchmark::State &state) {
    const std::size_t which = std::size_t(state.range(0));
    const bool catalog = which == std::size(kBatchFormulas);
    std::shared_ptr<const actlab::ScalarFunction> f;
    if (catalog)
        f = actlab::Catalog::builtin().find("tanh")->scalar;
    else
        f = compiled(kBatchFormulas[which]);
    std::vector<double> x(4096), v(x.size()), d(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = -8 + 16.0 * double(i) / double(x.size());
    const std::vector<double> params =
        catalog ? actlab::Catalog::builtin().find("tanh")->spec.defaultParams()
                : std::vector<double>{};
    for (auto _ : state) {
        f->evaluateBatch(x, params, v, d);
        benchmark::DoNotOptimize(d.data());
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(x.size()));
    state.SetLabel(catalog ? "catalog tanh" : kBatchFormulas[which]);
}
BENCHMARK(formulaBatch)->DenseRange(0, int(std::size(kBatchFormulas)));

} // namespace

BENCHMARK_MAIN();
