// SPDX-License-Identifier: GPL-3.0-or-later
#include "initializer.h"

#include <cmath>

#include "util/strings.h"

namespace actlab {
namespace {

constexpr Initializer kAll[] = {Initializer::GlorotUniform, Initializer::GlorotNormal,
                                Initializer::HeUniform,     Initializer::HeNormal,
                                Initializer::LecunUniform,  Initializer::LecunNormal};

} // namespace

const char *initializerKey(Initializer init) {
    switch (init) {
    case Initializer::GlorotUniform:
        return "glorot_uniform";
    case Initializer::GlorotNormal:
        return "glorot_normal";
    case Initializer::HeUniform:
        return "he_uniform";
    case Initializer::HeNormal:
        return "he_normal";
    case Initializer::LecunUniform:
        return "lecun_uniform";
    case Initializer::LecunNormal:
        return "lecun_normal";
    }
    return "";
}

std::optional<Initializer> initializerFromKey(std::string_view key) {
    for (Initializer i : kAll)
        if (equalsIgnoringCase(key, initializerKey(i)))
            return i;
    return std::nullopt;
}

bool initializerIsUniform(Initializer init) {
    return init == Initializer::GlorotUniform || init == Initializer::HeUniform ||
           init == Initializer::LecunUniform;
}

double initializerScale(Initializer init, int fanIn, int fanOut) {
    const double in = fanIn, out = fanOut;
    switch (init) {
    case Initializer::GlorotUniform:
        return std::sqrt(6 / (in + out));
    case Initializer::GlorotNormal:
        return std::sqrt(2 / (in + out));
    case Initializer::HeUniform:
        return std::sqrt(6 / in);
    case Initializer::HeNormal:
        return std::sqrt(2 / in);
    case Initializer::LecunUniform:
        return std::sqrt(3 / in);
    case Initializer::LecunNormal:
        return std::sqrt(1 / in);
    }
    return 0;
}

} // namespace actlab
