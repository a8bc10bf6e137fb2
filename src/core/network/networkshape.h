// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace actlab {

inline constexpr int kMaxHiddenUnits = 512;

/// Sizes of the network: features → hidden1 → [hidden2] → outputs.
struct NetworkShape {
    int inputs = 2;  ///< number of input features
    int hidden1 = 8; ///< 1 .. kMaxHiddenUnits
    int hidden2 = 0; ///< 0 for one hidden layer, else 1 .. kMaxHiddenUnits
    int outputs = 1;
    bool learnableSlopes = false; ///< PReLU: one learnable negative slope per hidden unit

    int hiddenLayers() const { return hidden2 > 0 ? 2 : 1; }
    int lastHidden() const { return hidden2 > 0 ? hidden2 : hidden1; }
    bool operator==(const NetworkShape &) const = default;
};

/**
 * Where each tensor lives in the flat parameter vector. Matrices are row-major:
 * W1 is inputs × hidden1, W2 is hidden1 × hidden2, and the output matrix Wo is stored
 * transposed (outputs × last hidden) so each output's weights are contiguous.
 * Order: W1 b1 [s1] [W2 b2 [s2]] Wo bo, where s are PReLU slopes.
 */
struct ParamLayout {
    static constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

    std::size_t w1 = 0, b1 = 0, s1 = none;
    std::size_t w2 = none, b2 = none, s2 = none;
    std::size_t wo = 0, bo = 0;
    std::size_t total = 0;

    struct Range {
        std::size_t begin = 0;
        std::size_t end = 0;
    };

    static ParamLayout of(const NetworkShape &shape);
    /// All parameters of each layer (weights, biases, slopes): hidden1, [hidden2], output.
    std::vector<Range> layers() const;
    /// The weight matrices only (W1, [W2], Wo): where L2 regularisation applies.
    std::vector<Range> weights() const;
};

} // namespace actlab
