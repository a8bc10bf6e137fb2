// SPDX-License-Identifier: GPL-3.0-or-later
// The training kernels' code, compiled once per instruction set: each kernels_<isa>.cpp defines
// ACTLAB_KERNEL_ISA (the namespace of its copy) and includes this file, compiled with that
// set's flags, so that the activation loops, the fused backward pass and Eigen's products are
// all vectorised for it. Include nowhere else.
#ifndef ACTLAB_KERNEL_ISA
#error "kernelbody.h belongs to a per-ISA kernel translation unit (kernels_<isa>.cpp)"
#endif

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <Eigen/Core>

#include "activations/classicmaths.h"
#include "activations/elumaths.h"
#include "activations/gatedmaths.h"
#include "activations/relumaths.h"
#include "activations/shrinkmaths.h"
#include "activations/sigmoidmaths.h"
#include "activations/softplusmaths.h"
#include "network/activationkernels.h"
#include "network/kernelentrypoints.h"
#include "network/networkkernels.h"
#include "network/vectormaths.h"
#include "util/flushsubnormals.h"

// "No dependence between iterations": the row-grouped loops write several rows of one array,
// at offsets the compiler cannot prove apart, though they never overlap.
#if defined(__clang__)
#define ACTLAB_IVDEP _Pragma("clang loop vectorize(assume_safety)")
#elif defined(__GNUC__)
#define ACTLAB_IVDEP _Pragma("GCC ivdep")
#else
#define ACTLAB_IVDEP
#endif

