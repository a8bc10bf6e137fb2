// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a typed formula is compiled and, when accepted, evaluated with its
// derivatives at ordinary and extreme points, one at a time and in a batch.
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "formula/formula.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto start = std::chrono::steady_clock::now();
    const auto result = actlab::FormulaFunction::compile(text);
    if (const auto *error = std::get_if<actlab::FormulaError>(&result)) {
        // Huge input is refused before parsing, so quickly, whatever it holds.
        if (error->kind == actlab::FormulaErrorKind::TooLong ||
            error->kind == actlab::FormulaErrorKind::TooDeep)
            FUZZ_CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        return 0;
    }
    const auto &f = std::get<std::shared_ptr<const actlab::FormulaFunction>>(result);
    FUZZ_CHECK(f->text() == text);
    constexpr double inf = std::numeric_limits<double>::infinity();
    const std::array<double, 9> xs{
        0.0, 1.0, -1.0, 0.5, -2.5, 1e-300, 1e300, -inf, std::numeric_limits<double>::quiet_NaN()};
    for (double x : xs) {
        const double v = f->value(x, {});
        const actlab::Derivatives d = f->evaluate(x, {});
        // One evaluation path: the value alone and with its derivatives agree.
        FUZZ_CHECK((std::isnan(v) && std::isnan(d.f)) || v == d.f);
        (void)f->derivative(x, {});
        (void)f->secondDerivative(x, {});
    }
    std::array<double, xs.size()> fx{}, dfx{};
    f->evaluateBatch(xs, {}, fx, dfx);
    return 0;
}
