// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagation.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <span>

#include <Eigen/Core>

#include "engine/parallelexecutor.h"
#include "util/alignedallocator.h"
#include "util/random.h"

namespace actlab::depth {
namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMap = Eigen::Map<const RowMatrix>;
using ColumnMap = Eigen::Map<Eigen::MatrixXd>;
using ConstColumnMap = Eigen::Map<const Eigen::MatrixXd>;

constexpr std::size_t kMiB = std::size_t(1) << 20;
/// All layers' weights are kept (generated once) when they fit in this; otherwise each layer's
/// are generated again, from the same streams, for the backward pass.
constexpr std::size_t kWeightCacheBytes = 256 * kMiB;
/// Larger configurations are refused ("size") rather than allowed to exhaust the machine.
constexpr std::size_t kMemoryBudget = 2048 * kMiB;
/// Columns (inputs) per shard: wide enough for Eigen's GEMM to run near its peak, narrow
/// enough that a 256-sample batch still gives two threads four pieces to balance.
constexpr std::size_t kShardColumns = 64;
constexpr std::size_t kMaxShards = 64;
constexpr std::size_t kWeightBlocks = 32;

/// Random streams: each weight row, bias vector, input pair, dropout mask and gradient seed has
/// its own, so the numbers never depend on how the work is cut or who ran it first.
enum class Stream : std::uint64_t { Weights = 1, Biases, Inputs, Masks, Gradients };

std::uint64_t streamSeed(std::uint64_t seed, Stream tag, int layer, std::size_t index) {
    const std::uint64_t stream =
        (std::uint64_t(tag) << 56) | (std::uint64_t(layer) << 32) | std::uint64_t(index);
    return Random::mix(seed, stream);
}

bool fitsWeightCache(const PropagationConfig &c, std::size_t budget = kWeightCacheBytes) {
    const std::size_t n = std::size_t(c.width);
    return std::size_t(c.depth) * n * n * sizeof(double) <= budget;
}

/// Everything propagate() allocates, in bytes (the per-worker scratch is within one N·B term).
std::size_t memoryNeeded(const PropagationConfig &c) {
    const std::size_t n = std::size_t(c.width), b = std::size_t(c.batch);
    const std::size_t weights = fitsWeightCache(c) ? std::size_t(c.depth) * n * n : n * n;
    return std::size_t(c.depth) * n * b * sizeof(float) + 3 * n * b * sizeof(double) +
           weights * sizeof(double);
}

bool dropoutActive(const Dropout &d) {
    return d.kind != DropoutKind::None && d.rate > 0;
}

/// Columns [begin, end) of the batch. Shards hold whole pairs (so correlations stay inside one)
/// and depend only on the batch size, never on the thread count.
struct Shard {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t columns() const { return end - begin; }
};

std::vector<Shard> makeShards(std::size_t batch) {
    const std::size_t pairs = (batch + 1) / 2;
    const std::size_t count =
        std::clamp<std::size_t>((batch + kShardColumns - 1) / kShardColumns, 1, kMaxShards);
    std::vector<Shard> shards(count);
    for (std::size_t s = 0; s < count; ++s) {
        shards[s].begin = std::min(batch, 2 * (s * pairs / count));
        shards[s].end = std::min(batch, 2 * ((s + 1) * pairs / count));
    }
    return shards;
}

/// One shard's sums for one layer; combined in shard order.
struct Partial {
    double sumPre = 0, sumPre2 = 0, sumPost = 0, sumPost2 = 0;
    std::uint64_t saturated = 0, dead = 0;
    double correlation = 0;
    double gradNorm2 = 0;
    std::vector<std::uint64_t> histogram;
};

/// Cosine of two columns; 1 when both are zero (identical), 0 when only one is.
double cosine(const double *a, const double *b, std::size_t n) {
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    if (aa == 0 || bb == 0)
        return aa == bb ? 1.0 : 0.0;
    return ab / std::sqrt(aa * bb);
}

class Propagator {
public:
    Propagator(const PropagationConfig &config, ParallelExecutor &executor,
               const std::atomic<bool> *cancel, std::atomic<std::size_t> *progress,
               std::size_t weightCacheBytes);
    PropagationResult run();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void stepDone() {
        if (m_progress)
            m_progress->fetch_add(1, std::memory_order_relaxed);
    }
    double *column(AlignedVector &buffer, std::size_t j) { return buffer.data() + j * m_n; }
    float *derivativeColumn(int layer, std::size_t j) {
        return m_derivatives.get() + (std::size_t(layer) * m_b + j) * m_n;
    }

