// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "util/trnoop.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace actlab {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double temperatureOf(Params p) {
    return p.empty() ? 1.0 : p[0];
}

bool anyNaN(std::span<const double> x) {
    return std::any_of(x.begin(), x.end(), [](double v) { return std::isnan(v); });
}

void fillNaN(std::span<double> out) {
    std::fill(out.begin(), out.end(), kNaN);
}

/// Writes the shifted, scaled logits d = (sign·x − max sign·x) / T into `d` (same size as x)
/// and returns Σ e^d. Subtracting the maximum before dividing by T (instead of dividing first)
/// keeps every d <= 0 and makes x/T unable to overflow for huge x and small T; mathematically
/// the same. NaN, a +inf entry or an all −inf vector give NaN, exactly where frameworks do.
/// The sum is at least 1 (the maximum contributes e^0), so its log never sees an underflowed 0.
double shiftedLogits(std::span<const double> x, double sign, double temperature,
                     std::span<double> d) {
    if (anyNaN(x)) {
        fillNaN(d);
        return kNaN;
    }
    double m = -std::numeric_limits<double>::infinity();
    for (double v : x)
        m = std::max(m, sign * v);
    double sum = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        d[i] = (sign * x[i] - m) / temperature; // inf − inf = NaN, as in every framework
        sum += std::exp(d[i]);
    }
    return sum;
}

/// softmax(sign·x / T); softmin is sign = −1 without temperature.
class Softmax final : public VectorFunction {
public:
    Softmax(double sign, bool hasTemperature)
        : m_sign(sign)
        , m_hasTemperature(hasTemperature) {}

    void apply(std::span<const double> x, Params p, std::span<double> y) const override {
        if (y.size() < x.size()) {
            fillNaN(y); // a caller's mistake must not write past the end
            return;
        }
        const double sum = shiftedLogits(x, m_sign, temperature(p), y);
        for (std::size_t i = 0; i < x.size(); ++i)
            y[i] = std::exp(y[i]) / sum; // divide, as JAX and Keras do
    }

    // ∂sᵢ/∂xⱼ = (sign/T) sᵢ(δᵢⱼ − sⱼ)
    void jacobian(std::span<const double> x, Params p, std::span<double> jac) const override {
        const std::size_t n = x.size();
        std::vector<double> s(n);
        apply(x, p, s);
        const double scale = m_sign / temperature(p);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                jac[i * n + j] = scale * s[i] * ((i == j ? 1.0 : 0.0) - s[j]);
    }

private:
    double temperature(Params p) const { return m_hasTemperature ? temperatureOf(p) : 1.0; }

    double m_sign;
    bool m_hasTemperature;
};

/// log_softmax(x / T) = (z − m) − log Σ e^{z−m}: the order frameworks use to avoid cancellation.
class LogSoftmax final : public VectorFunction {
public:
    void apply(std::span<const double> x, Params p, std::span<double> y) const override {
        if (y.size() < x.size()) {
            fillNaN(y);
            return;
        }
        const double logSum = std::log(shiftedLogits(x, 1.0, temperatureOf(p), y));
        for (std::size_t i = 0; i < x.size(); ++i)
            y[i] -= logSum;
    }

    // ∂yᵢ/∂xⱼ = (δᵢⱼ − sⱼ) / T, with s = e^y the softmax
    void jacobian(std::span<const double> x, Params p, std::span<double> jac) const override {
        const std::size_t n = x.size();
        const double t = temperatureOf(p);
        std::vector<double> y(n);
        apply(x, p, y);
        for (std::size_t j = 0; j < n; ++j) {
            const double sj = std::exp(y[j]);
            for (std::size_t i = 0; i < n; ++i)
                jac[i * n + j] = ((i == j ? 1.0 : 0.0) - sj) / t;
        }
    }
};

/// Sparsemax (Martins & Astudillo 2016): the Euclidean projection onto the simplex.
class Sparsemax final : public VectorFunction {
public:
    void apply(std::span<const double> x, Params, std::span<double> y) const override {
        const double tau = threshold(x);
        if (std::isnan(tau)) {
            fillNaN(y);
            return;
        }
        const double m = maxOf(x);
        for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
            y[i] = std::max(x[i] - m - tau, 0.0);
    }

