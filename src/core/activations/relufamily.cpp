// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "util/trnoop.h"

#include <cmath>

namespace actlab {
namespace {

struct Relu6 {
    static double value(double x, Params) {
        if (std::isnan(x))
            return x; // NaN propagates, as in every framework
        return x <= 0 ? 0.0 : (x >= 6 ? 6.0 : x);
    }
    // PyTorch's hardtanh_backward gives 0 at both kinks (x <= 0 or x >= 6).
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return (x > 0 && x < 6) ? 1.0 : 0.0;
    }
    static double secondDerivative(double x, Params) { return std::isnan(x) ? x : 0.0; }
    static std::vector<Kink> kinks(Params) {
        return {{0.0, false, 0.0, std::nullopt}, {6.0, false, 0.0, std::nullopt}};
    }
};

} // namespace

void addReluFamily(std::vector<CatalogEntry> &out) {
    {
        CatalogEntry e;
        e.spec.id = "relu6";
        e.spec.family = Family::Relu;
        e.spec.properties = {{0, 6, true, true}, true, Smoothness::C0, false, true, true, false};
        e.spec.texts = {
            "ReLU6",
            "f(x) = min(max(0, x), 6)",
            QT_TRANSLATE_NOOP("Catalog",
                              "ReLU clipped at 6: identity between 0 and 6, flat outside. The cap "
                              "keeps activations in a small fixed range."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Mobile and quantised networks (MobileNet), where a bounded range "
                              "maps well onto low-precision arithmetic."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Units stuck above 6 pass no gradient, just like units stuck below "
                              "0, so it can die from both sides."),
            "Krizhevsky, 2010",
            2010,
            "keras.layers.Dense(64, activation=\"relu6\")",
            "torch.nn.ReLU6()",
        };
        e.scalar = std::make_shared<ScalarFunctionFor<Relu6>>();
        out.push_back(std::move(e));
    }
}

} // namespace actlab
