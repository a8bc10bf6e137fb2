// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "data/dataset.h"

namespace actlab {

enum class DatasetKind {
    Circle,       ///< a disc of class 1 inside a ring of class 0
    Xor,          ///< the four quadrants, diagonal quadrants share a class
    Gauss,        ///< Gaussian blobs (two, or K with classes = K)
    Spiral,       ///< interleaved spiral arms (two, or K with classes = K)
    Moons,        ///< two interleaving half circles
    Checkerboard, ///< a 4 × 4 board of alternating squares
    Sine,         ///< 1-D regression: y = sin x
    Abs,          ///< 1-D regression: y = |x| / 3 − 1
    Step,         ///< 1-D regression: y = 1 for x > 0, else 0
    Plane,        ///< 2-D regression: y = (x1 + 2 x2) / 18
};

struct DatasetKindInfo {
    DatasetKind kind;
    const char *key;  ///< "circle", "xor", ... (used by the CLI and in files; not translated)
    const char *name; ///< English display name, QT_TRANSLATE_NOOP("Dataset", ...)
    Task task;        ///< with the default two classes
    int inputDims;
    bool multiClass; ///< accepts classes = K > 2
};

/// Every generator, in menu order.
const std::vector<DatasetKindInfo> &datasetKinds();
const DatasetKindInfo &datasetKindInfo(DatasetKind kind);
/// By key, case-insensitive; nullopt when unknown.
std::optional<DatasetKind> datasetKindFromKey(std::string_view key);

/// Limits the generator accepts.
inline constexpr int kMinDatasetSize = 4;
inline constexpr int kMaxDatasetSize = 1'000'000;
inline constexpr int kMaxClasses = 10;

struct DatasetOptions {
    DatasetKind kind = DatasetKind::Circle;
    int n = 500;      ///< number of points, kMinDatasetSize .. kMaxDatasetSize
    double noise = 0; ///< 0 (clean) .. 1 (classes overlap heavily)
    std::uint64_t seed = 1;
    int classes = 2; ///< K for Spiral and Gauss (2 .. kMaxClasses); must be 2 elsewhere
};

enum class DatasetOptionsError {
    SizeOutOfRange,
    NoiseOutOfRange,
    ClassesOutOfRange,   ///< classes outside 2 .. kMaxClasses
    ClassesNotSupported, ///< classes != 2 for a generator without a multi-class form
};

/// The first problem with the options, or nullopt when they are valid.
std::optional<DatasetOptionsError> validateDatasetOptions(const DatasetOptions &options);

/**
 * Generates a dataset. Classes are balanced (point i belongs to class i mod K before noise).
 * Noise is Gaussian jitter of the inputs (classification) or of the target (regression), with
 * a standard deviation proportional to `noise`. Same options, same points, on every platform.
 * The options must be valid (validateDatasetOptions).
 */
Dataset generateDataset(const DatasetOptions &options);

} // namespace actlab
