// SPDX-License-Identifier: GPL-3.0-or-later
#include "formula.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include <muParser.h>

#include "formula/formulaparser.h"
#include "formula/formulaprogram.h"
#include "formula/numericderivative.h"
#include "formula/vectormaths.h"

namespace actlab {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ---- errors ----------------------------------------------------------------------------------

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isNonAscii(char c) {
    return (static_cast<unsigned char>(c) & 0x80) != 0;
}

/// Could start a name: a letter, '_' or any non-ASCII character (π, é: names a person may try).
bool startsWord(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || isNonAscii(c);
}

/// The identifier starting at `pos`, or the single (UTF-8) character there.
std::string tokenAt(const std::string &text, std::size_t pos) {
    if (pos >= text.size())
        return {};
    std::size_t end = pos;
    while (end < text.size() && (isNameChar(text[end]) || isNonAscii(text[end])))
        ++end;
    return text.substr(pos, std::max<std::size_t>(end - pos, 1));
}

/// The opening parenthesis that is never closed (the last unmatched one), or npos.
std::size_t unmatchedOpening(const std::string &text) {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(')
            open.push_back(i);
        else if (text[i] == ')' && !open.empty())
            open.pop_back();
    }
    return open.empty() ? std::string::npos : open.back();
}

/// Start of the name of the function whose argument list closes at or before `pos`.
std::size_t functionNameBefore(const std::string &text, std::size_t pos) {
    int depth = 0;
    for (std::size_t i = std::min(pos, text.size() - 1) + 1; i-- > 0;) {
        if (text[i] == ')') {
            ++depth;
        } else if (text[i] == '(' && --depth <= 0) {
            std::size_t start = i;
            while (start > 0 && isNameChar(text[start - 1]))
                --start;
            return start;
        }
    }
    return pos;
}

/// 0-based character (code point) offset of a byte offset into UTF-8 text.
std::size_t characterOffset(const std::string &text, std::size_t bytes) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++chars;
    return chars;
}

FormulaError translateError(const mu::ParserError &e, const std::string &text) {
    FormulaError error;
    error.message = e.GetMsg();
    error.token = e.GetToken();
    // muParser reports −1 for "somewhere" and may point one past the end.
    std::size_t pos = e.GetPos() < 0 ? text.size() : std::size_t(e.GetPos());
    pos = std::min(pos, text.size());
    switch (e.GetCode()) {
    case mu::ecUNASSIGNABLE_TOKEN: {
        // An unknown word where a value may stand is an unknown name ("foo(x)"); a word right
        // after a complete operand ("x y", "sin x"'s known function without parentheses) or a
        // stray symbol is a token in the wrong place.
        error.token = tokenAt(text, pos);
        std::size_t before = pos;
        while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1])))
            --before;
        const bool afterOperand =
            before > 0 &&
            (isNameChar(text[before - 1]) || text[before - 1] == ')' || text[before - 1] == '.');
        const bool isWord = !error.token.empty() && startsWord(error.token[0]);
        const bool knownFunction =
            std::any_of(catalogCalls().begin(), catalogCalls().end(),
                        [&](const CatalogCall &c) { return c.name == error.token; }) ||
            mu::Parser().GetFunDef().count(error.token) > 0;
        error.kind = isWord && !afterOperand && !knownFunction ? FormulaErrorKind::UnknownName
                                                               : FormulaErrorKind::UnexpectedToken;
        break;
    }
    case mu::ecUNEXPECTED_OPERATOR:
    case mu::ecUNEXPECTED_ARG_SEP:
    case mu::ecUNEXPECTED_ARG:
    case mu::ecUNEXPECTED_VAL:
    case mu::ecUNEXPECTED_VAR:
    case mu::ecUNEXPECTED_FUN:
    case mu::ecUNEXPECTED_STR:
    case mu::ecUNEXPECTED_CONDITIONAL:
    case mu::ecMISPLACED_COLON:
    case mu::ecUNTERMINATED_STRING:
    case mu::ecSTRING_EXPECTED:
    case mu::ecVAL_EXPECTED:
    case mu::ecINVALID_CHARACTERS_FOUND:
        error.kind = FormulaErrorKind::UnexpectedToken;
        if (error.token.empty() || error.token.size() > 1)
            error.token = tokenAt(text, pos);
        break;
    case mu::ecUNEXPECTED_PARENS:
        error.kind = FormulaErrorKind::UnexpectedParenthesis;
        break;
    case mu::ecMISSING_PARENS: {
        // Point at the parenthesis left open, not at the end where muParser noticed.
        error.kind = FormulaErrorKind::MissingParenthesis;
        const std::size_t open = unmatchedOpening(text);
        pos = open == std::string::npos ? pos : open;
        error.token.assign(1, '('); // not = "(": GCC 12 -Wrestrict false positive
        break;
    }
    case mu::ecUNEXPECTED_EOF:
    case mu::ecMISSING_ELSE_CLAUSE:
        error.kind = FormulaErrorKind::UnexpectedEnd;
        error.token.clear();
        break;
    case mu::ecTOO_MANY_PARAMS:
    case mu::ecTOO_FEW_PARAMS:
        // muParser points at the closing parenthesis; point at the function's name instead.
        error.kind = FormulaErrorKind::WrongArgumentCount;
        if (!text.empty())
            pos = functionNameBefore(text, pos);
        break;
    case mu::ecEMPTY_EXPRESSION:
        error.kind = FormulaErrorKind::Empty;
        pos = 0;
        break;
    default:
        error.kind = FormulaErrorKind::Other;
        break;
    }
    error.position = characterOffset(text, pos);
    return error;
}

