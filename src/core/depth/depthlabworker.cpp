// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthlabworker.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "engine/parallelexecutor.h"
#include "util/strings.h"

namespace actlab::depth {

namespace {
constexpr std::size_t kCacheLimit = 64;

std::string activationKey(const HiddenActivation &a) {
    std::ostringstream out;
    out << a.id << '(';
    for (double p : a.params)
        out << formatRoundTrip(p) << ';';
    out << ')' << static_cast<const void *>(a.function.get());
    return out.str();
}
} // namespace

std::string propagationKey(const PropagationConfig &c) {
    std::ostringstream out;
    out << activationKey(c.activation) << '|' << c.depth << '|' << c.width << '|' << c.batch << '|'
        << (c.weights.initializer ? initializerKey(*c.weights.initializer) : "var") << '|'
        << formatRoundTrip(c.weights.weightVariance) << '|' << formatRoundTrip(c.biasVariance)
        << '|' << formatRoundTrip(c.inputVariance) << '|' << formatRoundTrip(c.inputCorrelation)
        << '|' << dropoutKey(c.dropout.kind) << formatRoundTrip(c.dropout.rate) << '|' << c.seed
        << '|' << c.histogramBins << '|' << formatRoundTrip(c.histogramRange);
    return out.str();
}

struct DepthLabWorker::Cache {
    std::unique_ptr<ParallelExecutor> executor;
    std::map<std::string, DepthReport> measured;
    std::string phaseKey;
    std::optional<PhaseDiagram> phase;
};

DepthLabWorker::DepthLabWorker(int threads)
    : m_cache(std::make_unique<Cache>())
    , m_threads(threads)
    , m_thread([this] { run(); }) {}

DepthLabWorker::~DepthLabWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cancel = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

std::uint64_t DepthLabWorker::submit(DepthLabRequest request) {
    std::uint64_t id;
    {
        std::lock_guard lock(m_mutex);
        id = ++m_lastId;
        m_pending = std::move(request);
        m_pendingId = id;
        m_cancel = true; // the running work is stale now
    }
    m_wake.notify_one();
    return id;
}

std::optional<DepthLabResult> DepthLabWorker::takeLatest() {
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock() || !m_latest)
        return std::nullopt; // the worker is publishing right now: next tick
    std::optional<DepthLabResult> out = std::move(m_latest);
    m_latest.reset();
    return out;
}

double DepthLabWorker::progress() const {
    const std::size_t total = m_stepsTotal.load();
    return total ? std::min(1.0, double(m_stepsDone.load()) / double(total)) : 0.0;
}

void DepthLabWorker::publish(const DepthLabResult &result) {
    std::lock_guard lock(m_mutex);
    if (result.request == m_lastId) // a newer request makes this one worthless
        m_latest = result;
}

void DepthLabWorker::run() {
    m_cache->executor = ParallelExecutor::create(m_threads);
    for (;;) {
        DepthLabRequest request;
        std::uint64_t id = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
            if (m_stop)
                return;
            request = std::move(*m_pending);
            m_pending.reset();
            id = m_pendingId;
            m_cancel = false;
        }
        m_busy = true;
        work(request, id);
        m_busy = false;
    }
}

void DepthLabWorker::work(const DepthLabRequest &request, std::uint64_t id) {
    const std::size_t n = request.configs.size();
    DepthLabResult result;
    result.request = id;
    result.reports.resize(n);
    result.measured.assign(n, false);

    // 1. The theory for every configuration (fast): dashed lines appear at once. Cached
    //    measurements are shown right away too.
    std::vector<std::string> keys(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (m_cancel)
            return;
        keys[i] = propagationKey(request.configs[i]);
        if (auto it = m_cache->measured.find(keys[i]); it != m_cache->measured.end()) {
            result.reports[i] = it->second;
            result.measured[i] = true;
        } else {
            result.reports[i] = predictDepth(request.configs[i]);
        }
    }
    publish(result);

    // 2. The phase diagram of the chosen activation (cached: it does not depend on depth,
    //    width, batch or the variances).
    const bool wantPhase = request.phaseConfig >= 0 && std::size_t(request.phaseConfig) < n;
    if (wantPhase) {
        const PropagationConfig &c = request.configs[std::size_t(request.phaseConfig)];
        std::ostringstream key;
        key << activationKey(c.activation) << '|' << dropoutKey(c.dropout.kind)
            << formatRoundTrip(c.dropout.rate) << '|' << formatRoundTrip(c.inputVariance) << '|'
            << request.phaseWeightVariances.size() << ',' << request.phaseBiasVariances.size()
            << ',' << formatRoundTrip(request.phaseWeightVariances.back()) << ','
            << formatRoundTrip(request.phaseBiasVariances.back());
        if (key.str() != m_cache->phaseKey || !m_cache->phase) {
            const MeanField theory(c.activation.function, c.activation.params, c.dropout);
            PhaseDiagram diagram;
            diagram.weightVariances = request.phaseWeightVariances;
            diagram.biasVariances = request.phaseBiasVariances;
            diagram.chi1 = theory.chi1Grid(diagram.weightVariances, diagram.biasVariances,
                                           m_cache->executor.get(), &m_cancel);
            if (m_cancel)
                return;
            diagram.criticalWeightVariance = theory.criticalLine(
                diagram.biasVariances, m_cache->executor.get(), &m_cancel, c.inputVariance);
            if (m_cancel)
                return;
            m_cache->phase = std::move(diagram);
            m_cache->phaseKey = key.str();
        }
        result.phase = m_cache->phase;
        publish(result);
    }

    // 3. The measurements, one configuration at a time, each published when done.
    if (request.measure) {
        std::size_t totalSteps = 0, doneSteps = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (!result.measured[i])
                totalSteps += propagationSteps(request.configs[i]);
        m_stepsDone = 0;
        m_stepsTotal = totalSteps;
        for (std::size_t i = 0; i < n; ++i) {
            if (result.measured[i])
                continue;
            DepthReport report =
                runDepthExperiment(request.configs[i], *m_cache->executor, &m_cancel, &m_stepsDone);
            if (report.cancelled || m_cancel)
                return;
            doneSteps += propagationSteps(request.configs[i]);
            m_stepsDone = doneSteps;
            if (m_cache->measured.size() >= kCacheLimit)
                m_cache->measured.clear();
            m_cache->measured[keys[i]] = report;
            result.reports[i] = std::move(report);
            result.measured[i] = true;
            result.progress = totalSteps ? double(doneSteps) / double(totalSteps) : 1.0;
            publish(result);
        }
    }
    result.progress = 1;
    result.finished = true;
    publish(result);
}

} // namespace actlab::depth
