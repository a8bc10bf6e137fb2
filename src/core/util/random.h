// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace actlab {

/**
 * A small, fully specified pseudo-random generator (xoshiro256**, seeded through splitmix64).
 * The standard library's distributions are implementation-defined, so datasets, initial weights
 * and shuffles use this instead: a seed means the same numbers with every compiler.
 */
class Random {
public:
    explicit Random(std::uint64_t seed);

    /// Derives an independent seed from a base seed and a stream number, so that for example
    /// the weights of layer 2 do not depend on how many numbers layer 1 consumed.
    static std::uint64_t mix(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    /// Uniform in [0, 1), 53 random bits.
    double uniform();
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Standard normal (Marsaglia's polar method).
    double normal();
    /// Uniform integer in [0, n), without modulo bias; n > 0.
    std::uint64_t below(std::uint64_t n);

private:
    std::uint64_t m_state[4];
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

} // namespace actlab
