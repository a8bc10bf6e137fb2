// SPDX-License-Identifier: GPL-3.0-or-later
#include "tbbexecutor.h"

#include <algorithm>

#include <tbb/blocked_range.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "engine/threadpriority.h"

namespace actlab {

struct TbbExecutor::Arena {
    explicit Arena(int threads)
        : arena(threads) {}
    tbb::task_arena arena;
};

TbbExecutor::TbbExecutor(int threads)
    : m_threads(std::max(1, threads)) {
    // oneTBB never runs more threads than the machine has (and warns on stderr when asked
    // to), so the arena gets at most that many; results do not depend on the count anyway.
    const int arenaThreads = std::min(m_threads, tbb::info::default_concurrency());
    if (arenaThreads > 1)
        m_arena = std::make_unique<Arena>(arenaThreads);
}

TbbExecutor::~TbbExecutor() = default;

void TbbExecutor::run(std::size_t count, const std::function<void(std::size_t, int)> &fn) {
    if (count == 0)
        return;
    if (count == 1 || !m_arena) {
        for (std::size_t i = 0; i < count; ++i)
            fn(i, 0);
        return;
    }
    // TBB's workers are shared; each one takes on the level of the thread it works for, so a
    // background engine's helpers do not compete with the GUI either.
    const ThreadPriority::Level level = ThreadPriority::currentThread();
    m_arena->arena.execute([&] {
        // One index per task (grain 1): the pieces are already sized to be worth a task.
        tbb::parallel_for(tbb::blocked_range<std::size_t>(0, count, 1),
                          [&](const tbb::blocked_range<std::size_t> &range) {
                              ThreadPriority::follow(level);
                              const int worker = std::clamp(
                                  tbb::this_task_arena::current_thread_index(), 0, m_threads - 1);
                              for (std::size_t i = range.begin(); i != range.end(); ++i)
                                  fn(i, worker);
                          });
    });
}

} // namespace actlab