    void drawInputs(const Shard &shard);
    const double *layerWeights(int layer);
    void drawBiases(int layer);
    /// Statistics of layer `layer` (held in m_pre) for one shard; with `nextWeights` set, also
    /// applies dropout, stores f′·m′ and computes the next layer's pre-activations in place.
    void activateShard(int layer, const Shard &shard, int worker, Partial &partial,
                       const double *nextWeights);
    void backwardShard(int layer, const Shard &shard, const double *weights, Partial &partial);
    LayerStatistics reduce(std::size_t partials) const;
    void resetPartials();

    const PropagationConfig &m_config;
    ParallelExecutor &m_executor;
    const std::atomic<bool> *m_cancel;
    std::atomic<std::size_t> *m_progress;
    const std::size_t m_n;
    const std::size_t m_b;
    const int m_depth;
    const std::vector<Shard> m_shards;
    const bool m_cacheWeights;
    const bool m_dropout;
    double m_weightScale = 0;
    bool m_uniformWeights = false;

    AlignedVector m_pre;  // hˡ for the whole batch, N × B column-major; later ∂E/∂hˡ
    AlignedVector m_post; // x = dropout(f(hˡ)); later ∂E/∂hˡ⁻¹
    AlignedVector m_weights;
    std::vector<bool> m_weightsReady;
    AlignedVector m_bias;
    std::vector<AlignedVector> m_scratch; // f′ per worker, N × shard columns
    std::vector<Partial> m_partials;
    /**
     * f′(hˡ)·m′ for l = 0…L−1, all the backward pass needs. Float halves the largest buffer:
     * it only scales gradients, whose rounding error (about 1e-7 per layer, random in sign)
     * stays far below the sampling noise of a finite network. Only products beyond float's
     * range (below 1e-38 or above 3e38) change: to 0 or ∞, which they are for any plot anyway.
     */
    std::unique_ptr<float[]> m_derivatives;
};

Propagator::Propagator(const PropagationConfig &config, ParallelExecutor &executor,
                       const std::atomic<bool> *cancel, std::atomic<std::size_t> *progress,
                       std::size_t weightCacheBytes)
    : m_config(config)
    , m_executor(executor)
    , m_cancel(cancel)
    , m_progress(progress)
    , m_n(std::size_t(config.width))
    , m_b(std::size_t(config.batch))
    , m_depth(config.depth)
    , m_shards(makeShards(m_b))
    , m_cacheWeights(fitsWeightCache(config, weightCacheBytes))
    , m_dropout(dropoutActive(config.dropout)) {
    const WeightInit &init = config.weights;
    if (init.initializer) {
        m_weightScale = initializerScale(*init.initializer, config.width, config.width);
        m_uniformWeights = initializerIsUniform(*init.initializer);
    } else {
        m_weightScale = std::sqrt(init.weightVariance / double(config.width));
    }
}

void Propagator::resetPartials() {
    for (Partial &p : m_partials) {
        p = Partial();
        p.histogram.assign(std::size_t(m_config.histogramBins), 0);
    }
}

void Propagator::drawInputs(const Shard &shard) {
    const double scale = std::sqrt(m_config.inputVariance);
    const double c = m_config.inputCorrelation;
    const double s = std::sqrt(std::max(0.0, 1.0 - c * c));
    for (std::size_t j = shard.begin; j < shard.end; j += 2) {
        Random rng(streamSeed(m_config.seed, Stream::Inputs, 0, j / 2));
        double *a = column(m_pre, j);
        for (std::size_t i = 0; i < m_n; ++i)
            a[i] = rng.normal();
        if (j + 1 < m_b) {
            double *b = column(m_pre, j + 1);
            for (std::size_t i = 0; i < m_n; ++i)
                b[i] = scale * (c * a[i] + s * rng.normal());
        }
        for (std::size_t i = 0; i < m_n; ++i)
            a[i] *= scale;
    }
}

const double *Propagator::layerWeights(int layer) {
    const std::size_t slot = m_cacheWeights ? std::size_t(layer - 1) : 0;
    double *w = m_weights.data() + slot * m_n * m_n;
    if (m_cacheWeights && m_weightsReady[slot])
        return w;
    // Rows in parallel; each row has its own stream, so the blocks' cut is irrelevant.
    const std::size_t blocks = std::min(m_n, kWeightBlocks);
    m_executor.run(blocks, [&](std::size_t block, int) {
        const std::size_t begin = block * m_n / blocks, end = (block + 1) * m_n / blocks;
        for (std::size_t r = begin; r < end; ++r) {
            Random rng(streamSeed(m_config.seed, Stream::Weights, layer, r));
            double *row = w + r * m_n;
            if (m_uniformWeights) {
                for (std::size_t i = 0; i < m_n; ++i)
                    row[i] = rng.uniform(-m_weightScale, m_weightScale);
            } else {
                for (std::size_t i = 0; i < m_n; ++i)
                    row[i] = m_weightScale * rng.normal();
            }
        }
    });
    if (m_cacheWeights)
        m_weightsReady[slot] = true;
    return w;
}

void Propagator::drawBiases(int layer) {
    if (m_config.biasVariance == 0) {
        std::fill(m_bias.begin(), m_bias.end(), 0.0);
        return;
    }
    const double sigma = std::sqrt(m_config.biasVariance);
    Random rng(streamSeed(m_config.seed, Stream::Biases, layer, 0));
    for (double &b : m_bias)
        b = sigma * rng.normal();
}

void Propagator::activateShard(int layer, const Shard &shard, int worker, Partial &partial,
                               const double *nextWeights) {
    const std::size_t cols = shard.columns();
    if (cols == 0)
        return;
    const std::size_t count = m_n * cols;
    double *pre = column(m_pre, shard.begin);
    double *post = column(m_post, shard.begin);
    AlignedVector &df = m_scratch[std::size_t(worker)];
    const HiddenActivation &act = m_config.activation;
    act.function->evaluateBatch({pre, count}, act.params, {post, count}, {df.data(), count});

    const double range = m_config.histogramRange;
    const std::size_t bins = partial.histogram.size();
    const double binsPerUnit = double(bins) / (2 * range);
    for (std::size_t k = 0; k < count; ++k) {
        const double h = pre[k], f = post[k], d = df[k];
        partial.sumPre += h;
        partial.sumPre2 += h * h;
        partial.sumPost += f;
        partial.sumPost2 += f * f;
        partial.saturated += std::abs(d) < kSaturationThreshold;
        partial.dead += d == 0;
        // Out-of-range values (and NaN, which fails every comparison) go to the end bins.
        const double position = (h + range) * binsPerUnit;
        std::size_t bin = 0;
        if (position >= double(bins))
            bin = bins - 1;
        else if (position > 0)
            bin = std::size_t(position);
        ++partial.histogram[bin];
    }
    for (std::size_t j = shard.begin; j + 1 < shard.end; j += 2)
        partial.correlation += cosine(column(m_pre, j), column(m_pre, j + 1), m_n);

    if (!nextWeights)
        return;
    // Dropout on f(hˡ), feeding layer l + 1: a fresh mask per (layer, input).
    const int next = layer + 1;
    const Dropout &dropout = m_config.dropout;
    const double p = dropout.rate;
    const double keepScale = 1.0 / (1.0 - p);
    const AlphaDropoutAffine alpha = alphaDropoutAffine(p);
    for (std::size_t j = 0; j < cols; ++j) {
        double *x = post + j * m_n;
        const double *d = df.data() + j * m_n;
        float *stored = derivativeColumn(layer, shard.begin + j);
        if (!m_dropout) {
            for (std::size_t i = 0; i < m_n; ++i)
                stored[i] = float(d[i]);
            continue;
        }
        Random rng(streamSeed(m_config.seed, Stream::Masks, next, shard.begin + j));
        for (std::size_t i = 0; i < m_n; ++i) {
            const bool keep = rng.uniform() >= p;
            if (dropout.kind == DropoutKind::Standard) {
                x[i] = keep ? x[i] * keepScale : 0.0;
                stored[i] = keep ? float(d[i] * keepScale) : 0.0f;
            } else {
                x[i] = alpha.a * (keep ? x[i] : alpha.alphaPrime) + alpha.b;
                stored[i] = keep ? float(d[i] * alpha.a) : 0.0f;
            }
        }
    }
    // hˡ⁺¹ = W x + b, over this shard's columns only, so it can overwrite hˡ in place.
    const ConstRowMap w(nextWeights, Eigen::Index(m_n), Eigen::Index(m_n));
    const ConstColumnMap xs(post, Eigen::Index(m_n), Eigen::Index(cols));
    ColumnMap hs(pre, Eigen::Index(m_n), Eigen::Index(cols));
    hs.noalias() = w * xs;
    hs.colwise() += Eigen::Map<const Eigen::VectorXd>(m_bias.data(), Eigen::Index(m_n));
}

void Propagator::backwardShard(int layer, const Shard &shard, const double *weights,
                               Partial &partial) {
    // ∂E/∂hˡ⁻¹ = f′(hˡ⁻¹) ⊙ m′ ⊙ (Wˡᵀ ∂E/∂hˡ); m_pre holds ∂E/∂hˡ, m_post receives ∂E/∂hˡ⁻¹.
    const std::size_t cols = shard.columns();
    if (cols == 0)
        return;
    const ConstRowMap w(weights, Eigen::Index(m_n), Eigen::Index(m_n));
    const ConstColumnMap g(column(m_pre, shard.begin), Eigen::Index(m_n), Eigen::Index(cols));
    ColumnMap below(column(m_post, shard.begin), Eigen::Index(m_n), Eigen::Index(cols));
    below.noalias() = w.transpose() * g;
    for (std::size_t j = 0; j < cols; ++j) {
        double *x = column(m_post, shard.begin + j);
        const float *d = derivativeColumn(layer - 1, shard.begin + j);
        double norm2 = 0;
        for (std::size_t i = 0; i < m_n; ++i) {
            x[i] *= double(d[i]);
            norm2 += x[i] * x[i];
        }
        partial.gradNorm2 += norm2;
    }
}

LayerStatistics Propagator::reduce(std::size_t partials) const {
    // Fixed order: shard 0, 1, 2, ... whichever thread computed them.
    Partial total;
    total.histogram.assign(std::size_t(m_config.histogramBins), 0);
    for (std::size_t s = 0; s < partials; ++s) {
        const Partial &p = m_partials[s];
        total.sumPre += p.sumPre;
        total.sumPre2 += p.sumPre2;
        total.sumPost += p.sumPost;
        total.sumPost2 += p.sumPost2;
        total.saturated += p.saturated;
        total.dead += p.dead;
        total.correlation += p.correlation;
        for (std::size_t k = 0; k < total.histogram.size(); ++k)
            total.histogram[k] += p.histogram[k];
    }
    const double count = double(m_n) * double(m_b);
    LayerStatistics stats;
    stats.preMean = total.sumPre / count;
    stats.preVariance = std::max(0.0, total.sumPre2 / count - stats.preMean * stats.preMean);
    stats.postMean = total.sumPost / count;
    stats.postVariance = std::max(0.0, total.sumPost2 / count - stats.postMean * stats.postMean);
    stats.saturated = double(total.saturated) / count;
    stats.dead = double(total.dead) / count;
    stats.correlation = total.correlation / double(m_b / 2);
    stats.histogram.resize(total.histogram.size());
    for (std::size_t k = 0; k < total.histogram.size(); ++k)
        stats.histogram[k] = double(total.histogram[k]) / count;
    return stats;
}

PropagationResult Propagator::run() {
    const std::size_t shards = m_shards.size();
    m_pre.resize(m_n * m_b);
    m_post.resize(m_n * m_b);
    m_weights.resize((m_cacheWeights ? std::size_t(m_depth) : 1) * m_n * m_n);
    m_weightsReady.assign(std::size_t(m_depth), false);
    m_bias.resize(m_n);
    std::size_t widest = 0;
    for (const Shard &s : m_shards)
        widest = std::max(widest, s.columns());
    m_scratch.assign(std::size_t(m_executor.threads()), AlignedVector(m_n * widest));
    m_partials.resize(shards);
    // Default-initialised: every element is written by the forward pass before it is read.
    m_derivatives.reset(new float[std::size_t(m_depth) * m_n * m_b]);

    PropagationResult result;
    result.layers.resize(std::size_t(m_depth) + 1);
    m_executor.run(shards, [&](std::size_t s, int) { drawInputs(m_shards[s]); });

    for (int l = 1; l <= m_depth; ++l) {
        if (cancelled())
            return {{}, true};
        const double *w = layerWeights(l);
        drawBiases(l);
        resetPartials();
        m_executor.run(shards, [&](std::size_t s, int worker) {
            activateShard(l - 1, m_shards[s], worker, m_partials[s], w);
        });
        result.layers[std::size_t(l - 1)] = reduce(shards);
        stepDone();
    }
    resetPartials();
    m_executor.run(shards, [&](std::size_t s, int worker) {
        activateShard(m_depth, m_shards[s], worker, m_partials[s], nullptr);
    });
    result.layers[std::size_t(m_depth)] = reduce(shards);

    // Backward: ∂E/∂h^L ~ N(0, I), one stream per input.
    m_executor.run(shards, [&](std::size_t s, int) {
        const Shard &shard = m_shards[s];
        double norm2 = 0;
        for (std::size_t j = shard.begin; j < shard.end; ++j) {
            Random rng(streamSeed(m_config.seed, Stream::Gradients, 0, j));
            double *g = column(m_pre, j);
            for (std::size_t i = 0; i < m_n; ++i) {
                g[i] = rng.normal();
                norm2 += g[i] * g[i];
            }
        }
        m_partials[s].gradNorm2 = norm2;
    });
    const auto gradientMean = [&] {
        double sum = 0;
        for (std::size_t s = 0; s < shards; ++s)
            sum += m_partials[s].gradNorm2;
        return sum / double(m_b);
    };
    result.layers[std::size_t(m_depth)].gradNorm2 = gradientMean();

    for (int l = m_depth; l >= 1; --l) {
        if (cancelled())
            return {{}, true};
        const double *w = layerWeights(l);
        m_executor.run(shards, [&](std::size_t s, int) {
            m_partials[s].gradNorm2 = 0;
            backwardShard(l, m_shards[s], w, m_partials[s]);
        });
        result.layers[std::size_t(l - 1)].gradNorm2 = gradientMean();
        m_pre.swap(m_post);
        stepDone();
    }
    return result;
}

} // namespace

