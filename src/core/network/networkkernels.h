// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "network/hiddenactivation.h"
#include "network/networkshape.h"
#include "network/outputlayer.h"
#include "util/alignedallocator.h"

/**
 * The training kernels: forward and backward passes over a run of samples, fused per block of
 * rows so the intermediate activations stay in cache. Internal to the network and engine.
 *
 * Every kernel exists three times: for baseline x86-64 (SSE2), for CPUs with AVX2 and FMA,
 * and for CPUs with AVX-512, chosen at run time (the build stays portable, no -march). Each
 * gives bit-identical results on one machine no matter how many threads run, because
 * summation orders are fixed in the code; the instruction sets differ from each other in the
 * last bits (FMA rounds once).
 */
namespace actlab::kernels {

enum class Isa { Baseline, Avx2, Avx512 };

/// The instruction sets this processor runs, Baseline first.
std::vector<Isa> supportedIsas();
/// The best supported set; ACTLAB_KERNELS=baseline or =avx2 caps it (for comparisons).
Isa bestIsa();
/// "baseline", "avx2" (with FMA), "avx512" (F, VL, DQ).
const char *isaName(Isa isa);

/// A read-only view of a network for one pass.
struct ModelView {
    NetworkShape shape;
    ParamLayout layout;
    const double *params = nullptr;
    const HiddenActivation *activation = nullptr;
    OutputKind output = OutputKind::SigmoidBce;
    Isa isa = Isa::Baseline;
};

/// Scratch buffers for one thread; sized on first use and reused.
class Workspace {
public:
    /// Rows per block for this shape: enough to amortise loop overhead, few enough that a
    /// block's activations stay in the L1/L2 cache.
    static int blockRows(const NetworkShape &shape);
    void prepare(const NetworkShape &shape);

    int rows = 0;
    double *x = nullptr, *t = nullptr;                  // inputs and targets of the block
    double *z1 = nullptr, *a1 = nullptr, *d1 = nullptr; // hidden 1: pre-activation, f, f'
    double *z2 = nullptr, *a2 = nullptr, *d2 = nullptr; // hidden 2
    double *o = nullptr, *g = nullptr, *y = nullptr;    // outputs, dLoss/doutput, transformed
    double *da1 = nullptr, *da2 = nullptr;              // dLoss/dactivation
    double *dz = nullptr;                               // dLoss/dz of one row

private:
    NetworkShape m_shape;
    AlignedVector m_storage;
};

/// Per hidden unit counts over evaluated samples, for dead and saturated unit statistics.
struct UnitCounters {
    std::vector<std::uint32_t> active1, responsive1; ///< f'(z) != 0, |f'(z)| >= threshold
    std::vector<std::uint32_t> active2, responsive2;
    void reset(const NetworkShape &shape);
    void add(const UnitCounters &other);
};

/// |f'(z)| below this counts as saturated (1 % of a unit slope).
inline constexpr double kSaturationSlope = 0.01;

struct TrainChunkArgs {
    ModelView model;
    const double *features = nullptr; ///< all samples, rows of shape.inputs values
    const double *targets = nullptr;
    const std::uint32_t *indices = nullptr; ///< the samples of this chunk (count of them)
    std::size_t count = 0;
    double scale = 1;       ///< gradient scale, 1 / batch size (mean loss)
    double *grad = nullptr; ///< layout.total values, accumulated into
    Workspace *workspace = nullptr;
};

/// Accumulates scale · d(Σ loss)/dθ over the chunk into grad; returns Σ loss (unscaled).
double trainChunk(const TrainChunkArgs &args);

struct EvalChunkArgs {
    ModelView model;
    const double *features = nullptr;
    const double *targets = nullptr; ///< null: no loss or accuracy (prediction only)
    std::size_t first = 0;           ///< samples first .. first + count − 1
    std::size_t count = 0;
    UnitCounters *counters = nullptr; ///< null: no unit statistics
    double *outputs = nullptr;        ///< null, or count × outputs transformed outputs
    /// null, or classes × classes counts (true class, predicted class), row-major, added to
    std::int64_t *confusion = nullptr;
    int classes = 0;
    Workspace *workspace = nullptr;
};

struct EvalChunkResult {
    double lossSum = 0;
    std::size_t correct = 0;
};

/// Forward pass only: loss, correct predictions, unit statistics and/or outputs.
EvalChunkResult evalChunk(const EvalChunkArgs &args);

/// f and f' of a hidden activation over n values, exactly as the kernels compute them (with
/// PReLU, `slopes` holds one slope per value). For tests and tools.
void applyActivation(Isa isa, const HiddenActivation &activation, const double *z, double *f,
                     double *df, std::size_t n, const double *slopes = nullptr);

} // namespace actlab::kernels
