// SPDX-License-Identifier: GPL-3.0-or-later
// Typed formulas: the cost of one value and one numerical derivative (Ridders), per call.
// Run: build/bin/bench_formula. (Moved here from a timed test: speed is measured, not asserted.)
#include <memory>
#include <variant>

#include <benchmark/benchmark.h>

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

} // namespace

BENCHMARK_MAIN();