const char *invalidPropagationField(const PropagationConfig &config) {
    const auto finite = [](double v) { return std::isfinite(v); };
    if (!config.activation.function)
        return "activation";
    if (config.depth < 1 || config.depth > kMaxDepth)
        return "depth";
    if (config.width < 1 || config.width > kMaxWidth)
        return "width";
    if (config.batch < 2 || config.batch > kMaxBatch)
        return "batch";
    if (!finite(config.inputVariance) || config.inputVariance <= 0)
        return "inputVariance";
    if (!finite(config.biasVariance) || config.biasVariance < 0)
        return "biasVariance";
    if (!config.weights.initializer &&
        (!finite(config.weights.weightVariance) || config.weights.weightVariance <= 0))
        return "weightVariance";
    if (!finite(config.inputCorrelation) || config.inputCorrelation < -1 ||
        config.inputCorrelation > 1)
        return "inputCorrelation";
    if (config.dropout.kind != DropoutKind::None &&
        !(config.dropout.rate >= 0 && config.dropout.rate <= kMaxDropoutRate))
        return "dropoutRate";
    if (config.histogramBins < 2 || config.histogramBins > kMaxHistogramBins)
        return "histogramBins";
    if (!finite(config.histogramRange) || config.histogramRange <= 0)
        return "histogramRange";
    if (memoryNeeded(config) > kMemoryBudget)
        return "size";
    return nullptr;
}

std::size_t propagationSteps(const PropagationConfig &config) {
    return 2 * std::size_t(std::max(config.depth, 0));
}

PropagationResult propagate(const PropagationConfig &config, ParallelExecutor &executor,
                            const std::atomic<bool> *cancel, std::atomic<std::size_t> *progress) {
    Propagator propagator(config, executor, cancel, progress, kWeightCacheBytes);
    return propagator.run();
}

PropagationResult detail::propagateWithWeightCache(const PropagationConfig &config,
                                                   ParallelExecutor &executor,
                                                   std::size_t weightCacheBytes) {
    Propagator propagator(config, executor, nullptr, nullptr, weightCacheBytes);
    return propagator.run();
}

} // namespace actlab::depth
