// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace mu {
class ParserBase;
}

namespace actlab {

class ScalarFunction;

/**
 * A formula's muParser bytecode, run a block of points at a time with forward-mode
 * differentiation: f and the exact f' (chain rule, one derivative rule per operator and
 * function) of a whole batch, for training.
 *
 * Why not muParser's bulk mode: Debian builds muParser with OpenMP, and its bulk Eval parses the
 * formula again and opens an OpenMP team on every call; measured 2–10× slower than calling Eval
 * point by point from training's own threads. Why not finite differences: every extra point of
 * the stencil is another full evaluation, and each evaluation is dominated by muParser's
 * per-point interpretation; here the bytecode is walked once per block, each step is a tight
 * loop over the block, and f' costs a few multiplications per step plus, for some functions,
 * one more library call (sin needs cos). Why not symbolic differentiation (GiNaC): the same
 * exact f', but it needs muParser's syntax and our catalog functions translated both ways, and
 * the derivative would again be run through muParser point by point: f and a hand-written
 * symbolic f' cost 60–140 ns a point that way for sin(x), x/(1+abs(x)) and
 * x*tanh(ln(1+exp(x))), against 3–7 ns here (bench_formula's formulaBatch).
 *
 * Values are bit-identical to muParser's Eval (same operations, same order, same maths) unless
 * run() is asked for vector maths. Immutable after fromParser(): run() may be called from any
 * number of threads at once.
 */
class FormulaProgram {
public:
    /// The program for `parser`'s bytecode (parsed already) whose variable lives at `x`, or
    /// nothing if the bytecode holds an operation without a derivative rule here.
    static std::optional<FormulaProgram> fromParser(const mu::ParserBase &parser, const double *x);

    /// f and f' at x[0..n). Either output may be null. f' is NaN where f is NaN or infinite.
    /// Points where f is finite but the chain rule gives NaN (inf·0 inside, e.g. exp(−x)
    /// overflowing in 1/(1+exp(−x))) are appended to `unresolved` for the caller to
    /// differentiate another way. `vectorMaths` (vectormaths.h; only if vectorMathsEnabled())
    /// computes the library functions four at a time, within 4 ulps of muParser's values
    /// instead of bit-identical.
    void run(const double *x, std::size_t n, double *f, double *df,
             std::vector<std::size_t> &unresolved, bool vectorMaths) const;

    /// How f'(a) of a one-argument function follows from a and f(a).
    enum class Rule : std::uint8_t {
        Minus,
        Plus,
        Sin,
        Cos,
        Tan,
        Asin,
        Acos,
        Atan,
        Sinh,
        Cosh,
        Tanh,
        Asinh,
        Acosh,
        Atanh,
        Exp,
        Ln,
        Log2,
        Log10,
        Sqrt,
        Abs,
        Sign,
        Rint, ///< last: unaryBlock() counts up to it
    };

private:
    enum class Op : std::uint8_t {
        Const,
        Var,
        Linear,
        Power,
        Add,
        Sub,
        Mul,
        Div,
        Pow,
        LessEq,
        GreaterEq,
        NotEqual,
        Equal,
        Less,
        Greater,
        And,
        Or,
        If,
        Else,
        EndIf,
        Unary,
        Catalog,
        Atan2,
        Min,
        Max,
        Sum,
        Avg,
    };
    struct Step {
        Op op = Op::Const;
        Rule rule = Rule::Plus;
        int count = 0;       ///< Power: the exponent (2–4); Min … Avg: the argument count
        double a = 0, b = 0; ///< Const: the value in b; Linear: x·a + b
        double (*binary)(double, double) = nullptr;
        const ScalarFunction *function = nullptr; ///< Catalog
        const std::vector<double> *params = nullptr;
    };

    void runBlock(const double *x, std::size_t m, double *scratch, bool vectorMaths) const;
    /// Comparisons and logic (0 or 1, slope 0), one loop per operator.
    static void compareStep(Op op, double *va, double *da, const double *vb, std::size_t m);

    std::vector<Step> m_steps;
    int m_depth = 0;     ///< value stack slots needed
    int m_condDepth = 0; ///< nested conditions
};

} // namespace actlab
