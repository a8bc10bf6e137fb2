// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace actlab {

/**
 * Allocates on 64-byte boundaries (a cache line, and enough for any SIMD width). Buffers the
 * training kernels read then start at the same alignment wherever they live, so vectorised
 * loops take the same path, and give the same bits, for every chunk and thread.
 */
template <class T> struct AlignedAllocator {
    using value_type = T;
    static constexpr std::align_val_t alignment{64};

    AlignedAllocator() = default;
    template <class U> AlignedAllocator(const AlignedAllocator<U> &) {}

    T *allocate(std::size_t n) {
        return static_cast<T *>(::operator new(n * sizeof(T), alignment));
    }
    void deallocate(T *p, std::size_t) { ::operator delete(p, alignment); }

    template <class U> bool operator==(const AlignedAllocator<U> &) const { return true; }
};

using AlignedVector = std::vector<double, AlignedAllocator<double>>;

} // namespace actlab
