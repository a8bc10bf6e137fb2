// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthconfig.h"

#include <cmath>
#include <cstring>

namespace actlab::depth {

const char *dropoutKey(DropoutKind kind) {
    switch (kind) {
    case DropoutKind::None:
        return "none";
    case DropoutKind::Standard:
        return "standard";
    case DropoutKind::Alpha:
        return "alpha";
    }
    return "none";
}

std::optional<DropoutKind> dropoutFromKey(const char *key) {
    for (DropoutKind kind : {DropoutKind::None, DropoutKind::Standard, DropoutKind::Alpha})
        if (std::strcmp(key, dropoutKey(kind)) == 0)
            return kind;
    return std::nullopt;
}

double effectiveWeightVariance(const WeightInit &init, int width) {
    if (!init.initializer)
        return init.weightVariance;
    const double scale = initializerScale(*init.initializer, width, width);
    // U(±s) has variance s²/3; N(0, s²) has s².
    const double variance =
        initializerIsUniform(*init.initializer) ? scale * scale / 3.0 : scale * scale;
    return double(width) * variance;
}

AlphaDropoutAffine alphaDropoutAffine(double rate) {
    // SELU's constants (Klambauer et al. 2017), as PyTorch's nn.AlphaDropout uses them.
    constexpr double lambda = 1.0507009873554804934193349852946;
    constexpr double alpha = 1.6732632423543772848170429916717;
    AlphaDropoutAffine affine;
    affine.alphaPrime = -lambda * alpha;
    const double p = rate;
    // Chosen so that inputs with mean 0 and variance 1 keep them: a = ((1−p)(1 + p α'²))^(−½),
    // b = −a α' p.
    affine.a = 1.0 / std::sqrt((1.0 - p) * (1.0 + p * affine.alphaPrime * affine.alphaPrime));
    affine.b = -affine.a * affine.alphaPrime * p;
    return affine;
}

} // namespace actlab::depth
