// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

#include "catalog.h"
#include "entrybuilder.h"
#include "mathhelpers.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// min over x of x·σ(x), glu's plotted slice (the same minimum as SiLU's).
constexpr double kGluSliceMinimum = -0.2784645427610738;

double temperatureOf(Params p) {
    return param(p, 0, 1.0);
}

bool anyNaN(std::span<const double> x) {
    return std::any_of(x.begin(), x.end(), [](double v) { return std::isnan(v); });
}

void fillNaN(std::span<double> out) {
    std::fill(out.begin(), out.end(), kNaN);
}

/// The index of the one entry at +inf (after multiplying by `sign`), when there is exactly one
/// and no NaN. As that entry grows, softmax and sparsemax tend to the one-hot vector there: a
/// limit that exists. With two or more at +inf the limit depends on how they grow: none.
std::optional<std::size_t> loneInfinity(std::span<const double> x, double sign) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]))
            return std::nullopt;
        if (sign * x[i] == std::numeric_limits<double>::infinity()) {
            if (found)
                return std::nullopt;
            found = i;
        }
    }
    return found;
}

/// Writes the shifted, scaled logits d = (sign·x − max sign·x) / T into `d` (same size as x)
/// and returns Σ e^d. Subtracting the maximum before dividing by T (instead of dividing first)
/// keeps every d <= 0 and makes x/T unable to overflow for huge x and small T; mathematically
/// the same. NaN, several +inf entries or an all −inf vector give NaN (no limit); a single +inf
/// entry gives its limit, d = 0 there and −inf elsewhere (frameworks give NaN).
/// The sum is at least 1 (the maximum contributes e^0), so its log never sees an underflowed 0.
double shiftedLogits(std::span<const double> x, double sign, double temperature,
                     std::span<double> d) {
    if (anyNaN(x)) {
        fillNaN(d);
        return kNaN;
    }
    if (const auto hot = loneInfinity(x, sign)) {
        for (std::size_t i = 0; i < x.size(); ++i)
            d[i] = i == *hot ? 0.0 : -std::numeric_limits<double>::infinity();
        return 1.0;
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

/// softmax(x / T); Softmin below reuses it as softmax(−x).
class Softmax : public VectorFunction {
public:
    Softmax()
        : Softmax(1.0, true) {}

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

protected:
    Softmax(double sign, bool hasTemperature)
        : m_sign(sign)
        , m_hasTemperature(hasTemperature) {}

private:
    double temperature(Params p) const { return m_hasTemperature ? temperatureOf(p) : 1.0; }

    double m_sign;
    bool m_hasTemperature;
};

/// softmin(x) = softmax(−x), without temperature.
class Softmin final : public Softmax {
public:
    Softmin()
        : Softmax(-1.0, false) {}
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
        if (const auto hot = loneInfinity(x, 1.0)) { // the limit: all mass on that entry
            for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
                y[i] = i == *hot ? 1.0 : 0.0;
            return;
        }
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
    return {.name = "temperature",
            .defaultValue = 1,
            .min = 0,
            .max = kInf,
            .step = 0.01,
            .sliderMin = 0.1,
            .sliderMax = 5,
            .nonZero = true,
            .description = QT_TRANSLATE_NOOP(
                "Catalog",
                "Temperature T: the inputs are divided by T first. T below 1 sharpens the "
                "distribution towards the largest input, T above 1 flattens it towards uniform.")};
}

} // namespace

void addVectorFamily(std::vector<CatalogEntry> &out) {
    out.push_back(vectorEntry<Softmax>({
        .id = "softmax",
        .family = Family::Vector,
        .params = {temperatureParam()},
        .properties =
            {
                .range = {0, 1, false, false}, // σ(x/T)
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Softmax"),
                .formula = "sᵢ = exp(xᵢ/T) / Σⱼ exp(xⱼ/T)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "Turns a vector of scores into a probability distribution: every "
                               "output is positive and they sum to 1. Only differences between "
                               "the inputs matter, so adding a constant to all of them changes "
                               "nothing. Its Jacobian is (diag(s) − s sᵀ)/T."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "The output layer of a multi-class classifier, paired with "
                               "cross-entropy; attention weights; anywhere scores must become "
                               "probabilities. The temperature controls how peaked they are, as "
                               "in knowledge distillation and sampling."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Computed naively, exp overflows for large scores; the maximum is "
                               "subtracted first (as here). When one score dominates, softmax "
                               "saturates and the other gradients vanish. For training use a loss "
                               "that takes logits or log_softmax, which is more accurate than "
                               "taking the log of softmax."),
                .paper = "Bridle, 1990",
                .year = 1990,
                .kerasSnippet = "keras.layers.Dense(10, activation=\"softmax\")\n"
                                "keras.ops.softmax(logits / T, axis=-1)",
                .pytorchSnippet = "torch.nn.Softmax(dim=-1)\ntorch.softmax(logits / T, dim=-1)",
            },
    }));

    out.push_back(vectorEntry<LogSoftmax>({
        .id = "log_softmax",
        .family = Family::Vector,
        .params = {temperatureParam()},
        .properties =
            {
                .range = {-kInf, 0, false, false}, // log σ(x/T)
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = false,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Log-softmax"),
                .formula = "yᵢ = xᵢ/T − log Σⱼ exp(xⱼ/T)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "The logarithm of softmax, computed directly as (z − m) − log Σ "
                               "exp(z − m) with z = x/T and m = max z, so it never takes the log "
                               "of an underflowed zero. The outputs are log-probabilities: all at "
                               "most 0, and their exponentials sum to 1."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Classifier outputs trained with a negative log-likelihood loss, "
                               "and wherever log-probabilities are needed, as in language models "
                               "and beam search."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "The outputs are not probabilities: exponentiate them to get "
                               "those. Do not feed them to a loss that applies its own softmax "
                               "(such as PyTorch's CrossEntropyLoss), or the softmax is applied "
                               "twice."),
                .paper = "Bridle, 1990",
                .year = 1990,
                .kerasSnippet = "keras.layers.Dense(10, activation=\"log_softmax\")\n"
                                "keras.ops.log_softmax(logits / T, axis=-1)",
                .pytorchSnippet =
                    "torch.nn.LogSoftmax(dim=-1)\ntorch.log_softmax(logits / T, dim=-1)",
            },
    }));

    out.push_back(vectorEntry<Softmin>({
        .id = "softmin",
        .family = Family::Vector,
        .properties =
            {
                .range = {0, 1, false, false}, // σ(−x)
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Softmin"),
                .formula = "sᵢ = exp(−xᵢ) / Σⱼ exp(−xⱼ)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "Softmax of the negated inputs: a probability distribution that "
                               "gives the most weight to the smallest entry. The outputs are "
                               "positive, sum to 1 and ignore a constant added to every input."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Turning costs, distances or energies into weights, where lower "
                               "should mean more likely: soft nearest neighbours, attention over "
                               "distances, soft minimum selection."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Keras has no softmin: write softmax(−x). It saturates like "
                               "softmax, and the two are easy to mix up: check that the smallest "
                               "input really gets the largest weight."),
                .paper = "Bridle, 1990",
                .year = 1990,
                .kerasSnippet = "keras.ops.softmax(-x, axis=-1)",
                .pytorchSnippet = "torch.nn.Softmin(dim=-1)",
            },
    }));

    out.push_back(vectorEntry<Sparsemax>({
        .id = "sparsemax",
        .family = Family::Vector,
        .properties =
            {
                .range = {0, 1, true, true}, // clamp((x + 1)/2, 0, 1)
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Sparsemax"),
                .formula = "sᵢ = max(xᵢ − τ, 0), τ such that Σᵢ sᵢ = 1",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "The Euclidean projection of the inputs onto the probability "
                               "simplex. Like softmax its outputs are non-negative and sum to 1, "
                               "but small scores get exactly zero, so the distribution is sparse. "
                               "It is piecewise linear: on the support S its Jacobian is "
                               "I − 11ᵀ/|S|, and zero outside."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Attention and multi-label outputs where a few clear choices should "
                               "get all the weight and the rest exactly none, which also makes "
                               "the weights easy to read."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Entries outside the support get zero gradient, so they cannot "
                               "climb back in through this layer alone. The Jacobian jumps when "
                               "an entry enters or leaves the support. Unlike softmax, scaling "
                               "the inputs changes how many entries are non-zero."),
                .paper = "Martins & Astudillo, 2016",
                .year = 2016,
                .kerasSnippet = "keras.layers.Dense(10, activation=\"sparsemax\")",
                .pytorchSnippet = "entmax.sparsemax(x, dim=-1)  # pip install entmax",
            },
    }));

    out.push_back(vectorEntry<Glu>({
        .id = "glu",
        .family = Family::Vector,
        .properties =
            {
                .range = {kGluSliceMinimum, kInf, true, false}, // x·σ(x)
                .monotonic = false,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Gated linear unit"),
                .formula = "GLU(x) = a ⊙ σ(b), x = [a, b]",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "Splits the vector into two halves a and b: a carries the signal "
                               "and b decides, through a sigmoid gate, how much of it passes. The "
                               "output has half as many entries. The linear path lets gradients "
                               "flow without saturating."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Gated convolutional language models and transformer feed-forward "
                               "blocks (GLU and its variants such as SwiGLU and GeGLU), where a "
                               "learned gate improves quality for the same compute."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "The input length must be even, so the layer before must produce "
                               "twice the width wanted out. The order of the halves matters: the "
                               "gate is the second half."),
                .paper = "Dauphin et al., 2017",
                .year = 2017,
                .kerasSnippet = "keras.layers.Dense(128, activation=\"glu\")  # 64 outputs",
                .pytorchSnippet = "torch.nn.GLU(dim=-1)",
            },
    }));
}

} // namespace actlab
