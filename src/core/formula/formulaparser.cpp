// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaparser.h"

#include <muParser.h>

#include "activations/catalog.h"

namespace actlab {

const std::vector<CatalogCall> &catalogCalls() {
    static const std::vector<CatalogCall> calls = [] {
        std::vector<CatalogCall> out;
        for (const CatalogEntry &e : Catalog::builtin().entries()) {
            if (!e.scalar)
                continue;
            const std::vector<double> params = e.spec.defaultParams();
            out.push_back({e.spec.id, e.scalar.get(), params});
            for (const std::string &alias : e.spec.aliases)
                out.push_back({alias, e.scalar.get(), params});
        }
        return out;
    }();
    return calls;
}

double callCatalog(void *data, double x) {
    const auto *call = static_cast<const CatalogCall *>(data);
    return call->function->value(x, call->params);
}

double unaryMinus(double x) {
    return -x;
}

double unaryPlus(double x) {
    return x;
}

std::unique_ptr<mu::Parser> makeFormulaParser(const std::string &text, double *x) {
    auto parser = std::make_unique<mu::Parser>();
    parser->DefineVar("x", x);
    // Same names and precedence as muParser's own (mu::Parser::InitOprt), same maths.
    parser->DefineInfixOprt("-", unaryMinus);
    parser->DefineInfixOprt("+", unaryPlus);
    for (const CatalogCall &call : catalogCalls()) {
        // muParser's own sin and tanh are the same maths; keep its versions (and its names).
        if (parser->GetFunDef().count(call.name))
            continue;
        parser->DefineFunUserData(call.name, callCatalog,
                                  const_cast<void *>(static_cast<const void *>(&call)));
    }
    parser->SetExpr(text);
    return parser;
}

} // namespace actlab
