// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "depth/depthexperiment.h"

namespace actlab::depth {

/// The (σ_w², σ_b²) plane for one activation: χ₁ on a grid and the critical line.
struct PhaseDiagram {
    std::vector<double> weightVariances; ///< grid columns, increasing
    std::vector<double> biasVariances;   ///< grid rows, increasing
    std::vector<double> chi1;            ///< row-major (bias × weight); NaN where none
    std::vector<std::optional<double>> criticalWeightVariance; ///< per grid row
};

/// What the depth-lab page asks for: configurations to measure and predict, and the
/// configuration whose activation the phase diagram shows (-1 for none).
struct DepthLabRequest {
    std::vector<PropagationConfig> configs;
    int phaseConfig = -1;
    std::vector<double> phaseWeightVariances;
    std::vector<double> phaseBiasVariances;
    bool measure = true; ///< false: the theory only
};

/// The newest results for one request; filled in as the work proceeds.
struct DepthLabResult {
    std::uint64_t request = 0;                       ///< which submit() this answers
    std::vector<std::optional<DepthReport>> reports; ///< per config; theory first, then measured
    std::vector<bool> measured; ///< per config: reports[i] holds the measurement
    std::optional<PhaseDiagram> phase;
    double progress = 0; ///< 0…1 over the whole request
    bool finished = false;
};

/**
 * Runs the depth lab's computations on one background thread that it owns: the newest request
 * replaces any older one, whose work is cancelled between layers, so a dragged slider never
 * queues stale work. The GUI thread only calls submit() and takeLatest() (a timer), neither of
 * which waits for the computation. Phase diagrams and measured reports are cached by their
 * inputs, so dragging one configuration recomputes only that one.
 */
class DepthLabWorker {
public:
    explicit DepthLabWorker(int threads);
    ~DepthLabWorker(); ///< cancels the current work and joins (at most one layer pass)
    DepthLabWorker(const DepthLabWorker &) = delete;
    DepthLabWorker &operator=(const DepthLabWorker &) = delete;

    /// Replaces the pending work; returns the request's number.
    std::uint64_t submit(DepthLabRequest request);
    /// The newest published result, if one was published since the last call.
    std::optional<DepthLabResult> takeLatest();
    /// True while a request is being worked on.
    bool busy() const { return m_busy.load(); }
    /// Share of the current request's measurement done, 0…1 (for a progress bar).
    double progress() const;

private:
    struct Cache;
    void run();
    void work(const DepthLabRequest &request, std::uint64_t id);
    void publish(const DepthLabResult &result);

    std::unique_ptr<Cache> m_cache; ///< only touched by the worker thread
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<DepthLabRequest> m_pending;
    std::uint64_t m_pendingId = 0;
    std::uint64_t m_lastId = 0;
    std::optional<DepthLabResult> m_latest;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_busy{false};
    std::atomic<std::size_t> m_stepsDone{0};
    std::atomic<std::size_t> m_stepsTotal{0};
    bool m_stop = false;
    int m_threads;
    std::thread m_thread; ///< last member: started after everything it uses
};

/// A stable text key of everything a measurement depends on (for caches).
std::string propagationKey(const PropagationConfig &config);

} // namespace actlab::depth
