// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropoutmoments.h"

namespace actlab::depth {

DropoutMoments::DropoutMoments(Dropout dropout) {
    const double p = dropout.rate;
    if (dropout.kind == DropoutKind::None || p == 0)
        return;
    m_identity = false;
    const double keep = 1 - p;
    if (dropout.kind == DropoutKind::Standard) {
        // x = m y/(1 − p): E[x²] = E[y²]/(1 − p); E[mₐ m_b]/(1 − p)² = 1 for independent masks.
        m_s2 = 1 / keep;
        return;
    }
    const AlphaDropoutAffine affine = alphaDropoutAffine(p);
    const double a = affine.a;
    const double b = affine.b;
    const double ap = affine.alphaPrime;
    // E[x²] = a²[(1−p)E y² + p α'²] + 2ab[(1−p)E y + p α'] + b²
    m_s2 = a * a * keep;
    m_s1 = 2 * a * b * keep;
    m_s0 = a * a * p * ap * ap + 2 * a * b * p * ap + b * b;
    // E[xₐx_b] = a²[(1−p)² E yₐy_b + 2p(1−p) α' E y + p² α'²] + 2ab[(1−p)E y + p α'] + b²
    m_t2 = a * a * keep * keep;
    m_t1 = 2 * a * a * p * keep * ap + 2 * a * b * keep;
    m_t0 = a * a * p * p * ap * ap + 2 * a * b * p * ap + b * b;
}

} // namespace actlab::depth
