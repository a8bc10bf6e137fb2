// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QColor>

/**
 * Colours of the playground views. The class colours are the Okabe–Ito set, chosen because
 * they stay distinguishable under the common forms of colour blindness; binary maps use its
 * orange/blue pair, the same pair as the sign of a weight in the network diagram.
 */
namespace PlaygroundPalette {

/// Colour of class k (wraps after eight classes).
QColor classColor(int k);
/// Negative side of a diverging scale (orange), positive side (blue).
QColor negativeColor();
QColor positiveColor();
/// Background colour that confidence shading fades towards.
QColor neutralColor();
/// Mixes `c` with the neutral colour: amount 0 gives neutral, 1 gives `c`.
QColor shade(const QColor &c, double amount);
/// Diverging colour for t in [-1, 1]: orange for negative, neutral at 0, blue for positive.
QRgb diverging(double t);
/// shade(c, i / 255) for i = 0 .. 255: per-pixel loops index this instead of mixing colours.
std::array<QRgb, 256> shadeRamp(const QColor &c);
/// diverging(t) at t = i / 255 − 1 for i = 0 .. 510 (index with lround((t + 1) · 255)).
const std::array<QRgb, 511> &divergingRamp();
/// diverging(t) through the ramp: the fast form for whole images.
inline QRgb divergingFast(double t) {
    if (t != t) // NaN: neutral
        t = 0;
    t = t < -1 ? -1 : (t > 1 ? 1 : t);
    return divergingRamp()[static_cast<std::size_t>((t + 1) * 255 + 0.5)];
}
/// Colour of run r in race mode (first run blue, second vermilion, ...).
QColor runColor(int r);

} // namespace PlaygroundPalette
