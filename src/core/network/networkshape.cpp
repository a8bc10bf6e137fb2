// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkshape.h"

namespace actlab {

ParamLayout ParamLayout::of(const NetworkShape &s) {
    ParamLayout l;
    const auto units = [](int n) { return std::size_t(n); };
    std::size_t at = 0;
    l.w1 = at;
    at += units(s.inputs) * units(s.hidden1);
    l.b1 = at;
    at += units(s.hidden1);
    if (s.learnableSlopes) {
        l.s1 = at;
        at += units(s.hidden1);
    }
    if (s.hidden2 > 0) {
        l.w2 = at;
        at += units(s.hidden1) * units(s.hidden2);
        l.b2 = at;
        at += units(s.hidden2);
        if (s.learnableSlopes) {
            l.s2 = at;
            at += units(s.hidden2);
        }
    }
    l.wo = at;
    at += units(s.outputs) * units(s.lastHidden());
    l.bo = at;
    at += units(s.outputs);
    l.total = at;
    return l;
}

std::vector<ParamLayout::Range> ParamLayout::layers() const {
    std::vector<Range> out;
    out.push_back({w1, w2 != none ? w2 : wo});
    if (w2 != none)
        out.push_back({w2, wo});
    out.push_back({wo, total});
    return out;
}

std::vector<ParamLayout::Range> ParamLayout::weights() const {
    std::vector<Range> out;
    out.push_back({w1, b1});
    if (w2 != none)
        out.push_back({w2, b2});
    out.push_back({wo, bo});
    return out;
}

} // namespace actlab
