// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace mu {
class Parser;
}

namespace actlab {

class ScalarFunction;

/// A catalog activation callable from formulas: the function and its default parameters.
struct CatalogCall {
    std::string name;
    const ScalarFunction *function = nullptr;
    std::vector<double> params;
};

/// Every scalar catalog id and alias, built once. Immutable afterwards, so the pointers handed
/// to muParser as user data stay valid and may be read from any thread.
const std::vector<CatalogCall> &catalogCalls();

/// The callback muParser calls for a catalog function; its user data is a CatalogCall.
double callCatalog(void *call, double x);

/// The callbacks of the unary operators. muParser's own are private to it; defining ours lets
/// FormulaProgram recognise them in the bytecode.
double unaryMinus(double x);
double unaryPlus(double x);

/// A parser for `text` reading the variable at `x`, with every catalog function defined.
/// Throws mu::ParserError on a bad formula (only from the first Eval, where muParser parses).
std::unique_ptr<mu::Parser> makeFormulaParser(const std::string &text, double *x);

} // namespace actlab
