// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numeric>

#include "util/random.h"

namespace actlab {
namespace {

/// Work per shard, in rough multiply-add units: about 50–100 µs, far above the ~1 µs a
/// parallel dispatch costs, so a shard is always worth a thread.
constexpr double kShardWork = 200'000;
constexpr std::size_t kMaxShards = 64;

/// Stream numbers of Random::mix(seed, ·): one per purpose, so they never share numbers.
constexpr std::uint64_t kShuffleStream = 1'000'003;

double forwardCostPerSample(const NetworkShape &s) {
    return double(s.hidden1) * (s.inputs + 6) + double(s.hidden2) * (s.hidden1 + 6) +
           2.0 * s.outputs * s.lastHidden();
}

void expandFeatures(const Dataset &d, const FeatureSet &features, AlignedVector &x,
                    AlignedVector &t) {
    const std::size_t F = std::size_t(features.count());
    x.assign(d.size() * F, 0.0);
    t.assign(d.target.begin(), d.target.end());
    for (std::size_t i = 0; i < d.size(); ++i)
        features.expand(d.x1[i], d.inputDims == 2 ? d.x2[i] : 0.0, x.data() + i * F);
}

float finiteFloat(double v) {
    if (std::isnan(v))
        return 0.0f;
    return float(std::clamp(v, double(-FLT_MAX), double(FLT_MAX)));
}

} // namespace

Trainer::Trainer(TrainingSetup setup, ParallelExecutor::Kind executor)
    : m_setup(std::move(setup))
    , m_network(std::make_unique<Network>(m_setup.shape, m_setup.activation, m_setup.output))
    , m_optimizer(m_network->layout())
    , m_executor(ParallelExecutor::create(m_setup.config.threads, executor))
    , m_batchSize(m_setup.config.batchSize) {
    const TrainingConfig &c = m_setup.config;
    OptimizerSettings settings;
    settings.kind = c.optimizer;
    settings.learningRate = c.learningRate;
    settings.momentum = c.momentum;
    settings.l2 = c.l2;
    m_optimizer.setSettings(settings);
    expandFeatures(m_setup.data->split.train, c.features, m_trainX, m_trainT);
    expandFeatures(m_setup.data->split.test, c.features, m_testX, m_testT);
    m_workspaces.resize(std::size_t(m_executor->threads()));
    m_gradient.assign(m_network->layout().total, 0.0);
    m_nextParams.assign(m_network->layout().total, 0.0);
    reset(c.seed);
}

Trainer::~Trainer() = default;

int Trainer::threads() const {
    return m_executor->threads();
}

void Trainer::reset(std::uint64_t seed) {
    m_seed = seed;
    m_network->initialise(m_setup.config.initializer, seed);
    m_optimizer.resetState();
    m_position = 0;
    m_epoch = 0;
    m_steps = 0;
    m_samplesSeen = 0;
    m_divergedEpoch = 0;
    m_gradientNorms.assign(m_network->layout().layers().size(), 0.0);
    shuffleForEpoch();
}

void Trainer::setOptimizerSettings(const OptimizerSettings &settings) {
    m_optimizer.setSettings(settings);
}

void Trainer::setBatchSize(int batchSize) {
    m_batchSize = std::max(0, batchSize);
}

int Trainer::effectiveBatchSize() const {
    const std::size_t n = m_trainT.size();
    if (m_batchSize <= 0 || std::size_t(m_batchSize) >= n)
        return int(n);
    return m_batchSize;
}

double Trainer::epochProgress() const {
    return m_trainT.empty() ? 0.0 : double(m_position) / double(m_trainT.size());
}

std::size_t Trainer::stepsPerEpoch() const {
    const std::size_t n = m_trainT.size(), batch = std::size_t(std::max(1, effectiveBatchSize()));
    return std::max<std::size_t>(1, (n + batch - 1) / batch);
}

std::size_t Trainer::stepsToEpochEnd() const {
    const std::size_t n = m_trainT.size(), batch = std::size_t(std::max(1, effectiveBatchSize()));
    const std::size_t left = n > m_position ? n - m_position : 0;
    return std::max<std::size_t>(1, (left + batch - 1) / batch);
}

void Trainer::shuffleForEpoch() {
    const std::size_t n = m_trainT.size();
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0u);
    if (std::size_t(effectiveBatchSize()) >= n)
        return; // full batch: the order changes nothing but the memory access pattern
    Random rng(Random::mix(m_seed, kShuffleStream + std::uint64_t(m_epoch)));
    for (std::size_t i = n; i > 1; --i)
        std::swap(m_order[i - 1], m_order[rng.below(i)]);
}

kernels::Workspace &Trainer::workspace(int worker) {
    kernels::Workspace &ws = m_workspaces[std::size_t(worker)];
    ws.prepare(m_network->shape());
    return ws;
}

