// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/parallelexecutor.h"
#include "engine/threadpriority.h"

namespace actlab {

/**
 * ParallelExecutor on threads() − 1 persistent worker threads plus the calling thread. Pieces
 * are claimed from an atomic counter. Idle workers spin for a few microseconds (the next step
 * usually follows at once) and then sleep on a condition variable, so an idle or paused engine
 * costs no CPU. The destructor stops and joins the workers.
 */
class ThreadPoolExecutor final : public ParallelExecutor {
public:
    explicit ThreadPoolExecutor(int threads);
    ~ThreadPoolExecutor() override;

    int threads() const override { return int(m_workers.size()) + 1; }
    Kind kind() const override { return Kind::ThreadPool; }
    void run(std::size_t count, const std::function<void(std::size_t, int)> &fn) override;

private:
    void workerLoop(int worker);
    void claimPieces(int worker);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<std::uint64_t> m_generation{0};
    bool m_stopping = false;

    const std::function<void(std::size_t, int)> *m_fn = nullptr;
    std::size_t m_count = 0;
    ThreadPriority::Level m_level = ThreadPriority::Level::Normal;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_done{0};
    std::atomic<int> m_busyWorkers{0};
    std::atomic<bool> m_open{false};
};

} // namespace actlab
