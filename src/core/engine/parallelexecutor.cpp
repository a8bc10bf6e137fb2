// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelexecutor.h"

#include <cstdlib>
#include <cstring>

#include "engine/tbbexecutor.h"
#include "engine/threadpoolexecutor.h"

namespace actlab {

ParallelExecutor::Kind ParallelExecutor::defaultKind() {
    static const Kind kind = [] {
        const char *chosen = std::getenv("ACTLAB_EXECUTOR");
        return chosen && std::strcmp(chosen, "threadpool") == 0 ? Kind::ThreadPool : Kind::Tbb;
    }();
    return kind;
}

std::unique_ptr<ParallelExecutor> ParallelExecutor::create(int threads, Kind kind) {
    if (kind == Kind::ThreadPool)
        return std::make_unique<ThreadPoolExecutor>(threads);
    return std::make_unique<TbbExecutor>(threads);
}

} // namespace actlab
