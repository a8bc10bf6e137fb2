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

/// The application font before any zoom: the system's choice, captured once.
const QFont &baseFont() {
    static const QFont font = QApplication::font();
    return font;
}

} // namespace

double factor() {
    return g_factor;
}

double setFactor(double wanted) {
    if (!std::isfinite(wanted))
        wanted = 1.0;
    g_factor = std::clamp(wanted, kMinimum, kMaximum);
    QFont font = baseFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * g_factor);
    else
        font.setPixelSize(int(std::lround(font.pixelSize() * g_factor)));
    QApplication::setFont(font); // every widget without a font of its own follows
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

} // namespace UiZoom
