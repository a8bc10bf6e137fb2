// SPDX-License-Identifier: GPL-3.0-or-later
#include "identities.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

#include "activations/catalog.h"
#include "activations/vectorslice.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

// SELU's literals (Klambauer et al. 2017), as Keras, PyTorch and JAX write them; the catalog's
// selu uses the same ones, which tst_identities checks through selu itself.
constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
constexpr double kSeluLambda = 1.0507009873554804934193349852946;
// The logistic gate that brings x·σ(kx) closest to GELU (Hendrycks & Gimpel 2016): SiLU's β.
constexpr double kGeluGate = 1.702;

/// One catalog activation at given parameters: its full parameter list (defaults, with the
/// named ones replaced) and its function, the 1-D slice for a vector activation.
struct Bound {
    IdentityTerm term;
    std::shared_ptr<const ScalarFunction> function;

    double value(double x) const { return function->value(x, term.params); }
    double derivative(double x) const { return function->derivative(x, term.params); }
};

Bound bind(const char *id, std::initializer_list<std::pair<const char *, double>> values = {}) {
    const CatalogEntry *entry = Catalog::builtin().find(id);
    if (!entry)
        throw std::logic_error(std::string("identities: unknown activation ") + id);
    Bound b{{entry->spec.id, entry->spec.defaultParams()}, entry->scalar};
    if (entry->vector)
        b.function = std::make_shared<VectorSliceFunction>(entry->vector);
    for (const auto &[name, value] : values) {
        const int index = entry->spec.paramIndex(name);
        if (index < 0)
            throw std::logic_error(std::string("identities: no parameter ") + name);
        b.term.params[std::size_t(index)] = value;
    }
    return b;
}

