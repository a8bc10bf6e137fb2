// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace actlab {

/**
 * Runs the independent pieces of a data-parallel loop (gradient shards, evaluation shards,
 * rows of the output grid) on up to threads() threads. The caller decides the pieces; which
 * thread runs which piece is irrelevant to the result, because every piece writes its own
 * output and the caller combines them in index order.
 */
class ParallelExecutor {
public:
    enum class Kind {
        Tbb,        ///< oneTBB task arena (the default: see docs/engine.md for the measurements)
        ThreadPool, ///< persistent std::thread pool, spinning briefly before it sleeps
    };

    /**
     * The kind used when none is asked for: Tbb, unless the environment variable
     * ACTLAB_EXECUTOR is "threadpool". The ThreadSanitizer build sets it, because oneTBB's
     * library is not instrumented: TSan cannot see its synchronisation and would report races
     * in code that has none.
     */
    static Kind defaultKind();
    static std::unique_ptr<ParallelExecutor> create(int threads, Kind kind = defaultKind());
    virtual ~ParallelExecutor() = default;

    virtual int threads() const = 0;
    virtual Kind kind() const = 0;
    /**
     * Calls fn(index, worker) once for every index in [0, count), where worker in
     * [0, threads()) identifies the thread (for per-thread scratch memory), and returns when all
     * calls have returned. With one piece or one thread it runs on the calling thread, with no
     * synchronisation at all. fn must not throw. Not reentrant: one run at a time.
     */
    virtual void run(std::size_t count, const std::function<void(std::size_t, int)> &fn) = 0;
};

} // namespace actlab
