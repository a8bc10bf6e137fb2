// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelprobe.h"

#include <algorithm>
#include <cmath>

#include "network/networkkernels.h"

namespace actlab {

void computeHiddenUnitMaps(const Network &network, const FeatureSet &features, const Domain &domain,
                           int inputDims, int size, HiddenUnitMaps &out) {
    const NetworkShape &shape = network.shape();
    const ParamLayout &layout = network.layout();
    const std::span<const double> p = network.parameters();
    const int width = std::max(1, size);
    const int height = inputDims == 1 ? 1 : width;
    const int h = shape.hidden1;
    const int inputs = shape.inputs;
    const std::size_t cells = static_cast<std::size_t>(width) * height;
    out.units = h;
    out.width = width;
    out.height = height;
    out.values.assign(cells * h, 0.0f);

    // Pre-activations of every cell for every unit: z = b1 + x · W1 (W1 is inputs × hidden1).
    std::vector<double> z(cells * h);
    std::vector<double> x(static_cast<std::size_t>(inputs));
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c) {
            const double x1 = domain.x1Min + (c + 0.5) * (domain.x1Max - domain.x1Min) / width;
            const double x2 =
                height == 1 ? 0.0
                            : domain.x2Min + (r + 0.5) * (domain.x2Max - domain.x2Min) / height;
            features.expand(x1, x2, x.data());
            const std::size_t cell = static_cast<std::size_t>(r) * width + c;
            for (int j = 0; j < h; ++j) {
                double sum = p[layout.b1 + j];
                for (int i = 0; i < inputs; ++i)
                    sum += x[i] * p[layout.w1 + static_cast<std::size_t>(i) * h + j];
                z[static_cast<std::size_t>(j) * cells + cell] = sum;
            }
        }

    const HiddenActivation &activation = network.activation();
    std::vector<double> f(cells), df(cells);
    for (int j = 0; j < h; ++j) {
        const std::span<const double> zj(z.data() + static_cast<std::size_t>(j) * cells, cells);
        if (activation.learnableSlope && layout.s1 != ParamLayout::none) {
            // PReLU: each unit has its own learnt slope, which the catalog function cannot know.
            const double slope = p[layout.s1 + j];
            for (std::size_t k = 0; k < cells; ++k)
                f[k] = zj[k] > 0 ? zj[k] : slope * zj[k];
        } else {
            // The training kernels' own f (vectorised; f' comes with it and is not needed).
            kernels::applyActivation(network.isa(), activation, zj.data(), f.data(), df.data(),
                                     cells);
        }
        float *dst = out.values.data() + static_cast<std::size_t>(j) * cells;
        for (std::size_t k = 0; k < cells; ++k)
            dst[k] = std::isfinite(f[k]) ? static_cast<float>(f[k]) : 0.0f;
    }
}

std::vector<std::int64_t> confusionMatrix(const Network &network, const FeatureSet &features,
                                          const Dataset &data) {
    if (!data.isClassification() || data.size() == 0)
        return {};
    const int k = std::max(2, data.classes);
    const int inputs = network.shape().inputs;
    const int outputs = network.shape().outputs;
    std::vector<double> x(data.size() * inputs);
    for (std::size_t i = 0; i < data.size(); ++i)
        features.expand(data.x1[i], data.inputDims > 1 ? data.x2[i] : 0.0, &x[i * inputs]);
    std::vector<double> y(data.size() * outputs);
    network.predict(x, y);
    std::vector<std::int64_t> counts(static_cast<std::size_t>(k) * k, 0);
    for (std::size_t i = 0; i < data.size(); ++i) {
        const double *o = &y[i * outputs];
        int predicted = 0;
        if (outputs == 1) {
            predicted = o[0] >= 0.5 ? 1 : 0;
        } else {
            for (int c = 1; c < outputs; ++c)
                if (o[c] > o[predicted])
                    predicted = c;
        }
        const int truth = static_cast<int>(data.target[i]);
        if (truth >= 0 && truth < k && predicted < k)
            ++counts[static_cast<std::size_t>(truth) * k + predicted];
    }
    return counts;
}

} // namespace actlab
