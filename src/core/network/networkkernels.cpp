// SPDX-License-Identifier: GPL-3.0-or-later

#include "networkkernels.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "network/kernelentrypoints.h"

namespace actlab::kernels {

// The features tested here are exactly those kernels_avx2.cpp and kernels_avx512.cpp are
// compiled for; each of them refuses to compile with more or fewer.
std::vector<Isa> supportedIsas() {
    std::vector<Isa> isas{Isa::Baseline};
#ifdef ACTLAB_X86_KERNELS
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        isas.push_back(Isa::Avx2);
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
            __builtin_cpu_supports("avx512dq"))
            isas.push_back(Isa::Avx512);
    }
#endif
    return isas;
}

Isa bestIsa() {
    static const Isa isa = [] {
        const std::vector<Isa> isas = supportedIsas();
        Isa best = isas.back();
        if (const char *cap = std::getenv("ACTLAB_KERNELS")) {
            for (Isa candidate : isas)
                if (std::string_view(cap) == isaName(candidate))
                    best = candidate;
        }
        return best;
    }();
    return isa;
}

const char *isaName(Isa isa) {
    switch (isa) {
    case Isa::Avx2:
        return "avx2";
    case Isa::Avx512:
        return "avx512";
    default:
        return "baseline";
    }
}

int Workspace::blockRows(const NetworkShape &shape) {
    const int widest = std::max({shape.hidden1, shape.hidden2, shape.outputs, 1});
    return std::clamp(8192 / widest, 8, 256);
}

void Workspace::prepare(const NetworkShape &shape) {
    if (shape == m_shape && !m_storage.empty())
        return;
    m_shape = shape;
    rows = blockRows(shape);
    const auto padded = [](std::size_t n) { return (n + 7) / 8 * 8; }; // keep 64-byte alignment
    const std::size_t r = std::size_t(rows);
    const std::size_t h1 = padded(r * std::size_t(shape.hidden1));
    const std::size_t h2 = padded(r * std::size_t(shape.hidden2));
    const std::size_t k = padded(r * std::size_t(shape.outputs));
    const std::size_t widest = std::max(h1, h2);
    const std::size_t sizes[] = {padded(r * std::size_t(shape.inputs)),
                                 padded(r),
                                 h1,
                                 h1,
                                 h1,
                                 h2,
                                 h2,
                                 h2,
                                 k,
                                 k,
                                 k,
                                 h1,
                                 h2,
                                 widest};
    std::size_t total = 0;
    for (std::size_t s : sizes)
        total += s;
    m_storage.assign(total, 0.0);
    double *at = m_storage.data();
    double **targets[] = {&x, &t, &z1, &a1, &d1, &z2, &a2, &d2, &o, &g, &y, &da1, &da2, &dz};
    for (std::size_t i = 0; i < std::size(sizes); ++i) {
        *targets[i] = at;
        at += sizes[i];
    }
}

void UnitCounters::reset(const NetworkShape &shape) {
    active1.assign(std::size_t(shape.hidden1), 0);
    responsive1.assign(std::size_t(shape.hidden1), 0);
    active2.assign(std::size_t(shape.hidden2), 0);
    responsive2.assign(std::size_t(shape.hidden2), 0);
}

void UnitCounters::add(const UnitCounters &other) {
    const auto sum = [](std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b) {
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
            a[i] += b[i];
    };
    sum(active1, other.active1);
    sum(responsive1, other.responsive1);
    sum(active2, other.active2);
    sum(responsive2, other.responsive2);
}

double trainChunk(const TrainChunkArgs &args) {
    switch (args.model.isa) {
#ifdef ACTLAB_X86_KERNELS
    case Isa::Avx512:
        return avx512::trainChunk(args);
    case Isa::Avx2:
        return avx2::trainChunk(args);
#endif
    default:
        return baseline::trainChunk(args);
    }
}

EvalChunkResult evalChunk(const EvalChunkArgs &args) {
    switch (args.model.isa) {
#ifdef ACTLAB_X86_KERNELS
    case Isa::Avx512:
        return avx512::evalChunk(args);
    case Isa::Avx2:
        return avx2::evalChunk(args);
#endif
    default:
        return baseline::evalChunk(args);
    }
}

void applyActivation(Isa isa, const HiddenActivation &activation, const double *z, double *f,
                     double *df, std::size_t n, const double *slopes) {
    switch (isa) {
#ifdef ACTLAB_X86_KERNELS
    case Isa::Avx512:
        return avx512::applyActivation(activation, z, f, df, n, slopes);
    case Isa::Avx2:
        return avx2::applyActivation(activation, z, f, df, n, slopes);
#endif
    default:
        return baseline::applyActivation(activation, z, f, df, n, slopes);
    }
}

} // namespace actlab::kernels