    // On the support S (outputs > 0): J = diag(s) − s sᵀ/|S| with s the support indicator.
    // Entries exactly at the threshold are outside S (the one-sided choice of autodiff through
    // max(·, 0), whose gradient at 0 is 0).
    void jacobian(std::span<const double> x, Params p, std::span<double> jac) const override {
        const std::size_t n = x.size();
        std::vector<double> y(n);
        apply(x, p, y);
        if (anyNaN(y)) {
            fillNaN(jac.first(n * n));
            return;
        }
        std::vector<double> s(n);
        double support = 0;
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = y[i] > 0 ? 1.0 : 0.0;
            support += s[i];
        }
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                jac[i * n + j] = (i == j ? s[i] : 0.0) - s[i] * s[j] / support;
    }

private:
    // The computation runs on x − max x: shift invariance makes it equivalent, and it keeps
    // 1 + k·z₍ₖ₎ from being swallowed by huge inputs (1 + 1e300 == 1e300 in double).
    static double maxOf(std::span<const double> x) { return *std::max_element(x.begin(), x.end()); }

    /// τ for the shifted input; NaN when a framework would give NaN (NaN, +inf, all −inf).
    static double threshold(std::span<const double> x) {
        if (x.empty() || anyNaN(x))
            return kNaN;
        const double m = maxOf(x);
        if (std::isinf(m))
            return kNaN; // +inf − inf or an all −inf vector: NaN, as in Keras' x − max(x)
        std::vector<double> z(x.begin(), x.end());
        for (double &v : z)
            v -= m;
        std::sort(z.begin(), z.end(), std::greater<>());
        // Support size k: the largest k with 1 + k·z₍ₖ₎ > Σ_{j≤k} z₍ⱼ₎. k = 1 always holds
        // (z₍₁₎ = 0), and the condition fails for good once it fails, so stop there.
        double cumulative = 0, supportSum = 0;
        std::size_t k = 0;
        for (std::size_t i = 0; i < z.size(); ++i) {
            cumulative += z[i];
            if (1.0 + double(i + 1) * z[i] > cumulative) {
                k = i + 1;
                supportSum = cumulative;
            } else {
                break;
            }
        }
        return (supportSum - 1.0) / double(k);
    }
};

/// GLU: x = [a, b] in halves, a ⊙ σ(b).
class Glu final : public VectorFunction {
public:
    std::size_t outputSize(std::size_t inputSize) const override { return inputSize / 2; }
    bool acceptsSize(std::size_t inputSize) const override {
        return inputSize > 0 && inputSize % 2 == 0;
    }

    void apply(std::span<const double> x, Params, std::span<double> y) const override {
        if (!acceptsSize(x.size())) {
            fillNaN(y); // a caller's mistake must not read past the end
            return;
        }
        const std::size_t h = x.size() / 2;
        for (std::size_t i = 0; i < h && i < y.size(); ++i)
            y[i] = x[i] * sigmoid(x[h + i]);
    }

    // ∂yᵢ/∂aᵢ = σ(bᵢ), ∂yᵢ/∂bᵢ = aᵢ σ(bᵢ) σ(−bᵢ); zero elsewhere.
    void jacobian(std::span<const double> x, Params, std::span<double> jac) const override {
        const std::size_t n = x.size();
        if (!acceptsSize(n)) {
            fillNaN(jac);
            return;
        }
        const std::size_t h = n / 2;
        std::fill(jac.begin(), jac.begin() + std::ptrdiff_t(h * n), 0.0);
        for (std::size_t i = 0; i < h; ++i) {
            const double b = x[h + i];
            const double sb = sigmoid(b);
            jac[i * n + i] = sb;
            // σ(b)σ(−b) instead of σ(b)(1 − σ(b)): no cancellation for large b.
            jac[i * n + h + i] = x[i] * sb * sigmoid(-b);
            if (std::isnan(x[i]) || std::isnan(b))
                jac[i * n + i] = jac[i * n + h + i] = kNaN;
        }
    }

private:
    static double sigmoid(double v) {
        if (v >= 0)
            return 1.0 / (1.0 + std::exp(-v));
        const double e = std::exp(v); // never overflows for v < 0
        return e / (1.0 + e);
    }
};