std::size_t Trainer::chunkCount(std::size_t samples, const NetworkShape &shape, bool training) {
    if (samples <= 1)
        return 1;
    const double perSample = forwardCostPerSample(shape) * (training ? 2.5 : 1.0);
    const double work = perSample * double(samples);
    std::size_t chunks = std::size_t(std::ceil(work / kShardWork));
    if (training) {
        // Every shard's gradient must be summed: keep that below an eighth of the work.
        const double params = double(ParamLayout::of(shape).total);
        chunks = std::min(chunks, std::size_t(std::max(1.0, work / (8 * params))));
    }
    return std::clamp<std::size_t>(chunks, 1, std::min(kMaxShards, samples));
}

StepResult Trainer::step() {
    StepResult result;
    const std::size_t n = m_trainT.size();
    if (diverged() || n == 0)
        return {false, 0, false};
    const std::size_t count = std::min(std::size_t(effectiveBatchSize()), n - m_position);
    const std::uint32_t *indices = m_order.data() + m_position;
    const NetworkShape &shape = m_network->shape();
    const std::size_t P = m_network->layout().total;
    const std::size_t chunks = chunkCount(count, shape, true);

    if (m_chunkGradients.size() < chunks)
        m_chunkGradients.resize(chunks);
    m_chunkLoss.assign(chunks, 0.0);
    const kernels::ModelView model = m_network->view();
    m_executor->run(chunks, [&](std::size_t c, int worker) {
        AlignedVector &grad = m_chunkGradients[c];
        grad.assign(P, 0.0);
        const std::size_t begin = c * count / chunks, end = (c + 1) * count / chunks;
        kernels::TrainChunkArgs args;
        args.model = model;
        args.features = m_trainX.data();
        args.targets = m_trainT.data();
        args.indices = indices + begin;
        args.count = end - begin;
        args.scale = 1.0 / double(count);
        args.grad = grad.data();
        args.workspace = &workspace(worker);
        m_chunkLoss[c] = kernels::trainChunk(args);
    });

    // Fixed reduction order: shard 0, then 1, 2, ... whatever thread computed them.
    double lossSum = 0;
    for (std::size_t c = 0; c < chunks; ++c)
        lossSum += m_chunkLoss[c];
    const double *gradient = m_chunkGradients[0].data();
    if (chunks > 1) {
        std::copy_n(m_chunkGradients[0].data(), P, m_gradient.data());
        for (std::size_t c = 1; c < chunks; ++c) {
            const double *g = m_chunkGradients[c].data();
            double *sum = m_gradient.data();
            for (std::size_t i = 0; i < P; ++i)
                sum[i] += g[i];
        }
        gradient = m_gradient.data();
    }

    result.batchLoss = lossSum / double(count);
    const std::vector<ParamLayout::Range> layers = m_network->layout().layers();
    bool finite = std::isfinite(result.batchLoss);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        double sq = 0;
        for (std::size_t i = layers[l].begin; i < layers[l].end; ++i)
            sq += gradient[i] * gradient[i];
        m_gradientNorms[l] = std::sqrt(sq);
        finite = finite && std::isfinite(m_gradientNorms[l]);
    }
    if (!finite || !m_optimizer.step(m_network->parameters(), {gradient, P}, m_nextParams)) {
        // Nothing changes: the weights stay the last finite ones, never NaN.
        m_divergedEpoch = m_epoch + 1;
        std::fill(m_gradientNorms.begin(), m_gradientNorms.end(), 0.0);
        return {false, 0, false};
    }
    m_network->parameterVector().swap(m_nextParams);

    m_position += count;
    m_samplesSeen += count;
    ++m_steps;
    if (m_position >= n) {
        m_position = 0;
        ++m_epoch;
        result.epochEnded = true;
        shuffleForEpoch();
    }
    return result;
}

bool Trainer::runEpoch() {
    for (;;) {
        const StepResult r = step();
        if (!r.ok)
            return false;
        if (r.epochEnded)
            return true;
    }
}

