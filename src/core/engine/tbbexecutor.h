// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "engine/parallelexecutor.h"

namespace actlab {

/// ParallelExecutor on a oneTBB task arena limited to the requested number of threads.
class TbbExecutor final : public ParallelExecutor {
public:
    explicit TbbExecutor(int threads);
    ~TbbExecutor() override;

    int threads() const override { return m_threads; }
    Kind kind() const override { return Kind::Tbb; }
    void run(std::size_t count, const std::function<void(std::size_t, int)> &fn) override;

private:
    struct Arena; // keeps oneTBB's headers out of this one
    int m_threads;
    std::unique_ptr<Arena> m_arena;
};

} // namespace actlab
