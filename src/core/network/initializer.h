// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace actlab {

/**
 * Weight initialisers (biases start at 0). Limits and standard deviations as in PyTorch's
 * torch.nn.init and Keras (normal variants untruncated, as in PyTorch):
 * Glorot: U(±√(6/(in+out))) or N(0, 2/(in+out)); He: U(±√(6/in)) or N(0, 2/in);
 * LeCun: U(±√(3/in)) or N(0, 1/in).
 */
enum class Initializer {
    GlorotUniform,
    GlorotNormal,
    HeUniform,
    HeNormal,
    LecunUniform,
    LecunNormal
};

/// "glorot_uniform", "he_normal", ... (Keras' names).
const char *initializerKey(Initializer init);
std::optional<Initializer> initializerFromKey(std::string_view key);

/// Half-width of the uniform distribution or standard deviation of the normal one.
double initializerScale(Initializer init, int fanIn, int fanOut);
bool initializerIsUniform(Initializer init);

} // namespace actlab