/// muParser's assignment operator would let a formula overwrite x ("x = 3"); refuse any '='
/// that is not part of a comparison (==, !=, <=, >=).
std::size_t assignmentPosition(const std::string &text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '=')
            continue;
        const char prev = i > 0 ? text[i - 1] : ' ';
        const char next = i + 1 < text.size() ? text[i + 1] : ' ';
        if (next == '=') {
            ++i; // "==": skip both characters
            continue;
        }
        if (prev == '!' || prev == '<' || prev == '>')
            continue;
        return i;
    }
    return std::string::npos;
}

/// A top-level comma: muParser would return several values ("x, 2"); a formula has one.
std::size_t topLevelComma(const std::string &text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(')
            ++depth;
        else if (text[i] == ')')
            --depth;
        else if (text[i] == ',' && depth == 0)
            return i;
    }
    return std::string::npos;
}

/// Offset of the first opening parenthesis that nests deeper than `limit`, or npos.
std::size_t tooDeepPosition(const std::string &text, int limit) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(' && ++depth > limit)
            return i;
        if (text[i] == ')' && depth > 0)
            --depth;
    }
    return std::string::npos;
}

std::atomic<std::uint64_t> g_nextFormulaId{1};

// ---- per-thread parsers ----------------------------------------------------------------------
//
// A mu::Parser is not thread-safe: Eval() writes its own value stack, and the variable x is a
// pointer into the parser's owner. Each thread therefore evaluates a formula with its own parser,
// created on first use and kept in a small thread_local cache keyed by the formula's unique id
// (ids, unlike addresses, are never reused). Each entry watches the formula's lifetime through a
// weak pointer, so parsers of formulas that no longer exist are dropped on the next miss.
// Evaluation then costs one comparison plus muParser's bytecode run (about 20 ns for
// x*sigmoid(1.5*x), measured by tst_formula's evaluationIsFast), with no lock and nothing shared
// between threads but the immutable catalog.

struct ThreadParser {
    std::uint64_t id = 0;
    std::weak_ptr<const void> alive;
    double x = 0; ///< the variable muParser reads; stable address inside the heap-allocated entry
    std::unique_ptr<mu::Parser> parser;

    double eval(double at) {
        x = at;
        try {
            return parser->Eval();
        } catch (const mu::ParserError &) {
            return kNaN; // cannot happen after a successful compile; never let it escape
        }
    }
};

constexpr std::size_t kMaxCachedParsers = 64;

} // namespace

struct FormulaFunction::Impl {
    std::uint64_t id = 0;
    std::shared_ptr<const void> alive = std::make_shared<int>(0);
    /// f and the exact f' of whole batches (training); absent only if the bytecode holds an
    /// operation without a derivative rule, and then batches take Ridders' path point by point.
    std::optional<FormulaProgram> program;

    ThreadParser &parser(const std::string &text) const {
        thread_local std::vector<std::unique_ptr<ThreadParser>> cache;
        if (!cache.empty() && cache.back()->id == id)
            return *cache.back(); // the hot path: the same formula as last time
        auto it = std::find_if(cache.begin(), cache.end(),
                               [this](const auto &entry) { return entry->id == id; });
        if (it != cache.end()) {
            std::rotate(it, it + 1, cache.end()); // most recently used last
            return *cache.back();
        }
        std::erase_if(cache, [](const auto &entry) { return entry->alive.expired(); });
        if (cache.size() >= kMaxCachedParsers)
            cache.erase(cache.begin());
        auto entry = std::make_unique<ThreadParser>();
        entry->id = id;
        entry->alive = alive;
        entry->parser = makeFormulaParser(text, &entry->x);
        entry->eval(0.0); // parses into bytecode now, not inside a timed loop
        cache.push_back(std::move(entry));
        return *cache.back();
    }
};

