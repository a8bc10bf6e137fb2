// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace actlab {

class Engine;

/**
 * Lets engines that are no longer wanted wind down on a thread of their own. Destroying an
 * Engine joins its training thread, which first finishes the step it is in: on a million
 * points that is a noticeable wait, and the window must never wait on the engine. retire()
 * asks the engine to stop and returns at once; a background thread destroys it.
 *
 * The destructor waits for every retired engine to be gone (so nothing outlives its owner).
 */
class EngineRetirement {
public:
    EngineRetirement() = default;
    ~EngineRetirement();
    EngineRetirement(const EngineRetirement &) = delete;
    EngineRetirement &operator=(const EngineRetirement &) = delete;

    void retire(std::unique_ptr<Engine> engine);
    /// Engines retired and not yet destroyed (tests).
    std::size_t pending() const;

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<Engine>> m_queue;
    std::size_t m_destroying = 0;
    bool m_quit = false;
    std::thread m_thread; ///< started with the first retirement
};

} // namespace actlab
