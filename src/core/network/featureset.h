// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace actlab {

/// Inputs the network can be given, computed from the point (x1, x2).
enum class Feature : std::uint32_t {
    X1 = 1u << 0,
    X2 = 1u << 1,
    X1Squared = 1u << 2,
    X2Squared = 1u << 3,
    X1X2 = 1u << 4,
    SinX1 = 1u << 5,
    SinX2 = 1u << 6,
};

inline constexpr int kFeatureCount = 7;
inline constexpr int kMaxFeatures = kFeatureCount;

/**
 * A set of input features, always expanded in the order of the Feature enum (x1, x2, x1², x2²,
 * x1·x2, sin x1, sin x2), so a network's first-layer weights line up with it.
 */
class FeatureSet {
public:
    /// x1 and x2, the plain inputs.
    FeatureSet() = default;
    static FeatureSet fromMask(std::uint32_t mask) { return FeatureSet(mask); }
    /// A comma-separated list of keys ("x1,x2,x1*x2"); nullopt if a key is unknown or the list
    /// is empty.
    static std::optional<FeatureSet> parse(std::string_view list);

    std::uint32_t mask() const { return m_mask; }
    bool has(Feature f) const { return (m_mask & std::uint32_t(f)) != 0; }
    FeatureSet with(Feature f, bool on = true) const {
        return FeatureSet(on ? (m_mask | std::uint32_t(f)) : (m_mask & ~std::uint32_t(f)));
    }
    int count() const;
    /// At least one feature, and for 1-D data only features of x1.
    bool validFor(int inputDims) const;
    /// Writes count() values for the point (x1, x2) to `out`.
    void expand(double x1, double x2, double *out) const;
    /// Keys joined by commas, the format parse() reads.
    std::string toString() const;

    /// Stable key of a single feature: "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)".
    /// Mathematical notation: not translated.
    static const char *key(Feature f);
    static Feature featureAt(int index) { return Feature(1u << index); }

    bool operator==(const FeatureSet &) const = default;

private:
    explicit FeatureSet(std::uint32_t mask)
        : m_mask(mask & ((1u << kFeatureCount) - 1)) {}
    std::uint32_t m_mask = std::uint32_t(Feature::X1) | std::uint32_t(Feature::X2);
};

} // namespace actlab
