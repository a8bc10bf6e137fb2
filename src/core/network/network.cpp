// SPDX-License-Identifier: GPL-3.0-or-later
#include "network.h"

#include <numeric>
#include <vector>

#include "util/random.h"

namespace actlab {

Network::Network(const NetworkShape &shape, std::shared_ptr<const HiddenActivation> activation,
                 OutputKind output, kernels::Isa isa)
    : m_shape(shape)
    , m_layout(ParamLayout::of(shape))
    , m_activation(std::move(activation))
    , m_output(output)
    , m_isa(isa)
    , m_params(m_layout.total, 0.0) {}

void Network::initialise(Initializer init, std::uint64_t seed) {
    std::fill(m_params.begin(), m_params.end(), 0.0);
    const auto fill = [&](std::size_t offset, int rows, int cols, int fanIn, int fanOut,
                          std::uint64_t stream) {
        Random rng(Random::mix(seed, stream));
        const double scale = initializerScale(init, fanIn, fanOut);
        const bool uniform = initializerIsUniform(init);
        const std::size_t n = std::size_t(rows) * std::size_t(cols);
        for (std::size_t i = 0; i < n; ++i)
            m_params[offset + i] = uniform ? rng.uniform(-scale, scale) : scale * rng.normal();
    };
    const NetworkShape &s = m_shape;
    fill(m_layout.w1, s.inputs, s.hidden1, s.inputs, s.hidden1, 1);
    if (s.hidden2 > 0)
        fill(m_layout.w2, s.hidden1, s.hidden2, s.hidden1, s.hidden2, 2);
    fill(m_layout.wo, s.outputs, s.lastHidden(), s.lastHidden(), s.outputs, 3);
    if (s.learnableSlopes) {
        const double slope = m_activation->initialSlope;
        std::fill_n(m_params.begin() + std::ptrdiff_t(m_layout.s1), s.hidden1, slope);
        if (s.hidden2 > 0)
            std::fill_n(m_params.begin() + std::ptrdiff_t(m_layout.s2), s.hidden2, slope);
    }
}

kernels::ModelView Network::view() const {
    return {m_shape, m_layout, m_params.data(), m_activation.get(), m_output, m_isa};
}

double Network::lossAndGradient(std::span<const double> features, std::span<const double> targets,
                                std::span<double> gradient) const {
    const std::size_t n = targets.size();
    std::fill(gradient.begin(), gradient.end(), 0.0);
    if (n == 0)
        return 0;
    std::vector<std::uint32_t> indices(n);
    std::iota(indices.begin(), indices.end(), 0u);
    kernels::Workspace ws;
    ws.prepare(m_shape);
    kernels::TrainChunkArgs args;
    args.model = view();
    args.features = features.data();
    args.targets = targets.data();
    args.indices = indices.data();
    args.count = n;
    args.scale = 1.0 / double(n);
    args.grad = gradient.data();
    args.workspace = &ws;
    return kernels::trainChunk(args) / double(n);
}

double Network::loss(std::span<const double> features, std::span<const double> targets) const {
    const std::size_t n = targets.size();
    if (n == 0)
        return 0;
    kernels::Workspace ws;
    ws.prepare(m_shape);
    kernels::EvalChunkArgs args;
    args.model = view();
    args.features = features.data();
    args.targets = targets.data();
    args.count = n;
    args.workspace = &ws;
    return kernels::evalChunk(args).lossSum / double(n);
}

void Network::predict(std::span<const double> features, std::span<double> outputs) const {
    kernels::Workspace ws;
    ws.prepare(m_shape);
    kernels::EvalChunkArgs args;
    args.model = view();
    args.features = features.data();
    args.count = features.size() / std::size_t(m_shape.inputs);
    args.outputs = outputs.data();
    args.workspace = &ws;
    kernels::evalChunk(args);
}

} // namespace actlab
