// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpoolexecutor.h"

#include <algorithm>

#include "engine/threadpriority.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace actlab {
namespace {

void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#else
    std::this_thread::yield();
#endif
}

/// About 20–50 µs of polling before a worker sleeps: long enough to catch the next training
/// step, short enough that a paused engine leaves the cores alone.
constexpr int kSpinsBeforeSleep = 4000;

} // namespace

ThreadPoolExecutor::ThreadPoolExecutor(int threads) {
    const int workers = std::max(1, threads) - 1;
    m_workers.reserve(std::size_t(workers));
    for (int w = 1; w <= workers; ++w)
        m_workers.emplace_back([this, w] { workerLoop(w); });
}

ThreadPoolExecutor::~ThreadPoolExecutor() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_generation.fetch_add(1);
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

void ThreadPoolExecutor::run(std::size_t count, const std::function<void(std::size_t, int)> &fn) {
    if (count == 0)
        return;
    if (count == 1 || m_workers.empty()) {
        for (std::size_t i = 0; i < count; ++i)
            fn(i, 0);
        return;
    }
    // No worker is inside claimPieces here (the previous run waited for that), so the fields
    // can be written without a lock; the generation bump publishes them.
    m_fn = &fn;
    m_count = count;
    m_level = ThreadPriority::currentThread(); // the workers follow the caller's priority
    m_next.store(0);
    m_done.store(0);
    {
        std::lock_guard lock(m_mutex);
        m_open.store(true);
        m_generation.fetch_add(1);
    }
    m_wake.notify_all();

    claimPieces(0);
    while (m_done.load(std::memory_order_acquire) != count)
        cpuRelax();

    // Close the run, then wait for workers that entered it. Both sides use sequentially
    // consistent operations: a worker that incremented m_busyWorkers too late to be waited for
    // is certain to see the run closed and leaves without touching the fields.
    m_open.store(false);
    while (m_busyWorkers.load() != 0)
        cpuRelax();
}

void ThreadPoolExecutor::claimPieces(int worker) {
    if (worker != 0)
        ThreadPriority::follow(m_level);
    for (;;) {
        const std::size_t i = m_next.fetch_add(1, std::memory_order_relaxed);
        if (i >= m_count)
            return;
        (*m_fn)(i, worker);
        m_done.fetch_add(1, std::memory_order_release);
    }
}

void ThreadPoolExecutor::workerLoop(int worker) {
    std::uint64_t seen = 0;
    for (;;) {
        int spins = 0;
        while (m_generation.load(std::memory_order_acquire) == seen && spins < kSpinsBeforeSleep) {
            cpuRelax();
            ++spins;
        }
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_generation.load() != seen || m_stopping; });
            if (m_stopping)
                return;
            seen = m_generation.load();
        }
        m_busyWorkers.fetch_add(1);
        if (m_open.load())
            claimPieces(worker);
        m_busyWorkers.fetch_sub(1);
    }
}

} // namespace actlab