Evaluation Trainer::evaluate() {
    Evaluation e;
    const NetworkShape &shape = m_network->shape();
    const kernels::ModelView model = m_network->view();
    const bool classification = m_setup.task != Task::Regression;
    const int classes = classification ? std::max(2, m_setup.data->all.classes) : 0;
    const std::size_t cells = std::size_t(classes) * std::size_t(classes);
    const auto pass = [&](const AlignedVector &x, const AlignedVector &t, bool stats, double &loss,
                          double &accuracy, bool confusion) {
        const std::size_t n = t.size();
        if (n == 0)
            return;
        const std::size_t chunks = chunkCount(n, shape, false);
        m_chunkEval.assign(chunks, {});
        if (stats && m_chunkCounters.size() < chunks)
            m_chunkCounters.resize(chunks);
        confusion = confusion && classification;
        if (confusion)
            m_chunkConfusion.assign(chunks * cells, 0);
        m_executor->run(chunks, [&](std::size_t c, int worker) {
            const std::size_t begin = c * n / chunks, end = (c + 1) * n / chunks;
            kernels::EvalChunkArgs args;
            args.model = model;
            args.features = x.data();
            args.targets = t.data();
            args.first = begin;
            args.count = end - begin;
            if (stats) {
                m_chunkCounters[c].reset(shape);
                args.counters = &m_chunkCounters[c];
            }
            if (confusion) {
                args.confusion = m_chunkConfusion.data() + c * cells;
                args.classes = classes;
            }
            args.workspace = &workspace(worker);
            m_chunkEval[c] = kernels::evalChunk(args);
        });
        if (confusion) {
            e.confusion.assign(cells, 0);
            for (std::size_t c = 0; c < chunks; ++c)
                for (std::size_t i = 0; i < cells; ++i)
                    e.confusion[i] += m_chunkConfusion[c * cells + i];
        }
        double lossSum = 0;
        std::size_t correct = 0;
        for (std::size_t c = 0; c < chunks; ++c) {
            lossSum += m_chunkEval[c].lossSum;
            correct += m_chunkEval[c].correct;
        }
        loss = lossSum / double(n);
        accuracy = classification ? double(correct) / double(n) : 0.0;
        if (stats) {
            kernels::UnitCounters total;
            total.reset(shape);
            for (std::size_t c = 0; c < chunks; ++c)
                total.add(m_chunkCounters[c]);
            const auto layer = [n](const std::vector<std::uint32_t> &active,
                                   const std::vector<std::uint32_t> &responsive) {
                LayerStatistics s;
                s.units = int(active.size());
                std::size_t dead = 0, saturated = 0;
                for (std::size_t u = 0; u < active.size(); ++u) {
                    if (active[u] == 0)
                        ++dead;
                    else if (double(responsive[u]) <= 0.1 * double(n))
                        ++saturated;
                }
                s.deadFraction = double(dead) / double(std::max<std::size_t>(1, active.size()));
                s.saturatedFraction =
                    double(saturated) / double(std::max<std::size_t>(1, active.size()));
                return s;
            };
            e.hidden.push_back(layer(total.active1, total.responsive1));
            if (shape.hidden2 > 0)
                e.hidden.push_back(layer(total.active2, total.responsive2));
        }
    };
    e.confusionOnTest = !m_testT.empty();
    pass(m_trainX, m_trainT, true, e.trainLoss, e.trainAccuracy, !e.confusionOnTest);
    if (m_testT.empty()) {
        e.testLoss = e.trainLoss;
        e.testAccuracy = e.trainAccuracy;
    } else {
        pass(m_testX, m_testT, false, e.testLoss, e.testAccuracy, true);
    }
    e.finite = std::isfinite(e.trainLoss) && std::isfinite(e.testLoss);
    return e;
}

void Trainer::computeGrid(int size, OutputGrid &grid) {
    const Dataset &all = m_setup.data->all;
    const NetworkShape &shape = m_network->shape();
    const std::size_t F = std::size_t(shape.inputs), K = std::size_t(shape.outputs);
    grid.width = size;
    grid.height = all.inputDims == 2 ? size : 1;
    grid.domain = all.domain;
    const std::size_t cells = std::size_t(grid.width) * std::size_t(grid.height);
    if (m_gridSize != size) {
        m_gridX.assign(cells * F, 0.0);
        for (int row = 0; row < grid.height; ++row)
            for (int col = 0; col < grid.width; ++col)
                m_setup.config.features.expand(
                    grid.x1At(col), grid.height > 1 ? grid.x2At(row) : 0.0,
                    m_gridX.data() + (std::size_t(row) * std::size_t(grid.width) + col) * F);
        m_gridOutputs.assign(cells * K, 0.0);
        m_gridSize = size;
    }
    const kernels::ModelView model = m_network->view();
    const std::size_t chunks = chunkCount(cells, shape, false);
    m_executor->run(chunks, [&](std::size_t c, int worker) {
        const std::size_t begin = c * cells / chunks, end = (c + 1) * cells / chunks;
        kernels::EvalChunkArgs args;
        args.model = model;
        args.features = m_gridX.data();
        args.first = begin;
        args.count = end - begin;
        args.outputs = m_gridOutputs.data() + begin * K;
        args.workspace = &workspace(worker);
        kernels::evalChunk(args);
    });

    const bool classification = m_setup.task != Task::Regression;
    grid.value.resize(cells);
    grid.label.assign(classification ? cells : 0, 0);
    for (std::size_t i = 0; i < cells; ++i) {
        const double *y = m_gridOutputs.data() + i * K;
        if (!classification) {
            grid.value[i] = finiteFloat(y[0]);
            continue;
        }
        if (K == 1) {
            grid.value[i] = finiteFloat(y[0]);
            const double threshold = 0.5; // probability or raw MSE output alike
            grid.label[i] = y[0] >= threshold ? 1 : 0;
            continue;
        }
        const int best = outputmath::argmax(y, int(K));
        grid.label[i] = std::uint8_t(best);
        // Two classes: keep the probability of class 1, as with a sigmoid output, so the
        // heat map reads the same; more classes: the winner's confidence.
        grid.value[i] = finiteFloat(m_setup.task == Task::Binary ? y[1] : y[best]);
    }
}

} // namespace actlab
