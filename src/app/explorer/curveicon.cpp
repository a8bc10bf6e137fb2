// SPDX-License-Identifier: GPL-3.0-or-later
#include "curveicon.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "sampling/curvesampler.h"

namespace {

constexpr double kXMin = -4.0;
constexpr double kXMax = 4.0;
constexpr int kProbes = 49; // enough to find the vertical extent of every catalog shape

struct YRange {
    double lo = -1;
    double hi = 1;
};

YRange verticalRange(const actlab::ScalarFunction &function, actlab::Params params) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int i = 0; i < kProbes; ++i) {
        const double x = kXMin + (kXMax - kXMin) * i / (kProbes - 1);
        const double y = function.value(x, params);
        if (!std::isfinite(y))
            continue;
        lo = std::min(lo, y);
        hi = std::max(hi, y);
    }
    if (!(lo <= hi))
        return {};
    // Keep the x axis in view when it is close, so flat parts read as "zero" at a glance.
    const double span = std::max(hi - lo, 1e-9);
    if (lo > 0 && lo < 0.5 * span)
        lo = 0;
    if (hi < 0 && -hi < 0.5 * span)
        hi = 0;
    if (hi - lo < 1e-9) { // constant: centre it
        lo -= 1;
        hi += 1;
    }
    const double margin = 0.08 * (hi - lo);
    return {lo - margin, hi + margin};
}

QPixmap renderIcon(const actlab::ScalarFunction &function, actlab::Params params,
                   const QColor &curve, const QColor &axes, QSize size, qreal dpr) {
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);

    const YRange yr = verticalRange(function, params);
    const double w = size.width();
    const double h = size.height();
    const auto px = [&](double x) { return (x - kXMin) / (kXMax - kXMin) * (w - 2) + 1; };
    const auto py = [&](double y) { return (yr.hi - y) / (yr.hi - yr.lo) * (h - 2) + 1; };

    actlab::PlotViewport viewport;
    viewport.xMin = kXMin;
    viewport.xMax = kXMax;
    viewport.yMin = yr.lo;
    viewport.yMax = yr.hi;
    viewport.pixelWidth = (kXMax - kXMin) / (w * dpr);
    viewport.pixelHeight = (yr.hi - yr.lo) / (h * dpr);
    const std::vector<actlab::Polyline> pieces =
        actlab::sampleCurve(function, params, actlab::CurveOrder::Value, viewport);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(axes, 1.0));
    if (yr.lo < 0 && yr.hi > 0)
        painter.drawLine(QPointF(0, py(0)), QPointF(w, py(0)));
    painter.drawLine(QPointF(px(0), 0), QPointF(px(0), h));

    painter.setPen(QPen(curve, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setClipRect(QRectF(0, 0, w, h));
    for (const actlab::Polyline &piece : pieces) {
        if (piece.empty())
            continue;
        QPainterPath path(QPointF(px(piece.front().x), py(piece.front().y)));
        for (std::size_t i = 1; i < piece.size(); ++i)
            path.lineTo(px(piece[i].x), py(piece[i].y));
        if (piece.size() == 1) // an isolated point still deserves a dot
            painter.drawPoint(path.currentPosition());
        else
            painter.drawPath(path);
    }
    return pixmap;
}

} // namespace

QIcon curveIcon(const actlab::ScalarFunction &function, actlab::Params params, const QColor &curve,
                const QColor &axes, QSize size) {
    QIcon icon;
    icon.addPixmap(renderIcon(function, params, curve, axes, size, 1.0));
    icon.addPixmap(renderIcon(function, params, curve, axes, size, 2.0));
    return icon;
}
