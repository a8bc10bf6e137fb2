// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "engine/parallelexecutor.h"

/// Test helpers for the sanitizer builds (ACTLAB_SANITIZE, README "Reliability").
namespace testing_sanitizers {

#if defined(__SANITIZE_THREAD__)
inline constexpr bool threadSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
inline constexpr bool threadSanitizer = true;
#else
inline constexpr bool threadSanitizer = false;
#endif
#else
inline constexpr bool threadSanitizer = false;
#endif

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool addressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool addressSanitizer = true;
#else
inline constexpr bool addressSanitizer = false;
#endif
#else
inline constexpr bool addressSanitizer = false;
#endif

/// The executors a test should try: both, except under ThreadSanitizer, where only the
/// project's own pool is checked. oneTBB's library is not built with TSan, so TSan cannot see
/// the synchronisation inside it and reports races in TBB's own inline code that are not
/// there; the pool runs the same pieces, and TSan sees all of it.
inline std::vector<actlab::ParallelExecutor::Kind> executorKinds() {
    if (threadSanitizer)
        return {actlab::ParallelExecutor::Kind::ThreadPool};
    return {actlab::ParallelExecutor::Kind::Tbb, actlab::ParallelExecutor::Kind::ThreadPool};
}

} // namespace testing_sanitizers
