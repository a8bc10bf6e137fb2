// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels for processors with AVX2 and FMA (supportedIsas checks exactly these).
#include "network/kernelentrypoints.h"

#ifdef ACTLAB_X86_KERNELS
#if !defined(__AVX2__) || !defined(__FMA__)
#error "kernels_avx2.cpp needs -mavx2 -mfma (src/core/CMakeLists.txt)"
#endif
#if defined(__AVX512F__)
#error "kernels_avx2.cpp must not use AVX-512: the run-time check does not test for it"
#endif

#define ACTLAB_KERNEL_ISA avx2
#include "network/kernelbody.h"
#endif
