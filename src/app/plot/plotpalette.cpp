// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotpalette.h"

#include <array>
#include <cmath>

namespace {

// Okabe & Ito (2008), "Color Universal Design". On a light background the darker hues lead; on a
// dark one the lighter hues do, so the primary curve always has the strongest contrast.
constexpr std::array<QRgb, 7> lightCurves{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                          0xE69F00, 0x56B4E9, 0x000000};
constexpr std::array<QRgb, 7> darkCurves{0x56B4E9, 0xE69F00, 0x009E73, 0xCC79A7,
                                         0xF0E442, 0xD55E00, 0xFFFFFF};

double g_lineWidthScale = 1.0;

} // namespace

PlotPalette PlotPalette::forTheme(PlotTheme theme) {
    PlotPalette p;
    if (theme == PlotTheme::Dark) {
        p.background = QColor(0x1f, 0x23, 0x29);
        p.foreground = QColor(0xe6, 0xe6, 0xe6);
        p.grid = QColor(0x38, 0x3d, 0x45);
        p.zeroLine = QColor(0x8b, 0x93, 0x9e);
        p.guide = QColor(0xb0, 0xb4, 0xba);
        p.legendBackground = QColor(0x1f, 0x23, 0x29, 225);
        p.legendBorder = QColor(0x55, 0x5b, 0x64);
        p.tracer = QColor(0xc8, 0xcc, 0xd2);
        p.readoutBackground = QColor(0x2a, 0x2f, 0x37, 235);
    } else {
        p.background = Qt::white;
        p.foreground = QColor(0x20, 0x20, 0x20);
        p.grid = QColor(0xe3, 0xe3, 0xe3);
        p.zeroLine = QColor(0x90, 0x90, 0x90);
        p.guide = QColor(0x6e, 0x6e, 0x6e);
        p.legendBackground = QColor(255, 255, 255, 225);
        p.legendBorder = QColor(0xc0, 0xc0, 0xc0);
        p.tracer = QColor(0x55, 0x55, 0x55);
        p.readoutBackground = QColor(0xfa, 0xfa, 0xfa, 235);
    }
    return p;
}

QColor PlotPalette::curveColour(PlotTheme theme, int index) {
    const auto &colours = theme == PlotTheme::Dark ? darkCurves : lightCurves;
    return QColor(colours[std::size_t(index) % colours.size()]);
}

Qt::PenStyle PlotPalette::penStyle(int order) {
    switch (order) {
    case 1:
        return Qt::DashLine;
    case 2:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

double PlotPalette::penWidth(int order) {
    return lineWidth(order == 0 ? 3.0 : 2.5);
}

void PlotPalette::setLineWidthScale(double scale) {
    g_lineWidthScale = std::isfinite(scale) && scale > 0 ? scale : 1.0;
}

double PlotPalette::lineWidthScale() {
    return g_lineWidthScale;
}

double PlotPalette::lineWidth(double width) {
    return width * g_lineWidthScale;
}
