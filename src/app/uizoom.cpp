// SPDX-License-Identifier: GPL-3.0-or-later
#include "uizoom.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QApplication>
#include <QFont>

#include "settings.h"

namespace UiZoom {
namespace {

constexpr std::array kSteps{0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0};

double g_factor = 1.0;
double g_presentation = 1.0;

/// The application font before any zoom: the system's choice, captured once.
const QFont &baseFont() {
    static const QFont font = QApplication::font();
    return font;
}

void applyFont() {
    QFont font = baseFont();
    const double scale = effectiveFactor();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(int(std::lround(font.pixelSize() * scale)));
    QApplication::setFont(font); // every widget without a font of its own follows
}

} // namespace

double factor() {
    return g_factor;
}

double setFactor(double wanted) {
    if (!std::isfinite(wanted))
        wanted = 1.0;
    g_factor = std::clamp(wanted, kMinimum, kMaximum);
    applyFont();
    SettingsKeys::uiZoom.set(g_factor);
    return g_factor;
}

double step(int direction) {
    const double now = g_factor;
    if (direction > 0) {
        for (double s : kSteps)
            if (s > now + 1e-9)
                return setFactor(s);
        return setFactor(kSteps.back());
    }
    for (auto it = kSteps.rbegin(); it != kSteps.rend(); ++it)
        if (*it < now - 1e-9)
            return setFactor(*it);
    return setFactor(kSteps.front());
}

void restore() {
    baseFont(); // capture the system font before anything changes it
    const double saved = SettingsKeys::uiZoom.get();
    if (saved != 1.0)
        setFactor(saved);
}

void setPresentationScale(double scale) {
    g_presentation = std::isfinite(scale) && scale > 0 ? scale : 1.0;
    applyFont();
}

double presentationScale() {
    return g_presentation;
}

double effectiveFactor() {
    return g_factor * g_presentation;
}

} // namespace UiZoom
