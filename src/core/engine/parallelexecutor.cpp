// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelexecutor.h"

#include "engine/tbbexecutor.h"
#include "engine/threadpoolexecutor.h"

namespace actlab {

std::unique_ptr<ParallelExecutor> ParallelExecutor::create(int threads, Kind kind) {
    if (kind == Kind::ThreadPool)
        return std::make_unique<ThreadPoolExecutor>(threads);
    return std::make_unique<TbbExecutor>(threads);
}

} // namespace actlab
