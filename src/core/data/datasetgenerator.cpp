// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetgenerator.h"

#include <cassert>
#include <cmath>
#include <numbers>

#include "util/random.h"
#include "util/strings.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

constexpr double kPi = std::numbers::pi;

/// Coordinates live in [-6, 6]², the square TensorFlow Playground also shows.
constexpr double kExtent = 6;

void addPoint(Dataset &d, double x1, double x2, double target) {
    d.x1.push_back(x1);
    d.x2.push_back(x2);
    d.target.push_back(target);
}

void circle(Dataset &d, const DatasetOptions &o, Random &rng) {
    for (int i = 0; i < o.n; ++i) {
        const int label = i % 2;
        // Class 1 fills a disc of radius 2.5, class 0 a ring from 3.5 to 5: a clear gap.
        const double r = label ? 2.5 * std::sqrt(rng.uniform()) : rng.uniform(3.5, 5.0);
        const double angle = rng.uniform(0, 2 * kPi);
        addPoint(d, r * std::cos(angle) + o.noise * rng.normal(),
                 r * std::sin(angle) + o.noise * rng.normal(), label);
    }
}

void xorData(Dataset &d, const DatasetOptions &o, Random &rng) {
    for (int i = 0; i < o.n; ++i) {
        const int label = i % 2;
        // Pick the quadrant from the label, keep 0.3 away from the axes so the clean set is
        // separable, then jitter.
        const bool right = rng.uniform() < 0.5;
        const bool top = label ? right : !right;
        const double x = rng.uniform(0.3, 5.0) * (right ? 1 : -1);
        const double y = rng.uniform(0.3, 5.0) * (top ? 1 : -1);
        addPoint(d, x + o.noise * rng.normal(), y + o.noise * rng.normal(), label);
    }
}

void gauss(Dataset &d, const DatasetOptions &o, Random &rng) {
    const double sigma = 0.5 + 2 * o.noise;
    for (int i = 0; i < o.n; ++i) {
        const int label = i % o.classes;
        double cx, cy;
        if (o.classes == 2) {
            cx = cy = label ? 2.0 : -2.0;
        } else {
            const double angle = kPi / 4 + 2 * kPi * label / o.classes;
            cx = 3.5 * std::cos(angle);
            cy = 3.5 * std::sin(angle);
        }
        addPoint(d, cx + sigma * rng.normal(), cy + sigma * rng.normal(), label);
    }
}

void spiral(Dataset &d, const DatasetOptions &o, Random &rng) {
    const int perArm = (o.n + o.classes - 1) / o.classes;
    for (int i = 0; i < o.n; ++i) {
        const int label = i % o.classes;
        const double t = double(i / o.classes) / perArm;
        const double r = 5 * t + 0.2;
        const double angle = 1.75 * 2 * kPi * t + 2 * kPi * label / o.classes;
        addPoint(d, r * std::cos(angle) + o.noise * rng.normal(),
                 r * std::sin(angle) + o.noise * rng.normal(), label);
    }
}

void moons(Dataset &d, const DatasetOptions &o, Random &rng) {
    // The familiar two moons (upper one class 0), centred and scaled by 3.5 to fill the square.
    for (int i = 0; i < o.n; ++i) {
        const int label = i % 2;
        const double angle = rng.uniform(0, kPi);
        const double x = label ? 1 - std::cos(angle) : std::cos(angle);
        const double y = label ? 0.5 - std::sin(angle) : std::sin(angle);
        addPoint(d, 3.5 * (x - 0.5) + o.noise * rng.normal(),
                 3.5 * (y - 0.25) + o.noise * rng.normal(), label);
    }
}

void checkerboard(Dataset &d, const DatasetOptions &o, Random &rng) {
    constexpr double tile = 3; // 4 × 4 squares over [-6, 6]²
    for (int i = 0; i < o.n; ++i) {
        const double x = rng.uniform(-kExtent, kExtent);
        const double y = rng.uniform(-kExtent, kExtent);
        const int cell =
            int(std::floor((x + kExtent) / tile)) + int(std::floor((y + kExtent) / tile));
        addPoint(d, x + o.noise * rng.normal(), y + o.noise * rng.normal(), cell % 2);
    }
}

void regression1d(Dataset &d, const DatasetOptions &o, Random &rng) {
    const double sigma = 0.5 * o.noise;
    for (int i = 0; i < o.n; ++i) {
        const double x = rng.uniform(-kExtent, kExtent);
        double y = 0;
        switch (o.kind) {
        case DatasetKind::Sine:
            y = std::sin(x);
            break;
        case DatasetKind::Abs:
            y = std::abs(x) / 3 - 1;
            break;
        default: // Step
            y = x > 0 ? 1 : 0;
            break;
        }
        d.x1.push_back(x);
        d.target.push_back(y + sigma * rng.normal());
    }
}

