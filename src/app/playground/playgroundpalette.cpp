// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundpalette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace PlaygroundPalette {

namespace {
// Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, yellow, blue,
// vermilion, reddish purple, black. Class 0 and 1 are orange and blue, the most separable pair.
constexpr std::array<QRgb, 8> okabeIto = {0xffe69f00, 0xff0072b2, 0xff009e73, 0xffcc79a7,
                                          0xff56b4e9, 0xffd55e00, 0xfff0e442, 0xff000000};
} // namespace

QColor classColor(int k) {
    return QColor::fromRgb(okabeIto[static_cast<std::size_t>(std::abs(k)) % okabeIto.size()]);
}

QColor negativeColor() {
    return QColor::fromRgb(okabeIto[0]);
}
QColor positiveColor() {
    return QColor::fromRgb(okabeIto[1]);
}
QColor neutralColor() {
    return QColor(0xf7, 0xf7, 0xf7);
}

QColor shade(const QColor &c, double amount) {
    const double a = std::clamp(amount, 0.0, 1.0);
    const QColor n = neutralColor();
    return QColor(static_cast<int>(n.red() + (c.red() - n.red()) * a),
                  static_cast<int>(n.green() + (c.green() - n.green()) * a),
                  static_cast<int>(n.blue() + (c.blue() - n.blue()) * a));
}

QRgb diverging(double t) {
    if (!std::isfinite(t))
        return neutralColor().rgb();
    t = std::clamp(t, -1.0, 1.0);
    return (t < 0 ? shade(negativeColor(), -t) : shade(positiveColor(), t)).rgb();
}

std::array<QRgb, 256> shadeRamp(const QColor &c) {
    std::array<QRgb, 256> ramp{};
    for (std::size_t i = 0; i < ramp.size(); ++i)
        ramp[i] = shade(c, double(i) / 255).rgb();
    return ramp;
}

const std::array<QRgb, 511> &divergingRamp() {
    static const std::array<QRgb, 511> ramp = [] {
        std::array<QRgb, 511> r{};
        for (std::size_t i = 0; i < r.size(); ++i)
            r[i] = diverging(double(i) / 255 - 1);
        return r;
    }();
    return ramp;
}

QColor runColor(int r) {
    static constexpr std::array<QRgb, 4> runs = {0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7};
    return QColor::fromRgb(runs[static_cast<std::size_t>(std::abs(r)) % runs.size()]);
}

} // namespace PlaygroundPalette
