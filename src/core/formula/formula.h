// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "activations/scalarfunction.h"

namespace actlab {

/// Why a formula was refused. The app turns the kind into a translated sentence.
enum class FormulaErrorKind {
    Empty,              ///< nothing typed
    UnknownName,        ///< a variable or function that does not exist (token says which)
    UnexpectedToken,    ///< an operator, value or name where it cannot stand
    MissingParenthesis, ///< an opening parenthesis never closed
    UnexpectedParenthesis,
    UnexpectedEnd,      ///< the formula stops in the middle of an expression
    WrongArgumentCount, ///< a function called with too many or too few arguments
    TooLong,            ///< more than FormulaFunction::kMaxLength characters
    TooDeep,            ///< parentheses nested more than FormulaFunction::kMaxDepth levels
    Other,              ///< anything else muParser reports (message holds its English text)
};

struct FormulaError {
    FormulaErrorKind kind = FormulaErrorKind::Other;
    std::size_t position = 0; ///< 0-based character offset into the formula text
    std::string token;        ///< the offending token, when there is one
    std::string message;      ///< muParser's own English message, for logs
};

/**
 * An activation typed by the user as a formula in x, e.g. "sin(x)" or "x*sigmoid(1.5*x)".
 * Evaluated with muParser; every built-in scalar activation is callable by its id (default
 * parameters). Point by point, f' and f'' are computed numerically (numericderivative.h: the
 * method and its accuracy); evaluateBatch, which training uses, gives the exact f' of a whole
 * batch by forward-mode differentiation (formulaprogram.h). Thread-safe like every
 * ScalarFunction.
 */
class FormulaFunction : public ScalarFunction {
public:
    using CompileResult = std::variant<std::shared_ptr<const FormulaFunction>, FormulaError>;
    /// Refuses, before parsing, a formula with parentheses nested deeper than kMaxDepth
    /// (TooDeep, at the first parenthesis too many) or longer than kMaxLength characters
    /// (TooLong), so that pasted or generated garbage is turned away in microseconds.
    static CompileResult compile(std::string_view text);

    static constexpr std::size_t kMaxLength = 10'000;
    static constexpr int kMaxDepth = 100;

    const std::string &text() const { return m_text; }

    /// The formula has no parameters: `p` is ignored everywhere. f' and f'' are NaN where f
    /// itself is NaN or infinite.
    double value(double x, Params p) const override;
    double derivative(double x, Params p) const override;
    double secondDerivative(double x, Params p) const override;
    /// f, f' and f'' sharing one parser look-up and one evaluation of f(x).
    Derivatives evaluate(double x, Params p) const override;
    void evaluateBatch(std::span<const double> x, Params p, std::span<double> f,
                       std::span<double> df) const override;

    ~FormulaFunction() override;
    struct Impl;
    explicit FormulaFunction(std::string text, std::unique_ptr<Impl> impl);

private:
    std::string m_text;
    std::unique_ptr<Impl> m_impl;
};

} // namespace actlab
