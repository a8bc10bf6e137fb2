// SPDX-License-Identifier: GPL-3.0-or-later
// The kernels for every processor of the architecture (on x86-64: SSE2).
#if defined(__x86_64__) && defined(__AVX__)
#error "the baseline kernels must run on every x86-64 processor: compile without -mavx*"
#endif

#define ACTLAB_KERNEL_ISA baseline
#include "network/kernelbody.h"
