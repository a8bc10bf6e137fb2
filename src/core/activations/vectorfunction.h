// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include "scalarfunction.h"

namespace actlab {

/**
 * A vector activation y = F(x; params) (softmax, log_softmax, softmin, sparsemax, glu).
 * Output size may differ from the input size (glu halves it).
 */
class VectorFunction {
public:
    virtual ~VectorFunction() = default;

    virtual std::size_t outputSize(std::size_t inputSize) const { return inputSize; }
    /// Whether this input size is allowed (glu needs an even length); empty is never allowed.
    virtual bool acceptsSize(std::size_t inputSize) const { return inputSize > 0; }
    virtual void apply(std::span<const double> x, Params p, std::span<double> y) const = 0;
    /// Row-major Jacobian dy_i/dx_j, outputSize(n) rows by n columns.
    virtual void jacobian(std::span<const double> x, Params p, std::span<double> jac) const = 0;
};

} // namespace actlab
