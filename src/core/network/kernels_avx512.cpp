// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels for processors with AVX-512 F, VL and DQ besides AVX2 and FMA (supportedIsas
// checks exactly these). Even at 256-bit vectors, AVX-512's 32 registers and mask blends make
// the activation loops much faster (tanh about 1.8×).
#include "network/kernelentrypoints.h"

#ifdef ACTLAB_X86_KERNELS
#if !defined(__AVX2__) || !defined(__FMA__) || !defined(__AVX512F__) || !defined(__AVX512VL__) ||  \
    !defined(__AVX512DQ__)
#error "kernels_avx512.cpp needs -mavx2 -mfma -mavx512f -mavx512vl -mavx512dq"
#endif
#if defined(__AVX512BW__) || defined(__AVX512CD__) || defined(__AVX512IFMA__)
#error "kernels_avx512.cpp must not use AVX-512 parts the run-time check does not test for"
#endif

#define ACTLAB_KERNEL_ISA avx512
#include "network/kernelbody.h"
#endif
