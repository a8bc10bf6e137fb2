// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace actlab {
namespace {

constexpr int kBackgroundNice = 10;
thread_local ThreadPriority::Level t_level = ThreadPriority::Level::Normal;

} // namespace

ThreadPriority::Level ThreadPriority::engineLevel() {
    static const Level level = [] {
        const char *env = std::getenv("ACTLAB_ENGINE_PRIORITY");
        if (!env)
            return Level::Background;
        if (std::strcmp(env, "normal") == 0)
            return Level::Normal;
        if (std::strcmp(env, "batch") == 0)
            return Level::Batch;
        if (std::strcmp(env, "idle") == 0)
            return Level::Idle;
        return Level::Background;
    }();
    return level;
}

ThreadPriority::Level ThreadPriority::currentThread() {
    return t_level;
}

bool ThreadPriority::setCurrentThread(Level level) {
#if defined(__linux__)
    const pid_t tid = pid_t(syscall(SYS_gettid));
    sched_param param{};
    param.sched_priority = 0;
    int policy = SCHED_OTHER;
    if (level == Level::Batch)
        policy = SCHED_BATCH;
    else if (level == Level::Idle)
        policy = SCHED_IDLE;
    // On Linux both calls act on the one thread `tid`, not the whole process.
    if (sched_setscheduler(tid, policy, &param) != 0)
        return false;
    const int nice = level == Level::Normal ? 0 : kBackgroundNice;
    if (setpriority(PRIO_PROCESS, id_t(tid), nice) != 0 && level != Level::Idle)
        return false;
    t_level = level;
    return true;
#else
    t_level = level;
    return true;
#endif
}

void ThreadPriority::followSlow(Level level) {
    if (!setCurrentThread(level))
        t_level = level;
}

} // namespace actlab