ParamSpec temperatureParam() {
    ParamSpec t;
    t.name = "temperature";
    t.defaultValue = 1;
    t.min = 0.01;
    t.max = 100;
    t.step = 0.01;
    t.sliderMin = 0.1;
    t.sliderMax = 5;
    t.description = QT_TRANSLATE_NOOP(
        "Catalog",
        "Temperature T: the inputs are divided by T first. T below 1 sharpens the "
        "distribution towards the largest input, T above 1 flattens it towards uniform.");
    return t;
}

} // namespace

void addVectorFamily(std::vector<CatalogEntry> &out) {
    const auto add = [&out](const char *id, std::vector<ParamSpec> params, Properties properties,
                            ActivationTexts texts, std::shared_ptr<const VectorFunction> fn) {
        CatalogEntry e;
        e.spec.id = id;
        e.spec.family = Family::Vector;
        e.spec.isVector = true;
        e.spec.params = std::move(params);
        e.spec.properties = properties;
        e.spec.texts = texts;
        e.vector = std::move(fn);
        out.push_back(std::move(e));
    };
    constexpr double inf = std::numeric_limits<double>::infinity();

    add("softmax", {temperatureParam()},
        {{0, 1, false, true}, false, Smoothness::CInfinity, false, true, true, false},
        {
            QT_TRANSLATE_NOOP("Catalog", "Softmax"),
            "sᵢ = exp(xᵢ/T) / Σⱼ exp(xⱼ/T)",
            QT_TRANSLATE_NOOP("Catalog",
                              "Turns a vector of scores into a probability distribution: every "
                              "output is positive and they sum to 1. Only differences between "
                              "the inputs matter, so adding a constant to all of them changes "
                              "nothing. Its Jacobian is (diag(s) − s sᵀ)/T."),
            QT_TRANSLATE_NOOP("Catalog",
                              "The output layer of a multi-class classifier, paired with "
                              "cross-entropy; attention weights; anywhere scores must become "
                              "probabilities. The temperature controls how peaked they are, as "
                              "in knowledge distillation and sampling."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Computed naively, exp overflows for large scores; the maximum is "
                              "subtracted first (as here). When one score dominates, softmax "
                              "saturates and the other gradients vanish. For training use a loss "
                              "that takes logits or log_softmax, which is more accurate than "
                              "taking the log of softmax."),
            "Bridle, 1990",
            1990,
            "keras.layers.Dense(10, activation=\"softmax\")\n"
            "keras.ops.softmax(logits / T, axis=-1)",
            "torch.nn.Softmax(dim=-1)\ntorch.softmax(logits / T, dim=-1)",
        },
        std::make_shared<Softmax>(1.0, true));

    add("log_softmax", {temperatureParam()},
        {{-inf, 0, false, true}, false, Smoothness::CInfinity, false, false, true, false},
        {
            QT_TRANSLATE_NOOP("Catalog", "Log-softmax"),
            "yᵢ = xᵢ/T − log Σⱼ exp(xⱼ/T)",
            QT_TRANSLATE_NOOP("Catalog",
                              "The logarithm of softmax, computed directly as (z − m) − log Σ "
                              "exp(z − m) with z = x/T and m = max z, so it never takes the log "
                              "of an underflowed zero. The outputs are log-probabilities: all at "
                              "most 0, and their exponentials sum to 1."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Classifier outputs trained with a negative log-likelihood loss, "
                              "and wherever log-probabilities are needed, as in language models "
                              "and beam search."),
            QT_TRANSLATE_NOOP("Catalog",
                              "The outputs are not probabilities: exponentiate them to get "
                              "those. Do not feed them to a loss that applies its own softmax "
                              "(such as PyTorch's CrossEntropyLoss), or the softmax is applied "
                              "twice."),
            "Bridle, 1990",
            1990,
            "keras.layers.Dense(10, activation=\"log_softmax\")\n"
            "keras.ops.log_softmax(logits / T, axis=-1)",
            "torch.nn.LogSoftmax(dim=-1)\ntorch.log_softmax(logits / T, dim=-1)",
        },
        std::make_shared<LogSoftmax>());

    add("softmin", {},
        {{0, 1, false, true}, false, Smoothness::CInfinity, false, true, true, false},
        {
            QT_TRANSLATE_NOOP("Catalog", "Softmin"),
            "sᵢ = exp(−xᵢ) / Σⱼ exp(−xⱼ)",
            QT_TRANSLATE_NOOP("Catalog",
                              "Softmax of the negated inputs: a probability distribution that "
                              "gives the most weight to the smallest entry. The outputs are "
                              "positive, sum to 1 and ignore a constant added to every input."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Turning costs, distances or energies into weights, where lower "
                              "should mean more likely: soft nearest neighbours, attention over "
                              "distances, soft minimum selection."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Keras has no softmin: write softmax(−x). It saturates like "
                              "softmax, and the two are easy to mix up: check that the smallest "
                              "input really gets the largest weight."),
            "Bridle, 1990",
            1990,
            "keras.ops.softmax(-x, axis=-1)",
            "torch.nn.Softmin(dim=-1)",
        },
        std::make_shared<Softmax>(-1.0, false));

    add("sparsemax", {}, {{0, 1, true, true}, false, Smoothness::C0, false, true, true, false},
        {
            QT_TRANSLATE_NOOP("Catalog", "Sparsemax"),
            "sᵢ = max(xᵢ − τ, 0), τ such that Σᵢ sᵢ = 1",
            QT_TRANSLATE_NOOP("Catalog",
                              "The Euclidean projection of the inputs onto the probability "
                              "simplex. Like softmax its outputs are non-negative and sum to 1, "
                              "but small scores get exactly zero, so the distribution is sparse. "
                              "It is piecewise linear: on the support S its Jacobian is "
                              "I − 11ᵀ/|S|, and zero outside."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Attention and multi-label outputs where a few clear choices should "
                              "get all the weight and the rest exactly none, which also makes "
                              "the weights easy to read."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Entries outside the support get zero gradient, so they cannot "
                              "climb back in through this layer alone. The Jacobian jumps when "
                              "an entry enters or leaves the support. Unlike softmax, scaling "
                              "the inputs changes how many entries are non-zero."),
            "Martins & Astudillo, 2016",
            2016,
            "keras.layers.Dense(10, activation=\"sparsemax\")",
            "entmax.sparsemax(x, dim=-1)  # pip install entmax",
        },
        std::make_shared<Sparsemax>());

    add("glu", {},
        {{-inf, inf, false, false}, false, Smoothness::CInfinity, true, false, false, false},
        {
            QT_TRANSLATE_NOOP("Catalog", "Gated linear unit"),
            "GLU(x) = a ⊙ σ(b), x = [a, b]",
            QT_TRANSLATE_NOOP("Catalog",
                              "Splits the vector into two halves a and b: a carries the signal "
                              "and b decides, through a sigmoid gate, how much of it passes. The "
                              "output has half as many entries. The linear path lets gradients "
                              "flow without saturating."),
            QT_TRANSLATE_NOOP("Catalog",
                              "Gated convolutional language models and transformer feed-forward "
                              "blocks (GLU and its variants such as SwiGLU and GeGLU), where a "
                              "learned gate improves quality for the same compute."),
            QT_TRANSLATE_NOOP("Catalog",
                              "The input length must be even, so the layer before must produce "
                              "twice the width wanted out. The order of the halves matters: the "
                              "gate is the second half."),
            "Dauphin et al., 2017",
            2017,
            "keras.layers.Dense(128, activation=\"glu\")  # 64 outputs",
            "torch.nn.GLU(dim=-1)",
        },
        std::make_shared<Glu>());
}

} // namespace actlab
