// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include "network/networkkernels.h"

/**
 * The entry points every instruction-set copy of the kernels defines, each in its own
 * namespace (kernels_baseline.cpp, kernels_avx2.cpp, kernels_avx512.cpp); networkkernels.cpp
 * picks one at run time. Internal to the network folder.
 *
 * The run-time check (supportedIsas) and the compile flags (src/core/CMakeLists.txt) must name
 * the same features; each translation unit refuses to compile when its flags enable fewer or
 * more than its copy's run-time check tests (see the #error lines there).
 */

// The AVX2 and AVX-512 copies exist on x86-64 with GCC or Clang; elsewhere only the baseline.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ACTLAB_X86_KERNELS 1
#endif

#define ACTLAB_DECLARE_KERNEL_ENTRY_POINTS(ISA)                                                    \
    namespace actlab::kernels::ISA {                                                               \
    double trainChunk(const TrainChunkArgs &args);                                                 \
    EvalChunkResult evalChunk(const EvalChunkArgs &args);                                          \
    void applyActivation(const HiddenActivation &activation, const double *z, double *f,           \
                         double *df, std::size_t n, const double *slopes);                         \
    }

ACTLAB_DECLARE_KERNEL_ENTRY_POINTS(baseline)
#ifdef ACTLAB_X86_KERNELS
ACTLAB_DECLARE_KERNEL_ENTRY_POINTS(avx2)
ACTLAB_DECLARE_KERNEL_ENTRY_POINTS(avx512)
#endif