void plane(Dataset &d, const DatasetOptions &o, Random &rng) {
    const double sigma = 0.5 * o.noise;
    for (int i = 0; i < o.n; ++i) {
        const double x = rng.uniform(-kExtent, kExtent);
        const double y = rng.uniform(-kExtent, kExtent);
        addPoint(d, x, y, (x + 2 * y) / 18 + sigma * rng.normal());
    }
}

} // namespace

const std::vector<DatasetKindInfo> &datasetKinds() {
    static const std::vector<DatasetKindInfo> kinds{
        {DatasetKind::Circle, "circle", QT_TRANSLATE_NOOP("Dataset", "Circle"), Task::Binary, 2,
         false},
        {DatasetKind::Xor, "xor", QT_TRANSLATE_NOOP("Dataset", "Exclusive or"), Task::Binary, 2,
         false},
        {DatasetKind::Gauss, "gauss", QT_TRANSLATE_NOOP("Dataset", "Gaussian blobs"), Task::Binary,
         2, true},
        {DatasetKind::Spiral, "spiral", QT_TRANSLATE_NOOP("Dataset", "Spiral"), Task::Binary, 2,
         true},
        {DatasetKind::Moons, "moons", QT_TRANSLATE_NOOP("Dataset", "Two moons"), Task::Binary, 2,
         false},
        {DatasetKind::Checkerboard, "checkerboard", QT_TRANSLATE_NOOP("Dataset", "Checkerboard"),
         Task::Binary, 2, false},
        {DatasetKind::Sine, "sine", QT_TRANSLATE_NOOP("Dataset", "Sine (1-D regression)"),
         Task::Regression, 1, false},
        {DatasetKind::Abs, "abs", QT_TRANSLATE_NOOP("Dataset", "Absolute value (1-D regression)"),
         Task::Regression, 1, false},
        {DatasetKind::Step, "step", QT_TRANSLATE_NOOP("Dataset", "Step (1-D regression)"),
         Task::Regression, 1, false},
        {DatasetKind::Plane, "plane", QT_TRANSLATE_NOOP("Dataset", "Plane (2-D regression)"),
         Task::Regression, 2, false},
    };
    return kinds;
}

const DatasetKindInfo &datasetKindInfo(DatasetKind kind) {
    for (const DatasetKindInfo &info : datasetKinds())
        if (info.kind == kind)
            return info;
    return datasetKinds().front();
}

std::optional<DatasetKind> datasetKindFromKey(std::string_view key) {
    for (const DatasetKindInfo &info : datasetKinds())
        if (equalsIgnoringCase(info.key, key))
            return info.kind;
    return std::nullopt;
}

std::optional<DatasetOptionsError> validateDatasetOptions(const DatasetOptions &options) {
    if (options.n < kMinDatasetSize || options.n > kMaxDatasetSize)
        return DatasetOptionsError::SizeOutOfRange;
    if (!(options.noise >= 0 && options.noise <= 1))
        return DatasetOptionsError::NoiseOutOfRange;
    if (options.classes < 2 || options.classes > kMaxClasses)
        return DatasetOptionsError::ClassesOutOfRange;
    if (options.classes != 2 && !datasetKindInfo(options.kind).multiClass)
        return DatasetOptionsError::ClassesNotSupported;
    return std::nullopt;
}

Dataset generateDataset(const DatasetOptions &options) {
    assert(!validateDatasetOptions(options));
    const DatasetKindInfo &info = datasetKindInfo(options.kind);
    Dataset d;
    d.inputDims = info.inputDims;
    d.task = info.task == Task::Regression ? Task::Regression
             : options.classes > 2         ? Task::MultiClass
                                           : Task::Binary;
    d.classes = info.task == Task::Regression ? 0 : options.classes;
    d.x1.reserve(std::size_t(options.n));
    d.target.reserve(std::size_t(options.n));
    if (d.inputDims == 2)
        d.x2.reserve(std::size_t(options.n));

    Random rng(options.seed);
    switch (options.kind) {
    case DatasetKind::Circle:
        circle(d, options, rng);
        break;
    case DatasetKind::Xor:
        xorData(d, options, rng);
        break;
    case DatasetKind::Gauss:
        gauss(d, options, rng);
        break;
    case DatasetKind::Spiral:
        spiral(d, options, rng);
        break;
    case DatasetKind::Moons:
        moons(d, options, rng);
        break;
    case DatasetKind::Checkerboard:
        checkerboard(d, options, rng);
        break;
    case DatasetKind::Sine:
    case DatasetKind::Abs:
    case DatasetKind::Step:
        regression1d(d, options, rng);
        break;
    case DatasetKind::Plane:
        plane(d, options, rng);
        break;
    }
    d.domain = d.inputDims == 2 ? Domain{-kExtent, kExtent, -kExtent, kExtent}
                                : Domain{-kExtent, kExtent, -1.6, 1.6};
    return d;
}

} // namespace actlab