FormulaFunction::FormulaFunction(std::string text, std::unique_ptr<Impl> impl)
    : m_text(std::move(text))
    , m_impl(std::move(impl)) {}
FormulaFunction::~FormulaFunction() = default;

FormulaFunction::CompileResult FormulaFunction::compile(std::string_view view) {
    const std::string text(view);
    // Limits first, before any other pass over the text or muParser sees it; nesting first,
    // as the more telling complaint about a long run of parentheses.
    if (const std::size_t at = tooDeepPosition(text, kMaxDepth); at != std::string::npos)
        return FormulaError{FormulaErrorKind::TooDeep, characterOffset(text, at), "(",
                            "parentheses nested more than " + std::to_string(kMaxDepth) +
                                " levels"};
    if (const std::size_t length = characterOffset(text, text.size()); length > kMaxLength)
        return FormulaError{FormulaErrorKind::TooLong,
                            0,
                            {},
                            "formula of " + std::to_string(length) + " characters, at most " +
                                std::to_string(kMaxLength)};
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
        return FormulaError{FormulaErrorKind::Empty, 0, {}, "empty formula"};
    if (const std::size_t at = assignmentPosition(text); at != std::string::npos)
        return FormulaError{FormulaErrorKind::UnexpectedToken, characterOffset(text, at), "=",
                            "assignment is not allowed"};
    double x = 0;
    std::optional<FormulaProgram> program;
    try {
        auto parser = makeFormulaParser(text, &x);
        parser->Eval(); // muParser parses lazily, on the first evaluation
        if (parser->GetNumResults() != 1) {
            const std::size_t at = topLevelComma(text);
            return FormulaError{FormulaErrorKind::UnexpectedToken,
                                characterOffset(text, at == std::string::npos ? 0 : at), ",",
                                "a formula has exactly one value"};
        }
        program = FormulaProgram::fromParser(*parser, &x);
    } catch (const mu::ParserError &e) {
        return translateError(e, text);
    }
    auto impl = std::make_unique<Impl>();
    impl->id = g_nextFormulaId.fetch_add(1, std::memory_order_relaxed);
    impl->program = std::move(program);
    return std::make_shared<const FormulaFunction>(text, std::move(impl));
}

double FormulaFunction::value(double x, Params) const {
    return m_impl->parser(m_text).eval(x);
}

double FormulaFunction::derivative(double x, Params) const {
    ThreadParser &p = m_impl->parser(m_text);
    const double fx = p.eval(x);
    if (!std::isfinite(fx))
        return kNaN; // no slope where f itself is NaN or infinite (1/x at 0, log(0), ...)
    return riddersDerivative([&p](double t) { return p.eval(t); }, x, fx, 1).value;
}

double FormulaFunction::secondDerivative(double x, Params) const {
    ThreadParser &p = m_impl->parser(m_text);
    const double fx = p.eval(x);
    if (!std::isfinite(fx))
        return kNaN;
    return riddersDerivative([&p](double t) { return p.eval(t); }, x, fx, 2).value;
}

Derivatives FormulaFunction::evaluate(double x, Params) const {
    ThreadParser &p = m_impl->parser(m_text);
    const double fx = p.eval(x);
    if (!std::isfinite(fx))
        return {fx, kNaN, kNaN};
    const auto f = [&p](double t) { return p.eval(t); };
    return {fx, riddersDerivative(f, x, fx, 1).value, riddersDerivative(f, x, fx, 2).value};
}

void FormulaFunction::evaluateBatch(std::span<const double> x, Params, std::span<double> f,
                                    std::span<double> df) const {
    if (m_impl->program) {
        std::vector<std::size_t> unresolved;
        m_impl->program->run(x.data(), x.size(), f.empty() ? nullptr : f.data(),
                             df.empty() ? nullptr : df.data(), unresolved, vectorMathsEnabled());
        if (unresolved.empty())
            return;
        // Rare points where the chain rule met inf·0 inside a finite f (1/(1+exp(−x)) where
        // exp overflows): Ridders' numerical slope, as value-by-value callers get.
        ThreadParser &p = m_impl->parser(m_text);
        const auto fn = [&p](double t) { return p.eval(t); };
        for (const std::size_t i : unresolved)
            df[i] = riddersDerivative(fn, x[i], p.eval(x[i]), 1).value;
        return;
    }
    ThreadParser &p = m_impl->parser(m_text);
    const auto fn = [&p](double t) { return p.eval(t); };
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double fx = p.eval(x[i]);
        if (!f.empty())
            f[i] = fx;
        if (!df.empty())
            df[i] = std::isfinite(fx) ? riddersDerivative(fn, x[i], fx, 1).value : kNaN;
    }
}

} // namespace actlab
