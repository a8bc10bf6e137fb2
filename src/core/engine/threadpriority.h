// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace actlab {

/**
 * Scheduling class of the threads that train in the background. Two full-speed engines (a
 * race) on a two-core machine otherwise compete with the GUI thread on equal terms and stall
 * its event loop for a whole scheduler slice (over 100 ms measured); a lowered thread still gets
 * every idle cycle, so training only yields when the GUI actually has work.
 *
 * Per thread (Linux applies nice values and policies per thread); elsewhere a no-op.
 */
class ThreadPriority {
public:
    enum class Level {
        Normal,
        Background, ///< SCHED_OTHER with nice +10 (the default for engine threads)
        Batch,      ///< SCHED_BATCH, nice +10
        Idle,       ///< SCHED_IDLE: runs only when nothing else wants the core
    };

    /// The level engine threads use: Background, or ACTLAB_ENGINE_PRIORITY=normal|background|
    /// batch|idle (for measuring the alternatives).
    static Level engineLevel();
    /// Puts the calling thread at `level`; false if the system refused (it then keeps its
    /// previous level; raising a lowered thread needs CAP_SYS_NICE).
    static bool setCurrentThread(Level level);
    /// The level last set on the calling thread through this class (Normal at first).
    static Level currentThread();
    /// Helpers of a parallel run follow the thread that started it: cheap when already there.
    /// (A refused change is not retried on every call.)
    static void follow(Level level) {
        if (currentThread() != level)
            followSlow(level);
    }

private:
    static void followSlow(Level level);
};

} // namespace actlab