namespace actlab::kernels::ACTLAB_KERNEL_ISA {

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMatrixMap = Eigen::Map<const RowMatrix>;
using MatrixMap = Eigen::Map<RowMatrix>;

/// Pointers to each tensor of a parameter-shaped vector (parameters or gradient).
template <class T> struct Tensors { T *w1, *b1, *s1, *w2, *b2, *s2, *wo, *bo; };

template <class T> ACTLAB_KERNEL_INLINE Tensors<T> tensorsOf(const ParamLayout &l, T *base) {
    const auto at = [base](std::size_t offset) {
        return offset == ParamLayout::none ? nullptr : base + offset;
    };
    return {at(l.w1), at(l.b1), at(l.s1), at(l.w2), at(l.b2), at(l.s2), at(l.wo), at(l.bo)};
}

/// Dot product with eight interleaved partial sums: vectorisable without reassociating, so
/// the summation order (and the result) is fixed by the code, not by the compiler. (One row at
/// a time: a version sharing b across four rows vectorised into shuffles and ran slower.)
ACTLAB_KERNEL_INLINE double dot(const double *__restrict a, const double *__restrict b, int n) {
    double acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int i = 0;
    for (; i + 8 <= n; i += 8)
        for (int j = 0; j < 8; ++j)
            acc[j] += a[i + j] * b[i + j];
    for (int j = 0; i < n; ++i, ++j)
        acc[j] += a[i] * b[i];
    return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

/// a₀ + … + a_{R−1} in a fixed pairwise order.
template <int R> ACTLAB_KERNEL_INLINE double sumOf(const double *v) {
    if constexpr (R == 1)
        return v[0];
    else if constexpr (R == 2)
        return v[0] + v[1];
    else
        return (v[0] + v[1]) + (v[2] + v[3]);
}

ACTLAB_KERNEL_INLINE void axpy(double *__restrict y, double alpha, const double *__restrict x,
                               int n) {
    for (int i = 0; i < n; ++i)
        y[i] += alpha * x[i];
}

/// z = x W1 + b1 for R samples of F features: each weight is loaded once for R rows.
template <int F, int R>
ACTLAB_KERNEL_INLINE void firstLayerRows(const double *__restrict x, const double *__restrict w1,
                                         const double *__restrict b1, int H, double *__restrict z) {
    ACTLAB_IVDEP
    for (int h = 0; h < H; ++h) {
        double w[F];
        for (int f = 0; f < F; ++f)
            w[f] = w1[f * H + h];
        for (int k = 0; k < R; ++k) {
            double acc = b1[h];
            for (int f = 0; f < F; ++f)
                acc += x[k * F + f] * w[f];
            z[std::size_t(k) * std::size_t(H) + std::size_t(h)] = acc;
        }
    }
}

template <int F>
ACTLAB_KERNEL_INLINE void firstLayer(const double *x, int rows, const double *w1, const double *b1,
                                     int H, double *z) {
    int r = 0;
    for (; r + 4 <= rows; r += 4)
        firstLayerRows<F, 4>(x + r * F, w1, b1, H, z + std::size_t(r) * std::size_t(H));
    for (; r < rows; ++r)
        firstLayerRows<F, 1>(x + r * F, w1, b1, H, z + std::size_t(r) * std::size_t(H));
}

/// The most parameters a catalog scalar activation has (relu: slope, maximum, threshold).
constexpr std::size_t kMaxFusedParams = 4;

/// f and f′ of one value from the catalog's maths; not inlined, so that a loop calling it stays
/// scalar (see fusedMaths).
template <class Maths>
[[gnu::noinline]] void exactMaths(double x, Params p, double &value, double &derivative) {
    value = Maths::value(x, p);
    derivative = Maths::derivative(x, p);
}

/// f and f′ of a catalog activation in one loop: its maths inlined, so the two share their
/// common parts (one exponential for both) and the loop vectorises, with the transcendental
/// functions from glibc's vector maths library (vectormaths.h).
/// Not inlined: one copy per activation and instruction set, rather than one in every pass.
template <class Maths>
[[gnu::noinline]] void fusedMaths(const double *__restrict z, double *__restrict a,
                                  double *__restrict d, std::size_t n, Params p) {
    // The maths read their parameters behind branches (after a NaN test, say); GCC vectorises
    // such a read only from memory it knows it may read unconditionally: a local copy.
    double local[kMaxFusedParams] = {};
    std::copy_n(p.begin(), std::min(p.size(), std::size(local)), local);
    const Params lp(local, std::min(p.size(), std::size(local)));
    if constexpr (requires { Maths::kKernelSeparateLoops; }) {
        for (std::size_t i = 0; i < n; ++i)
            a[i] = Maths::value(z[i], lp);
        for (std::size_t i = 0; i < n; ++i)
            d[i] = Maths::derivative(z[i], lp);
    } else if constexpr (requires { Maths::kernelCovers(0.0, lp); }) {
        // A vectorisable form for the usual range, then the exact maths for the rest, one
        // value at a time and only when there are such values: vectorised, that loop would
        // compute the exact maths of every value under a mask. (The flag or-s the bits of a
        // select between doubles: SSE2 vectorises neither a 64-bit compare nor a count.)
        std::uint64_t uncovered = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = z[i];
            const maths::KernelValues v = Maths::kernelValues(x, lp);
            a[i] = v.value;
            d[i] = v.derivative;
            uncovered |= std::bit_cast<std::uint64_t>(Maths::kernelCovers(x, lp) ? 0.0 : 1.0);
        }
        if (uncovered != 0) {
            for (std::size_t i = 0; i < n; ++i)
                if (!Maths::kernelCovers(z[i], lp))
                    exactMaths<Maths>(z[i], lp, a[i], d[i]);
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const double x = z[i];
            a[i] = Maths::value(x, lp);
            d[i] = Maths::derivative(x, lp);
        }
    }
}

/// GELU: one loop per form, the choice made once rather than per value.
template <>
[[gnu::noinline]] void fusedMaths<maths::Gelu>(const double *__restrict z, double *__restrict a,
                                               double *__restrict d, std::size_t n, Params p) {
    if (maths::Gelu::tanhForm(p))
        fusedMaths<maths::GeluTanh>(z, a, d, n, p);
    else
        fusedMaths<maths::GeluExact>(z, a, d, n, p);
}

ACTLAB_KERNEL_INLINE void activateCatalog(const HiddenActivation &act, const double *z, double *a,
                                          double *d, std::size_t n) {
    const Params p(act.params);
    switch (act.maths) {
#define ACTLAB_FUSED_CASE(key, Maths)                                                              \
    case FusedMaths::Maths:                                                                        \
        fusedMaths<maths::Maths>(z, a, d, n, p);                                                   \
        return;
        ACTLAB_FUSED_CATALOG_MATHS(ACTLAB_FUSED_CASE)
#undef ACTLAB_FUSED_CASE
    case FusedMaths::None:
        break;
    }
    act.function->evaluateBatch({z, n}, p, {a, n}, {d, n});
}

ACTLAB_KERNEL_INLINE void activate(const HiddenActivation &act, const double *z, double *a,
                                   double *d, int rows, int H, const double *slopes) {
    const std::size_t n = std::size_t(rows) * std::size_t(H);
    switch (act.fast) {
    case FastActivation::Tanh:
        fast::tanh(z, a, d, n);
        return;
    case FastActivation::Sigmoid:
        fast::sigmoid(z, a, d, n);
        return;
    case FastActivation::Relu:
        fast::relu(z, a, d, n);
        return;
    case FastActivation::LeakyRelu:
        fast::leakyRelu(z, a, d, n, act.fastParam);
        return;
    case FastActivation::Relu6:
        fast::relu6(z, a, d, n);
        return;
    case FastActivation::Linear:
        fast::linear(z, a, d, n);
        return;
    case FastActivation::Prelu:
        for (int r = 0; r < rows; ++r) {
            const std::size_t at = std::size_t(r) * std::size_t(H);
            fast::prelu(z + at, a + at, d + at, std::size_t(H), slopes);
        }
        return;
    case FastActivation::Catalog:
        activateCatalog(act, z, a, d, n);
        return;
    case FastActivation::None:
        act.function->evaluateBatch({z, n}, act.params, {a, n}, {d, n});
        return;
    }
}

/// z2 = a1 W2 + b2 (a real matrix product: Eigen's blocked GEMM).
ACTLAB_KERNEL_INLINE void secondLayer(const double *a1, int rows, int H1, const double *w2,
                                      const double *b2, int H2, double *z2) {
    MatrixMap z(z2, rows, H2);
    z.noalias() = ConstMatrixMap(a1, rows, H1) * ConstMatrixMap(w2, H1, H2);
    for (int r = 0; r < rows; ++r) {
        double *__restrict zr = z2 + std::size_t(r) * std::size_t(H2);
        for (int j = 0; j < H2; ++j)
            zr[j] += b2[j];
    }
}

/// One row of a hidden layer's backward pass: dz = da ⊙ f'(z), bias and PReLU slope gradients.
template <bool Prelu>
ACTLAB_KERNEL_INLINE void hiddenBackwardRow(const double *__restrict da, const double *__restrict d,
                                            const double *__restrict z, double *__restrict dz,
                                            double *__restrict gb, double *__restrict gs, int H) {
    for (int h = 0; h < H; ++h) {
        const double v = da[h] * d[h];
        dz[h] = v;
        gb[h] += v;
        if constexpr (Prelu) {
            const double slopeGrad = da[h] * z[h]; // PyTorch: z > 0 ? 0 : z · grad
            gs[h] += z[h] > 0 ? 0.0 : slopeGrad;
        }
    }
}

/// The whole backward pass of a one-hidden-layer, one-output network for R samples at once,
/// fused into one loop over the units: every gradient entry is read and written once per R
/// samples. The most common playground shape, and the one the speed goals are about.
template <int F, bool Prelu, int R>
ACTLAB_KERNEL_INLINE void backwardSingleRows(const double *__restrict x, const double *__restrict g,
                                             const double *__restrict a, const double *__restrict d,
                                             const double *__restrict z,
                                             const double *__restrict wo, Tensors<double> grad,
                                             int H) {
    double *__restrict gwo = grad.wo;
    double *__restrict gb1 = grad.b1;
    double *__restrict gs1 = grad.s1;
    double *__restrict gw1 = grad.w1;
    for (int k = 0; k < R; ++k)
        grad.bo[0] += g[k];
    const std::size_t stride = std::size_t(H);
    ACTLAB_IVDEP
    for (int h = 0; h < H; ++h) {
        const double w = wo[h];
        double da[R], v[R], t[R];
        for (int k = 0; k < R; ++k) {
            da[k] = g[k] * w;
            v[k] = da[k] * d[k * stride + std::size_t(h)];
            t[k] = g[k] * a[k * stride + std::size_t(h)];
        }
        gwo[h] += sumOf<R>(t);
        gb1[h] += sumOf<R>(v);
        for (int f = 0; f < F; ++f) {
            for (int k = 0; k < R; ++k)
                t[k] = x[k * F + f] * v[k];
            gw1[f * H + h] += sumOf<R>(t);
        }
        if constexpr (Prelu) {
            for (int k = 0; k < R; ++k) { // PyTorch: z > 0 ? 0 : z · grad
                const double zk = z[k * stride + std::size_t(h)];
                const double slopeGrad = da[k] * zk;
                t[k] = zk > 0 ? 0.0 : slopeGrad;
            }
            gs1[h] += sumOf<R>(t);
        }
    }
}

template <int F, bool Prelu>
ACTLAB_KERNEL_INLINE void backwardSingle(const double *x, const double *g, const double *a,
                                         const double *d, const double *z, const double *wo,
                                         Tensors<double> grad, int rows, int H) {
    int r = 0;
    const auto at = [H](int row) { return std::size_t(row) * std::size_t(H); };
    for (; r + 4 <= rows; r += 4)
        backwardSingleRows<F, Prelu, 4>(x + r * F, g + r, a + at(r), d + at(r), z + at(r), wo, grad,
                                        H);
    for (; r < rows; ++r)
        backwardSingleRows<F, Prelu, 1>(x + r * F, g + r, a + at(r), d + at(r), z + at(r), wo, grad,
                                        H);
}

/// Backward pass for any shape: output layer, optional second hidden layer, first layer.
template <int F, bool Prelu>
ACTLAB_KERNEL_INLINE void backwardGeneral(const ModelView &m, const Tensors<const double> &p,
                                          Tensors<double> grad, Workspace &ws, int rows) {
    const NetworkShape &s = m.shape;
    const int K = s.outputs, H1 = s.hidden1, H2 = s.hidden2;
    const int Hl = s.lastHidden();
    const double *aLast = H2 > 0 ? ws.a2 : ws.a1;
    double *daLast = H2 > 0 ? ws.da2 : ws.da1;
    for (int r = 0; r < rows; ++r) {
        const double *gr = ws.g + std::size_t(r) * std::size_t(K);
        const double *ar = aLast + std::size_t(r) * std::size_t(Hl);
        double *__restrict dar = daLast + std::size_t(r) * std::size_t(Hl);
        for (int h = 0; h < Hl; ++h)
            dar[h] = gr[0] * p.wo[h];
        for (int k = 1; k < K; ++k)
            axpy(dar, gr[k], p.wo + std::size_t(k) * std::size_t(Hl), Hl);
        for (int k = 0; k < K; ++k) {
            axpy(grad.wo + std::size_t(k) * std::size_t(Hl), gr[k], ar, Hl);
            grad.bo[k] += gr[k];
        }
    }
    if (H2 > 0) {
        for (int r = 0; r < rows; ++r) {
            const std::size_t at = std::size_t(r) * std::size_t(H2);
            hiddenBackwardRow<Prelu>(ws.da2 + at, ws.d2 + at, ws.z2 + at, ws.dz + at, grad.b2,
                                     grad.s2, H2);
        }
        const ConstMatrixMap a1(ws.a1, rows, H1);
        const ConstMatrixMap dz2(ws.dz, rows, H2);
        MatrixMap gw2(grad.w2, H1, H2);
        gw2.noalias() += a1.transpose() * dz2;
        MatrixMap da1(ws.da1, rows, H1);
        da1.noalias() = dz2 * ConstMatrixMap(p.w2, H1, H2).transpose();
    }
    for (int r = 0; r < rows; ++r) {
        const std::size_t at = std::size_t(r) * std::size_t(H1);
        hiddenBackwardRow<Prelu>(ws.da1 + at, ws.d1 + at, ws.z1 + at, ws.dz, grad.b1, grad.s1, H1);
        for (int f = 0; f < F; ++f)
            axpy(grad.w1 + f * H1, ws.x[r * F + f], ws.dz, H1);
    }
}

/// Forward pass of one block whose inputs are at x: fills z, a, d of both hidden layers and
/// the raw outputs ws.o.
template <int F>
ACTLAB_KERNEL_INLINE void forwardBlock(const ModelView &m, const Tensors<const double> &p,
                                       const double *x, Workspace &ws, int rows) {
    const NetworkShape &s = m.shape;
    firstLayer<F>(x, rows, p.w1, p.b1, s.hidden1, ws.z1);
    activate(*m.activation, ws.z1, ws.a1, ws.d1, rows, s.hidden1, p.s1);
    const double *aLast = ws.a1;
    if (s.hidden2 > 0) {
        secondLayer(ws.a1, rows, s.hidden1, p.w2, p.b2, s.hidden2, ws.z2);
        activate(*m.activation, ws.z2, ws.a2, ws.d2, rows, s.hidden2, p.s2);
        aLast = ws.a2;
    }
    const int K = s.outputs, Hl = s.lastHidden();
    for (int r = 0; r < rows; ++r)
        for (int k = 0; k < K; ++k)
            ws.o[r * K + k] = p.bo[k] + dot(aLast + std::size_t(r) * std::size_t(Hl),
                                            p.wo + std::size_t(k) * std::size_t(Hl), Hl);
}

template <int F> ACTLAB_KERNEL_INLINE double trainChunkFor(const TrainChunkArgs &args) {
    const ModelView &m = args.model;
    const NetworkShape &s = m.shape;
    Workspace &ws = *args.workspace;
    const Tensors<const double> p = tensorsOf(m.layout, m.params);
    const Tensors<double> grad = tensorsOf(m.layout, args.grad);
    const int K = s.outputs;
    const bool prelu = s.learnableSlopes;
    double lossSum = 0;
    for (std::size_t begin = 0; begin < args.count; begin += std::size_t(ws.rows)) {
        const int rows = int(std::min<std::size_t>(std::size_t(ws.rows), args.count - begin));
        for (int r = 0; r < rows; ++r) { // gather the shuffled samples into one block
            const std::size_t i = args.indices[begin + std::size_t(r)];
            for (int f = 0; f < F; ++f)
                ws.x[r * F + f] = args.features[i * F + std::size_t(f)];
            ws.t[r] = args.targets[i];
        }
        forwardBlock<F>(m, p, ws.x, ws, rows);
        for (int r = 0; r < rows; ++r) {
            double *gr = ws.g + r * K;
            lossSum += outputmath::lossAndGradient(m.output, ws.o + r * K, K, ws.t[r], gr);
            for (int k = 0; k < K; ++k)
                gr[k] *= args.scale;
        }
        if (s.hidden2 == 0 && K == 1) {
            if (prelu)
                backwardSingle<F, true>(ws.x, ws.g, ws.a1, ws.d1, ws.z1, p.wo, grad, rows,
                                        s.hidden1);
            else
                backwardSingle<F, false>(ws.x, ws.g, ws.a1, ws.d1, ws.z1, p.wo, grad, rows,
                                         s.hidden1);
        } else if (prelu) {
            backwardGeneral<F, true>(m, p, grad, ws, rows);
        } else {
            backwardGeneral<F, false>(m, p, grad, ws, rows);
        }
    }
    return lossSum;
}

ACTLAB_KERNEL_INLINE void countUnits(const double *__restrict d, int rows, int H,
                                     std::uint32_t *__restrict active,
                                     std::uint32_t *__restrict responsive) {
    for (int r = 0; r < rows; ++r) {
        const double *__restrict dr = d + std::size_t(r) * std::size_t(H);
        for (int h = 0; h < H; ++h) {
            active[h] += dr[h] != 0 ? 1u : 0u;
            responsive[h] += std::fabs(dr[h]) >= kSaturationSlope ? 1u : 0u;
        }
    }
}

template <int F> ACTLAB_KERNEL_INLINE EvalChunkResult evalChunkFor(const EvalChunkArgs &args) {
    const ModelView &m = args.model;
    const NetworkShape &s = m.shape;
    Workspace &ws = *args.workspace;
    const Tensors<const double> p = tensorsOf(m.layout, m.params);
    const int K = s.outputs;
    EvalChunkResult result;
    for (std::size_t begin = 0; begin < args.count; begin += std::size_t(ws.rows)) {
        const int rows = int(std::min<std::size_t>(std::size_t(ws.rows), args.count - begin));
        const std::size_t first = args.first + begin;
        forwardBlock<F>(m, p, args.features + first * F, ws, rows);
        if (args.counters) {
            UnitCounters &c = *args.counters;
            countUnits(ws.d1, rows, s.hidden1, c.active1.data(), c.responsive1.data());
            if (s.hidden2 > 0)
                countUnits(ws.d2, rows, s.hidden2, c.active2.data(), c.responsive2.data());
        }
        for (int r = 0; r < rows; ++r) {
            const double *o = ws.o + r * K;
            if (args.targets) {
                const double t = args.targets[first + std::size_t(r)];
                result.lossSum += outputmath::lossAndGradient(m.output, o, K, t, nullptr);
                const int predicted = outputmath::predictedClass(m.output, o, K);
                result.correct += predicted == int(t) ? 1 : 0;
                if (args.confusion && t >= 0 && t < args.classes && predicted < args.classes)
                    ++args.confusion[std::size_t(t) * std::size_t(args.classes) +
                                     std::size_t(predicted)];
            }
            if (args.outputs)
                outputmath::transform(m.output, o, K, args.outputs + (begin + std::size_t(r)) * K);
        }
    }
    return result;
}

ACTLAB_KERNEL_INLINE double trainChunkImpl(const TrainChunkArgs &a) {
    switch (a.model.shape.inputs) {
    case 1:
        return trainChunkFor<1>(a);
    case 2:
        return trainChunkFor<2>(a);
    case 3:
        return trainChunkFor<3>(a);
    case 4:
        return trainChunkFor<4>(a);
    case 5:
        return trainChunkFor<5>(a);
    case 6:
        return trainChunkFor<6>(a);
    default:
        return trainChunkFor<7>(a);
    }
}

ACTLAB_KERNEL_INLINE EvalChunkResult evalChunkImpl(const EvalChunkArgs &a) {
    switch (a.model.shape.inputs) {
    case 1:
        return evalChunkFor<1>(a);
    case 2:
        return evalChunkFor<2>(a);
    case 3:
        return evalChunkFor<3>(a);
    case 4:
        return evalChunkFor<4>(a);
    case 5:
        return evalChunkFor<5>(a);
    case 6:
        return evalChunkFor<6>(a);
    default:
        return evalChunkFor<7>(a);
    }
}

ACTLAB_KERNEL_INLINE void applyActivationImpl(const HiddenActivation &act, const double *z,
                                              double *f, double *df, std::size_t n,
                                              const double *slopes) {
    if (act.fast == FastActivation::Prelu)
        fast::prelu(z, f, df, n, slopes);
    else
        activate(act, z, f, df, 1, int(n), slopes);
}

} // namespace

double trainChunk(const TrainChunkArgs &a) {
    const FlushSubnormals mode;
    return trainChunkImpl(a);
}

EvalChunkResult evalChunk(const EvalChunkArgs &a) {
    const FlushSubnormals mode;
    return evalChunkImpl(a);
}

void applyActivation(const HiddenActivation &act, const double *z, double *f, double *df,
                     std::size_t n, const double *slopes) {
    applyActivationImpl(act, z, f, df, n, slopes);
}

} // namespace actlab::kernels::ACTLAB_KERNEL_ISA
