// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectormaths.h"

#include <cstring>

#include "network/networkkernels.h"

// libmvec's AVX2 variants, named by the x86-64 vector function ABI (_ZGV, d = AVX2, N4 = four
// lanes unmasked, v = one vector argument). glibc declares them only under -ffast-math, which
// this project does not use (it would break NaN handling), so they are declared here.
typedef double Vec4 __attribute__((vector_size(32)));
extern "C" {
Vec4 _ZGVdN4v_sin(Vec4);
Vec4 _ZGVdN4v_cos(Vec4);
Vec4 _ZGVdN4v_tan(Vec4);
Vec4 _ZGVdN4v_asin(Vec4);
Vec4 _ZGVdN4v_acos(Vec4);
Vec4 _ZGVdN4v_atan(Vec4);
Vec4 _ZGVdN4v_sinh(Vec4);
Vec4 _ZGVdN4v_cosh(Vec4);
Vec4 _ZGVdN4v_tanh(Vec4);
Vec4 _ZGVdN4v_exp(Vec4);
Vec4 _ZGVdN4v_log(Vec4);
Vec4 _ZGVdN4v_log10(Vec4);
}

namespace actlab {
namespace {

#if defined(__x86_64__) && defined(__GNUC__)
using Vector4 = Vec4 (*)(Vec4);

/// The loop is compiled for AVX2 alone: only then are Vec4 arguments passed in registers, as
/// libmvec expects. Callers check vectorMathsEnabled() first.
__attribute__((target("avx2,fma"))) void applyAvx2(Vector4 fn, const double *in, double *out,
                                                   std::size_t n) {
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        Vec4 a;
        std::memcpy(&a, in + i, sizeof a);
        const Vec4 r = fn(a);
        std::memcpy(out + i, &r, sizeof r);
    }
    if (i < n) {
        Vec4 a = {0, 0, 0, 0}; // padding: any finite value
        std::memcpy(&a, in + i, (n - i) * sizeof(double));
        const Vec4 r = fn(a);
        std::memcpy(out + i, &r, (n - i) * sizeof(double));
    }
}

Vector4 vectorFunction(VectorMaths fn) {
    switch (fn) {
    case VectorMaths::Sin:
        return _ZGVdN4v_sin;
    case VectorMaths::Cos:
        return _ZGVdN4v_cos;
    case VectorMaths::Tan:
        return _ZGVdN4v_tan;
    case VectorMaths::Asin:
        return _ZGVdN4v_asin;
    case VectorMaths::Acos:
        return _ZGVdN4v_acos;
    case VectorMaths::Atan:
        return _ZGVdN4v_atan;
    case VectorMaths::Sinh:
        return _ZGVdN4v_sinh;
    case VectorMaths::Cosh:
        return _ZGVdN4v_cosh;
    case VectorMaths::Tanh:
        return _ZGVdN4v_tanh;
    case VectorMaths::Exp:
        return _ZGVdN4v_exp;
    case VectorMaths::Log:
        return _ZGVdN4v_log;
    case VectorMaths::Log10:
        return _ZGVdN4v_log10;
    }
    return _ZGVdN4v_exp;
}
#endif

} // namespace

bool vectorMathsEnabled() {
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool enabled = kernels::bestIsa() != kernels::Isa::Baseline;
    return enabled;
#else
    return false;
#endif
}

void applyVector(VectorMaths fn, const double *in, double *out, std::size_t n) {
#if defined(__x86_64__) && defined(__GNUC__)
    applyAvx2(vectorFunction(fn), in, out, n);
#else
    (void)fn, (void)in, (void)out, (void)n;
#endif
}

} // namespace actlab
