// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tells GCC that glibc's vector maths library (libmvec, part of libc6 and linked through libm)
// has SIMD versions of these functions, so that the kernels' loops over the catalog's maths
// vectorise: a loop calling exp then calls _ZGVdN4v_exp (AVX2, four doubles at a time) or
// _ZGVeN8v_exp (AVX-512), chosen by the flags of the kernel translation unit. glibc's headers
// declare them only under -ffast-math, which the kernels cannot use (it drops NaN and infinity
// handling); errno must not be read either (-fno-math-errno, set for the kernels in CMake).
//
// libmvec's functions are accurate to 4 ulps (glibc's manual) instead of 1, and give the
// same special values (infinities, NaN); tst_activationkernels holds every kernel to the
// catalog. Clang has no such attribute: there the loops stay scalar.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ACTLAB_VECTOR_MATHS __attribute__((simd("notinbranch")))
extern "C" {
ACTLAB_VECTOR_MATHS double exp(double) noexcept;
ACTLAB_VECTOR_MATHS double expm1(double) noexcept;
ACTLAB_VECTOR_MATHS double log1p(double) noexcept;
ACTLAB_VECTOR_MATHS double erfc(double) noexcept;
ACTLAB_VECTOR_MATHS double sin(double) noexcept;
ACTLAB_VECTOR_MATHS double cos(double) noexcept;
ACTLAB_VECTOR_MATHS double tanh(double) noexcept;
ACTLAB_VECTOR_MATHS double cosh(double) noexcept;
ACTLAB_VECTOR_MATHS double atan(double) noexcept;
ACTLAB_VECTOR_MATHS double hypot(double, double) noexcept;
}
#undef ACTLAB_VECTOR_MATHS
#endif
