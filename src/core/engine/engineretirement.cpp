// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineretirement.h"

#include "engine/engine.h"

namespace actlab {

EngineRetirement::~EngineRetirement() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void EngineRetirement::retire(std::unique_ptr<Engine> engine) {
    if (!engine)
        return;
    engine->stop(); // returns at once; the thread ends after its current step
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(engine));
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_wake.notify_one();
}

std::size_t EngineRetirement::pending() const {
    std::lock_guard lock(m_mutex);
    return m_queue.size() + m_destroying;
}

void EngineRetirement::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_quit || !m_queue.empty(); });
        if (m_queue.empty())
            return; // quitting, and nothing left to destroy
        std::unique_ptr<Engine> engine = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_destroying;
        lock.unlock();
        engine.reset(); // joins the engine's thread
        lock.lock();
        --m_destroying;
    }
}

} // namespace actlab
