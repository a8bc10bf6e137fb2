// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace actlab {

/// The functions of glibc's vector maths library (libmvec) that muParser's own functions are:
/// muParser's sin is std::sin, and so on.
enum class VectorMaths { Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Exp, Log, Log10 };

/**
 * Whether batches use libmvec's 4-wide AVX2 functions: on processors with AVX2 and FMA, unless
 * ACTLAB_KERNELS=baseline caps the training kernels (kernels::bestIsa(), one switch for both).
 *
 * Why: a typed formula's time goes to the C library's scalar functions (tanh 14 ns, sin 7 ns a
 * point here); libmvec's take 1–2.5 ns, within 4 ulps of them (glibc's documented bound;
 * measured 1–3 ulps). Without them, values equal muParser's bit for bit.
 */
bool vectorMathsEnabled();

/// out[i] = fn(in[i]) for i < n with libmvec (only when vectorMathsEnabled()). The last partial
/// group of four is padded, so a point's result never depends on where it sits in the batch
/// (training gives the same weights for any thread count). `in` and `out` may be the same.
void applyVector(VectorMaths fn, const double *in, double *out, std::size_t n);

} // namespace actlab
