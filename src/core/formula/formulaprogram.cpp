// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaprogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <span>
#include <string>

#include <muParser.h>

#include "activations/scalarfunction.h"
#include "formula/formulaparser.h"
#include "formula/vectormaths.h"

namespace actlab {
namespace {

/// Points per block: a few stack slots of values and derivatives stay in L1 while the
/// interpretation cost (one switch per bytecode step) is shared by the whole block.
constexpr std::size_t kBlock = 128;

using Rule = FormulaProgram::Rule;

/// muParser's one-argument functions by name. "log" is left out on purpose: it is found by
/// address, as whichever of ln and log10 it is in this muParser version.
const std::map<std::string, Rule> &ruleByName() {
    static const std::map<std::string, Rule> rules = {
        {"sin", Rule::Sin},     {"cos", Rule::Cos},     {"tan", Rule::Tan},
        {"asin", Rule::Asin},   {"acos", Rule::Acos},   {"atan", Rule::Atan},
        {"sinh", Rule::Sinh},   {"cosh", Rule::Cosh},   {"tanh", Rule::Tanh},
        {"asinh", Rule::Asinh}, {"acosh", Rule::Acosh}, {"atanh", Rule::Atanh},
        {"exp", Rule::Exp},     {"ln", Rule::Ln},       {"log2", Rule::Log2},
        {"log10", Rule::Log10}, {"sqrt", Rule::Sqrt},   {"abs", Rule::Abs},
        {"sign", Rule::Sign},   {"rint", Rule::Rint},
    };
    return rules;
}

/// The chain rule's product f'(a)·da, where a zero factor wins over an infinite one: a
/// constant argument (da = 0) gives 0 even where f' is infinite, and a function that is flat
/// at a (f' = 0: exp(−x²) at x = ±inf, tanh far out) gives 0 even where a's slope overflowed.
inline double chain(double fprime, double da) {
    // Selects between loaded values and one unconditional product: GCC vectorises this, not
    // a select on the product (it will not speculate a multiplication that might trap).
    const double f = da == 0 ? 0.0 : fprime;
    const double g = fprime == 0 ? 0.0 : da;
    return f * g;
}

/// f(a) and f'(a) of a block in place (v holds a on entry, d holds a's slope), one loop per
/// function so that the compiler can inline, fuse (sin and cos into sincos) and vectorise.
/// Values come from muParser's own maths (mu::MathImpl, the functions its bytecode calls), so
/// they are bit-identical to Eval's.
template <Rule R> void unaryBlock(double *v, double *d, std::size_t m) {
    using M = mu::MathImpl<double>;
    for (std::size_t i = 0; i < m; ++i) {
        const double a = v[i];
        double f = 0, s = 0;
        if constexpr (R == Rule::Minus) {
            f = M::UnaryMinus(a), s = -1;
        } else if constexpr (R == Rule::Plus) {
            f = M::UnaryPlus(a), s = 1;
        } else if constexpr (R == Rule::Sin) {
            f = M::Sin(a), s = std::cos(a);
        } else if constexpr (R == Rule::Cos) {
            f = M::Cos(a), s = -std::sin(a);
        } else if constexpr (R == Rule::Tan) {
            f = M::Tan(a), s = 1 + f * f;
        } else if constexpr (R == Rule::Asin) {
            f = M::ASin(a), s = 1 / std::sqrt((1 - a) * (1 + a));
        } else if constexpr (R == Rule::Acos) {
            f = M::ACos(a), s = -1 / std::sqrt((1 - a) * (1 + a));
        } else if constexpr (R == Rule::Atan) {
            f = M::ATan(a), s = 1 / (1 + a * a);
        } else if constexpr (R == Rule::Sinh) {
            f = M::Sinh(a), s = std::cosh(a);
        } else if constexpr (R == Rule::Cosh) {
            f = M::Cosh(a), s = std::sinh(a);
        } else if constexpr (R == Rule::Tanh) {
            f = M::Tanh(a), s = (1 - f) * (1 + f);
        } else if constexpr (R == Rule::Asinh) {
            f = M::ASinh(a), s = 1 / std::sqrt(a * a + 1);
        } else if constexpr (R == Rule::Acosh) {
            f = M::ACosh(a), s = 1 / std::sqrt((a - 1) * (a + 1));
        } else if constexpr (R == Rule::Atanh) {
            f = M::ATanh(a), s = 1 / ((1 - a) * (1 + a));
        } else if constexpr (R == Rule::Exp) {
            f = M::Exp(a), s = f;
        } else if constexpr (R == Rule::Ln) {
            f = M::Log(a), s = 1 / a;
        } else if constexpr (R == Rule::Log2) {
            f = M::Log2(a), s = 1 / (a * std::numbers::ln2);
        } else if constexpr (R == Rule::Log10) {
            f = M::Log10(a), s = 1 / (a * std::numbers::ln10);
        } else if constexpr (R == Rule::Sqrt) {
            f = M::Sqrt(a), s = 0.5 / f;
        } else if constexpr (R == Rule::Abs) {
            f = M::Abs(a), s = double(a > 0) - double(a < 0); // branch-free: vectorises
        } else if constexpr (R == Rule::Sign) {
            f = M::Sign(a), s = 0;
        } else {
            static_assert(R == Rule::Rint);
            f = M::Rint(a), s = 0;
        }
        v[i] = f;
        d[i] = chain(s, d[i]);
    }
}

/// unaryBlock with libmvec's functions (vectormaths.h) where the rule has one; false if not.
/// `spare` is a free column for the slope.
bool vectorUnaryBlock(Rule rule, double *v, double *d, double *spare, std::size_t m) {
    using F = VectorMaths;
    switch (rule) { // the slope's part that needs a first, then f in place
    case Rule::Sin:
        applyVector(F::Cos, v, spare, m);
        applyVector(F::Sin, v, v, m);
        break;
    case Rule::Cos:
        applyVector(F::Sin, v, spare, m);
        for (std::size_t i = 0; i < m; ++i)
            spare[i] = -spare[i];
        applyVector(F::Cos, v, v, m);
        break;
    case Rule::Sinh:
        applyVector(F::Cosh, v, spare, m);
        applyVector(F::Sinh, v, v, m);
        break;
    case Rule::Cosh:
        applyVector(F::Sinh, v, spare, m);
        applyVector(F::Cosh, v, v, m);
        break;
    case Rule::Asin:
    case Rule::Acos:
        for (std::size_t i = 0; i < m; ++i)
            spare[i] = (rule == Rule::Asin ? 1 : -1) / std::sqrt((1 - v[i]) * (1 + v[i]));
        applyVector(rule == Rule::Asin ? F::Asin : F::Acos, v, v, m);
        break;
    case Rule::Atan:
        for (std::size_t i = 0; i < m; ++i)
            spare[i] = 1 / (1 + v[i] * v[i]);
        applyVector(F::Atan, v, v, m);
        break;
    case Rule::Ln:
    case Rule::Log10:
        for (std::size_t i = 0; i < m; ++i)
            spare[i] = 1 / (rule == Rule::Ln ? v[i] : v[i] * std::numbers::ln10);
        applyVector(rule == Rule::Ln ? F::Log : F::Log10, v, v, m);
        break;
    case Rule::Tan: // then the slope from f
    case Rule::Tanh:
    case Rule::Exp:
        applyVector(rule == Rule::Tan ? F::Tan : rule == Rule::Tanh ? F::Tanh : F::Exp, v, v, m);
        for (std::size_t i = 0; i < m; ++i)
            spare[i] = rule == Rule::Tan    ? 1 + v[i] * v[i]
                       : rule == Rule::Tanh ? (1 - v[i]) * (1 + v[i])
                                            : v[i];
        break;
    default:
        return false;
    }
    for (std::size_t i = 0; i < m; ++i)
        d[i] = chain(spare[i], d[i]);
    return true;
}

/// unaryBlock for a rule known only at run time.
template <int K = 0> void unaryBlock(Rule rule, double *v, double *d, std::size_t m) {
    if constexpr (K <= int(Rule::Rint)) {
        if (int(rule) == K)
            return unaryBlock<Rule(K)>(v, d, m);
        unaryBlock<K + 1>(rule, v, d, m);
    }
}

template <class Fn>
inline void binaryStep(double *va, double *da, const double *vb, const double *db, std::size_t m,
                       Fn fn) {
    for (std::size_t i = 0; i < m; ++i)
        fn(va[i], da[i], vb[i], db[i]);
}

} // namespace

std::optional<FormulaProgram> FormulaProgram::fromParser(const mu::ParserBase &parser,
                                                         const double *x) {
    std::map<const void *, Rule> ruleByAddress;
    for (const auto &[name, callback] : parser.GetFunDef())
        if (auto it = ruleByName().find(name); it != ruleByName().end())
            ruleByAddress[callback.GetAddr()] = it->second;
    const auto address = [](auto fn) { return reinterpret_cast<const void *>(fn); };
    ruleByAddress[address(&unaryMinus)] = Rule::Minus;
    ruleByAddress[address(&unaryPlus)] = Rule::Plus;

    FormulaProgram program;
    int depth = 0, conds = 0;
    const auto push = [&](int k) {
        depth += k;
        program.m_depth = std::max(program.m_depth, depth);
    };
    const mu::ParserByteCode &code = parser.GetByteCode();
    for (const mu::SToken *t = code.GetBase(); t->Cmd != mu::cmEND; ++t) {
        Step s;
        switch (t->Cmd) {
        case mu::cmVAL:
            s.op = Op::Const;
            s.b = t->Val.data2;
            push(1);
            break;
        case mu::cmVAR:
        case mu::cmVARMUL:
        case mu::cmVARPOW2:
        case mu::cmVARPOW3:
        case mu::cmVARPOW4:
            if (t->Val.ptr != x)
                return std::nullopt; // formulas have one variable; anything else is unknown
            s.op = t->Cmd == mu::cmVAR ? Op::Var : t->Cmd == mu::cmVARMUL ? Op::Linear : Op::Power;
            s.a = t->Val.data;
            s.b = t->Val.data2;
            s.count = t->Cmd == mu::cmVARPOW2 ? 2 : t->Cmd == mu::cmVARPOW3 ? 3 : 4;
            push(1);
            break;
        case mu::cmLE:
        case mu::cmGE:
        case mu::cmNEQ:
        case mu::cmEQ:
        case mu::cmLT:
        case mu::cmGT:
        case mu::cmADD:
        case mu::cmSUB:
        case mu::cmMUL:
        case mu::cmDIV:
        case mu::cmPOW:
        case mu::cmLAND:
        case mu::cmLOR: {
            static constexpr Op ops[] = {
                Op::LessEq, Op::GreaterEq, Op::NotEqual, Op::Equal, Op::Less, Op::Greater, Op::Add,
                Op::Sub,    Op::Mul,       Op::Div,      Op::Pow,   Op::And,  Op::Or};
            s.op = ops[t->Cmd - mu::cmLE];
            push(-1);
            break;
        }
        // Both branches are computed and the condition selects per point at ENDIF, so the
        // stack holds the condition aside, then both values.
        case mu::cmIF:
            s.op = Op::If;
            push(-1);
            program.m_condDepth = std::max(program.m_condDepth, ++conds);
            break;
        case mu::cmELSE:
            s.op = Op::Else;
            break;
        case mu::cmENDIF:
            s.op = Op::EndIf;
            push(-1);
            --conds;
            break;
        case mu::cmFUNC: {
            const mu::generic_callable_type &cb = t->Fun.cb;
            const int argc = t->Fun.argc;
            const void *fn = address(cb._pRawFun);
            if (cb._pUserData) {
                if (fn != address(&callCatalog) || argc != 1)
                    return std::nullopt;
                const auto *call = static_cast<const CatalogCall *>(cb._pUserData);
                s.op = Op::Catalog;
                s.function = call->function;
                s.params = &call->params;
            } else if (argc == 1) {
                const auto it = ruleByAddress.find(fn);
                if (it == ruleByAddress.end())
                    return std::nullopt;
                s.op = Op::Unary;
                s.rule = it->second;
            } else {
                const auto &defs = parser.GetFunDef();
                const auto is = [&](const char *name) {
                    const auto it = defs.find(name);
                    return it != defs.end() && it->second.GetAddr() == fn;
                };
                if (argc == 2 && is("atan2")) {
                    s.op = Op::Atan2;
                    s.binary = reinterpret_cast<double (*)(double, double)>(cb._pRawFun);
                } else if (argc < 0 && (is("min") || is("max") || is("sum") || is("avg"))) {
                    s.op = is("min")   ? Op::Min
                           : is("max") ? Op::Max
                           : is("sum") ? Op::Sum
                                       : Op::Avg;
                    s.count = -argc;
                } else {
                    return std::nullopt;
                }
                push(1 - std::abs(argc));
            }
            break;
        }
        default:
            return std::nullopt; // string and bulk functions, assignment: not in our formulas
        }
        if (depth < (s.op == Op::If ? 0 : 1))
            return std::nullopt; // a malformed stack: leave it to muParser
        program.m_steps.push_back(s);
    }
    if (depth != 1 || conds != 0)
        return std::nullopt;
    return program;
}

void FormulaProgram::run(const double *x, std::size_t n, double *f, double *df,
                         std::vector<std::size_t> &unresolved, bool vectorMaths) const {
    // Slots: the value stack (value and slope columns), one spare pair for catalog calls,
    // then the conditions.
    const std::size_t size = (2 * std::size_t(m_depth + 1) + std::size_t(m_condDepth)) * kBlock;
    thread_local std::vector<double> scratch;
    if (scratch.size() < size)
        scratch.resize(size);
    for (std::size_t start = 0; start < n; start += kBlock) {
        const std::size_t m = std::min(kBlock, n - start);
        runBlock(x + start, m, scratch.data(), vectorMaths);
        const double *v = scratch.data();
        const double *d = v + kBlock;
        if (f)
            std::copy_n(v, m, f + start);
        if (!df)
            continue;
        // Branch-free (vectorised); the rare points left over are collected only if there are.
        int leftOver = 0;
        for (std::size_t i = 0; i < m; ++i) {
            const bool finite = std::abs(v[i]) <= std::numeric_limits<double>::max();
            df[start + i] = finite ? d[i] : std::numeric_limits<double>::quiet_NaN();
            leftOver += int(finite & (d[i] != d[i]));
        }
        for (std::size_t i = 0; leftOver > 0 && i < m; ++i)
            if (std::isnan(df[start + i]) && std::isfinite(v[i]))
                unresolved.push_back(start + i);
    }
}

void FormulaProgram::compareStep(Op op, double *va, double *da, const double *vb, std::size_t m) {
    const auto apply = [&](auto test) {
        for (std::size_t i = 0; i < m; ++i) {
            va[i] = test(va[i], vb[i]) ? 1.0 : 0.0;
            da[i] = 0;
        }
    };
    switch (op) {
    case Op::LessEq:
        return apply([](double a, double b) { return a <= b; });
    case Op::GreaterEq:
        return apply([](double a, double b) { return a >= b; });
    case Op::NotEqual:
        return apply([](double a, double b) { return a != b; });
    case Op::Equal:
        return apply([](double a, double b) { return a == b; });
    case Op::Less:
        return apply([](double a, double b) { return a < b; });
    case Op::Greater:
        return apply([](double a, double b) { return a > b; });
    case Op::And:
        return apply([](double a, double b) { return (a != 0) & (b != 0); });
    default:
        return apply([](double a, double b) { return (a != 0) | (b != 0); });
    }
}

void FormulaProgram::runBlock(const double *x, std::size_t m, double *scratch,
                              bool vectorMaths) const {
    const auto values = [&](int slot) { return scratch + 2 * std::size_t(slot) * kBlock; };
    const auto slopes = [&](int slot) { return values(slot) + kBlock; };
    double *spareV = values(m_depth);
    double *spareD = slopes(m_depth);
    const auto cond = [&](int k) {
        return scratch + (2 * std::size_t(m_depth + 1) + std::size_t(k)) * kBlock;
    };
    int sp = -1, cp = -1;
    for (const Step &s : m_steps) {
        if (s.op == Op::Const || s.op == Op::Var || s.op == Op::Linear || s.op == Op::Power)
            ++sp;
        double *v = sp >= 0 ? values(sp) : nullptr;
        double *d = sp >= 0 ? slopes(sp) : nullptr;
        switch (s.op) {
        case Op::Const:
            std::fill_n(v, m, s.b);
            std::fill_n(d, m, 0.0);
            break;
        case Op::Var:
            std::copy_n(x, m, v);
            std::fill_n(d, m, 1.0);
            break;
        case Op::Linear:
            for (std::size_t i = 0; i < m; ++i)
                v[i] = x[i] * s.a + s.b;
            std::fill_n(d, m, s.a);
            break;
        case Op::Power:
            for (std::size_t i = 0; i < m; ++i) {
                const double t = x[i];
                const double t2 = t * t;
                // muParser multiplies left to right: t·t, t·t·t, t·t·t·t.
                v[i] = s.count == 2 ? t2 : s.count == 3 ? t2 * t : t2 * t * t;
                d[i] = s.count == 2 ? 2 * t : s.count == 3 ? 3 * t2 : 4 * t2 * t;
            }
            break;
        case Op::If:
            std::copy_n(v, m, cond(++cp));
            --sp;
            break;
        case Op::Else:
            break;
        case Op::EndIf: {
            const double *c = cond(cp--);
            const double *ve = v, *de = d;
            --sp;
            v = values(sp);
            d = slopes(sp);
            for (std::size_t i = 0; i < m; ++i) { // else only for exactly 0 (not NaN), as muParser
                v[i] = c[i] == 0 ? ve[i] : v[i];
                d[i] = c[i] == 0 ? de[i] : d[i];
            }
            break;
        }
        case Op::Unary:
            if (!vectorMaths || !vectorUnaryBlock(s.rule, v, d, spareV, m))
                unaryBlock(s.rule, v, d, m);
            break;
        case Op::Catalog:
            s.function->evaluateBatch({v, m}, *s.params, {spareV, m}, {spareD, m});
            for (std::size_t i = 0; i < m; ++i) {
                v[i] = spareV[i];
                d[i] = chain(spareD[i], d[i]);
            }
            break;
        case Op::Min:
        case Op::Max:
        case Op::Sum:
        case Op::Avg: {
            sp -= s.count - 1;
            double *v0 = values(sp), *d0 = slopes(sp);
            for (int k = 1; k < s.count; ++k) {
                const double *vk = values(sp + k), *dk = slopes(sp + k);
                for (std::size_t i = 0; i < m; ++i) {
                    // As muParser: std::min(r, a) and std::max(r, a) keep r unless a wins.
                    if (s.op == Op::Min ? vk[i] < v0[i] : s.op == Op::Max ? v0[i] < vk[i] : false) {
                        v0[i] = vk[i];
                        d0[i] = dk[i];
                    } else if (s.op == Op::Sum || s.op == Op::Avg) {
                        v0[i] += vk[i];
                        d0[i] += dk[i];
                    }
                }
            }
            if (s.op == Op::Avg)
                for (std::size_t i = 0; i < m; ++i) {
                    v0[i] /= double(s.count);
                    d0[i] /= double(s.count);
                }
            break;
        }
        default: { // binary operators: the right operand on top, the result where the left was
            const double *vb = v, *db = d;
            --sp;
            v = values(sp);
            d = slopes(sp);
            switch (s.op) {
            case Op::Add:
                binaryStep(v, d, vb, db, m, [](double &a, double &da, double b, double dbi) {
                    a += b;
                    da += dbi;
                });
                break;
            case Op::Sub:
                binaryStep(v, d, vb, db, m, [](double &a, double &da, double b, double dbi) {
                    a -= b;
                    da -= dbi;
                });
                break;
            case Op::Mul:
                binaryStep(v, d, vb, db, m, [](double &a, double &da, double b, double dbi) {
                    da = da * b + a * dbi;
                    a *= b;
                });
                break;
            case Op::Div:
                binaryStep(v, d, vb, db, m, [](double &a, double &da, double b, double dbi) {
                    a /= b;
                    da = (da - a * dbi) / b;
                });
                break;
            case Op::Pow:
                binaryStep(v, d, vb, db, m, [](double &a, double &da, double b, double dbi) {
                    const double p = std::pow(a, b);
                    // With a constant exponent, b·a^(b−1) also holds for a ≤ 0 (x^3 at −2).
                    da = dbi == 0 ? chain(b * std::pow(a, b - 1), da)
                                  : p * (dbi * std::log(a) + chain(b / a, da));
                    a = p;
                });
                break;
            case Op::Atan2:
                binaryStep(v, d, vb, db, m, [&s](double &a, double &da, double b, double dbi) {
                    da = (b * da - a * dbi) / (a * a + b * b);
                    a = s.binary(a, b);
                });
                break;
            default: // comparisons and logic: flat wherever they are defined
                compareStep(s.op, v, d, vb, m);
                break;
            }
        }
        }
    }
}

} // namespace actlab