std::vector<Identity> build() {
    std::vector<Identity> out;

    {
        const Bound tanhCurve = bind("tanh"), sigmoid = bind("sigmoid");
        out.push_back({
            .key = "tanh_sigmoid",
            .formula = "tanh(x) = 2σ(2x) − 1",
            .lhsLabel = "tanh(x)",
            .rhsLabel = "2σ(2x) − 1",
            .title = QT_TRANSLATE_NOOP("Identities", "tanh is a rescaled sigmoid"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "Squeeze the sigmoid horizontally by 2, stretch it vertically by 2 and move it "
                "down by 1: that is tanh. The two saturate alike; tanh is the zero-centred one."),
            .terms = {tanhCurve.term, sigmoid.term},
            .lhs = [tanhCurve](double x) { return tanhCurve.value(x); },
            .rhs = [sigmoid](double x) { return 2 * sigmoid.value(2 * x) - 1; },
        });
    }
    {
        const Bound softplus = bind("softplus"), sigmoid = bind("sigmoid");
        out.push_back({
            .key = "softplus_sigmoid",
            .formula = "softplus′(x) = σ(x)",
            .lhsLabel = "softplus′(x)",
            .rhsLabel = "σ(x)",
            .title = QT_TRANSLATE_NOOP("Identities", "The slope of softplus is the sigmoid"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "Softplus, ln(1 + eˣ), is a smooth ReLU, and its derivative is exactly σ(x): a "
                "smooth ramp has a smooth step as its slope. Show f′ in the explorer to see it "
                "on the pinned curves."),
            .terms = {softplus.term, sigmoid.term},
            .lhs = [softplus](double x) { return softplus.derivative(x); },
            .rhs = [sigmoid](double x) { return sigmoid.value(x); },
        });
    }
    {
        const Bound silu = bind("silu"), sigmoid = bind("sigmoid");
        out.push_back({
            .key = "silu_sigmoid",
            .formula = "SiLU(x) = x·σ(x)",
            .lhsLabel = "SiLU(x)",
            .rhsLabel = "x·σ(x)",
            .title = QT_TRANSLATE_NOOP("Identities", "SiLU is the input gated by its sigmoid"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "SiLU (Swish) multiplies x by σ(x), a soft switch between 0 and 1: nearly 0 for "
                "very negative x, nearly x for large x, with a small dip in between."),
            .terms = {silu.term, sigmoid.term},
            .lhs = [silu](double x) { return silu.value(x); },
            .rhs = [sigmoid](double x) { return x * sigmoid.value(x); },
        });
    }
    {
        const Bound gelu = bind("gelu", {{"approximate", 0}});
        const Bound gate = bind("silu", {{"beta", kGeluGate}});
        const Bound sigmoid = bind("sigmoid");
        out.push_back({
            .key = "gelu_sigmoid",
            .formula = "GELU(x) ≈ x·σ(1.702x)",
            .lhsLabel = "GELU(x) = x·Φ(x)",
            .rhsLabel = "x·σ(1.702x)",
            .title = QT_TRANSLATE_NOOP("Identities", "GELU is nearly SiLU with a steeper gate"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "GELU's gate, the normal distribution function Φ(x), is close to σ(1.702x), so "
                "GELU(x) ≈ x·σ(1.702x): SiLU with β = 1.702. This one is an approximation: the "
                "curves differ by up to about 0.02, near x = ±2.3."),
            .exact = false,
            .terms = {gelu.term, gate.term},
            .lhs = [gelu](double x) { return gelu.value(x); },
            .rhs = [sigmoid](double x) { return x * sigmoid.value(kGeluGate * x); },
        });
    }
    {
        const Bound softmax = bind("softmax"), sigmoid = bind("sigmoid");
        out.push_back({
            .key = "softmax_sigmoid",
            .formula = "softmax(x₁, x₂)₁ = σ(x₁ − x₂)",
            .lhsLabel = "softmax(x, 0)₁",
            .rhsLabel = "σ(x − 0)",
            .title = QT_TRANSLATE_NOOP("Identities",
                                       "Two-class softmax is the sigmoid of the difference"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "With two logits, softmax's first output e^x₁/(e^x₁ + e^x₂) equals σ(x₁ − x₂): "
                "only the difference of the logits matters. Drawn along x₁ = x with x₂ = 0, as "
                "the explorer draws softmax."),
            .terms = {softmax.term, sigmoid.term},
            // The slice softmax(x, 0)₁ against σ(x₁ − x₂) at x₁ = x, x₂ = 0.
            .lhs = [softmax](double x) { return softmax.value(x); },
            .rhs = [sigmoid](double x) { return sigmoid.value(x - 0.0); },
        });
    }
    {
        const Bound relu = bind("relu");
        out.push_back({
            .key = "relu_abs",
            .formula = "ReLU(x) = (x + |x|)/2",
            .lhsLabel = "ReLU(x)",
            .rhsLabel = "(x + |x|)/2",
            .title = QT_TRANSLATE_NOOP("Identities", "ReLU is the mean of x and |x|"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "(x + |x|)/2 is x for positive x and 0 for negative x: ReLU written without a "
                "comparison. In floating point the two agree to the last bit."),
            .terms = {relu.term},
            .lhs = [relu](double x) { return relu.value(x); },
            .rhs = [](double x) { return (x + std::abs(x)) / 2; },
        });
    }
    {
        const Bound selu = bind("selu"), elu = bind("elu", {{"alpha", kSeluAlpha}});
        out.push_back({
            .key = "selu_elu",
            .formula = "SELU(x) = λ·ELU(x; α), α ≈ 1.6733, λ ≈ 1.0507",
            .lhsLabel = "SELU(x)",
            .rhsLabel = "λ·ELU(x; α)",
            .title = QT_TRANSLATE_NOOP("Identities", "SELU is a scaled ELU with a fixed α"),
            .explanation = QT_TRANSLATE_NOOP(
                "Identities",
                "SELU is ELU with α fixed at 1.6733, scaled by λ = 1.0507: constants chosen so "
                "that activations keep zero mean and unit variance from layer to layer."),
            .terms = {selu.term, elu.term},
            .lhs = [selu](double x) { return selu.value(x); },
            .rhs = [elu](double x) { return kSeluLambda * elu.value(x); },
        });
    }
    return out;
}

} // namespace

const std::vector<Identity> &identities() {
    static const std::vector<Identity> list = build();
    return list;
}

const Identity *findIdentity(std::string_view key) {
    for (const Identity &identity : identities())
        if (identity.key == key)
            return &identity;
    return nullptr;
}

IdentityComparison compareIdentity(const Identity &identity, double a, double b, std::size_t n) {
    IdentityComparison c;
    c.x.reserve(n);
    c.lhs.reserve(n);
    c.rhs.reserve(n);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    bool found = false;
    for (std::size_t i = 0; i < n; ++i) {
        // The last point is b itself, not a + (n − 1)·h with h rounded.
        const double x = i == 0 ? a : i + 1 == n ? b : a + (b - a) * double(i) / double(n - 1);
        const double l = identity.lhs(x);
        const double r = identity.rhs(x);
        c.x.push_back(x);
        c.lhs.push_back(l);
        c.rhs.push_back(r);
        for (double v : {l, r}) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                c.scale = std::max(c.scale, std::abs(v));
            }
        }
        const double difference = std::abs(l - r);
        if (!std::isnan(difference) && (!found || difference > c.maxDifference)) {
            c.maxDifference = difference;
            c.maxDifferenceAt = x;
            found = true;
        }
    }
    if (lo <= hi) {
        c.yMin = lo;
        c.yMax = hi;
    }
    return c;
}

} // namespace actlab
