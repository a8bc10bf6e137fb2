// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <span>

#include "network/hiddenactivation.h"
#include "network/initializer.h"
#include "network/networkkernels.h"
#include "network/networkshape.h"
#include "network/outputlayer.h"
#include "util/alignedallocator.h"

namespace actlab {

/**
 * The network: features → hidden layer(s) with one activation → output layer. Owns its
 * parameters as one flat vector (see ParamLayout); the passes themselves are the kernels in
 * networkkernels.h, run over shards by the engine's Trainer. The methods here are the simple
 * single-threaded entry points (tests, one-off predictions).
 */
class Network {
public:
    Network(const NetworkShape &shape, std::shared_ptr<const HiddenActivation> activation,
            OutputKind output, kernels::Isa isa = kernels::bestIsa());

    const NetworkShape &shape() const { return m_shape; }
    const ParamLayout &layout() const { return m_layout; }
    const HiddenActivation &activation() const { return *m_activation; }
    std::shared_ptr<const HiddenActivation> sharedActivation() const { return m_activation; }
    OutputKind output() const { return m_output; }
    kernels::Isa isa() const { return m_isa; }

    std::span<double> parameters() { return m_params; }
    std::span<const double> parameters() const { return m_params; }
    AlignedVector &parameterVector() { return m_params; }

    /**
     * Draws the weights: every weight matrix from its own random stream derived from the seed,
     * so a matrix's values depend only on the seed, its index and its shape (two networks that
     * differ in activation, or in PReLU slopes, start from the same weights). Biases are 0 and
     * PReLU slopes the activation's initial slope.
     */
    void initialise(Initializer init, std::uint64_t seed);

    kernels::ModelView view() const;

    /// Mean loss over the samples (rows of shape().inputs features); writes its gradient with
    /// respect to every parameter to `gradient` (layout().total values).
    double lossAndGradient(std::span<const double> features, std::span<const double> targets,
                           std::span<double> gradient) const;
    /// Mean loss without gradient.
    double loss(std::span<const double> features, std::span<const double> targets) const;
    /// Transformed outputs (probabilities or values), shape().outputs per sample.
    void predict(std::span<const double> features, std::span<double> outputs) const;

private:
    NetworkShape m_shape;
    ParamLayout m_layout;
    std::shared_ptr<const HiddenActivation> m_activation;
    OutputKind m_output;
    kernels::Isa m_isa;
    AlignedVector m_params;
};

} // namespace actlab
