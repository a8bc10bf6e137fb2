// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitmapsview.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "playgroundpalette.h"
#include "uinumber.h"

namespace {
constexpr int kThumb = 52;   // thumbnail side
constexpr int kGap = 6;      // space between thumbnails
constexpr int kCaption = 14; // unit number under each thumbnail
constexpr int kPopup = 240;  // side of the enlarged map
} // namespace

UnitMapsView::UnitMapsView(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

UnitMapsView::~UnitMapsView() = default;

void UnitMapsView::setMaps(UnitMaps maps) {
    const bool relayout = maps.units != m_maps.units;
    m_maps = std::move(maps);
    m_thumbs.resize(static_cast<std::size_t>(std::max(0, m_maps.units)));
    for (int u = 0; u < m_maps.units; ++u)
        m_thumbs[static_cast<std::size_t>(u)] = renderUnit(u, kThumb, false);
    if (relayout)
        updateGeometry();
    if (m_hovered >= m_maps.units)
        hidePopup();
    else if (m_hovered >= 0 && isPopupVisible())
        m_popup->setPixmap(QPixmap::fromImage(renderUnit(m_hovered, kPopup)));
    update();
}

int UnitMapsView::columnsFor(int w) const {
    return std::max(1, (w + kGap) / (kThumb + kGap));
}

int UnitMapsView::heightForWidth(int w) const {
    const int cols = columnsFor(w);
    const int rows = (std::max(1, m_maps.units) + cols - 1) / cols;
    return rows * (kThumb + kCaption + kGap);
}

QSize UnitMapsView::sizeHint() const {
    const int w = 4 * (kThumb + kGap);
    return {w, heightForWidth(w)};
}

QRect UnitMapsView::cellRect(int unit) const {
    const int cols = columnsFor(width());
    return {(unit % cols) * (kThumb + kGap), (unit / cols) * (kThumb + kCaption + kGap), kThumb,
            kThumb};
}

int UnitMapsView::unitAt(const QPoint &pos) const {
    for (int u = 0; u < m_maps.units; ++u)
        if (cellRect(u).contains(pos))
            return u;
    return -1;
}

QImage UnitMapsView::renderUnit(int unit, int side, bool smooth) const {
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(PlaygroundPalette::neutralColor());
    if (!m_maps.isValid() || unit < 0 || unit >= m_maps.units)
        return image;
    const std::size_t cells = static_cast<std::size_t>(m_maps.columns) * m_maps.rows;
    const float *v = m_maps.values.data() + cells * unit;
    double scale = 0;
    for (std::size_t i = 0; i < cells; ++i)
        if (std::isfinite(v[i]))
            scale = std::max(scale, double(std::abs(v[i])));
    scale = std::max(scale, 1e-9);

    if (m_maps.rows == 1) {
        // 1-D input: the unit's response curve, on a symmetric vertical scale.
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0, 0, 0, 50), 1));
        p.drawLine(0, side / 2, side, side / 2);
        QPainterPath path;
        bool open = false;
        for (int c = 0; c < m_maps.columns; ++c) {
            if (!std::isfinite(v[c])) {
                open = false;
                continue;
            }
            const QPointF pt((c + 0.5) * side / m_maps.columns,
                             side / 2.0 - 0.45 * side * v[c] / scale);
            open ? path.lineTo(pt) : path.moveTo(pt);
            open = true;
        }
        p.setPen(QPen(PlaygroundPalette::positiveColor(), std::max(1.2, side / 60.0)));
        p.drawPath(path);
        return image;
    }
    QImage cellsImage(m_maps.columns, m_maps.rows, QImage::Format_RGB32);
    for (int r = 0; r < m_maps.rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(cellsImage.scanLine(m_maps.rows - 1 - r));
        for (int c = 0; c < m_maps.columns; ++c)
            line[c] = PlaygroundPalette::divergingFast(
                v[static_cast<std::size_t>(r) * m_maps.columns + c] / scale);
    }
    return cellsImage.scaled(side, side, Qt::IgnoreAspectRatio,
                             smooth ? Qt::SmoothTransformation : Qt::FastTransformation);
}

void UnitMapsView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    for (int u = 0; u < m_maps.units; ++u) {
        const QRect r = cellRect(u);
        p.drawImage(r, m_thumbs[static_cast<std::size_t>(u)]);
        p.setPen(QPen(u == m_hovered ? palette().color(QPalette::Highlight)
                                     : palette().color(QPalette::Mid),
                      u == m_hovered ? 2 : 1));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(r.left(), r.bottom() + 1, r.width(), kCaption), Qt::AlignCenter,
                   UiNumber::whole(u + 1));
    }
}

void UnitMapsView::mouseMoveEvent(QMouseEvent *event) {
    const int unit = unitAt(event->position().toPoint());
    if (unit != m_hovered) {
        m_hovered = unit;
        if (unit < 0)
            hidePopup();
        else
            showPopup(unit, event->globalPosition().toPoint());
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void UnitMapsView::showPopup(int unit, const QPoint &globalPos) {
    if (!m_popup) {
        m_popup = std::make_unique<QLabel>(nullptr, Qt::ToolTip);
        m_popup->setFrameShape(QFrame::Box);
        m_popup->setAlignment(Qt::AlignCenter);
    }
    m_popup->setPixmap(QPixmap::fromImage(renderUnit(unit, kPopup)));
    m_popup->setToolTip(QString());
    m_popup->adjustSize();
    m_popup->move(globalPos + QPoint(16, 16));
    m_popup->show();
    setToolTip(tr("Hidden unit %1").arg(UiNumber::whole(unit + 1)));
}

void UnitMapsView::hidePopup() {
    if (m_popup)
        m_popup->hide();
}

bool UnitMapsView::isPopupVisible() const {
    return m_popup && m_popup->isVisible();
}

void UnitMapsView::leaveEvent(QEvent *event) {
    m_hovered = -1;
    hidePopup();
    update();
    QWidget::leaveEvent(event);
}

void UnitMapsView::hideEvent(QHideEvent *event) {
    hidePopup();
    QWidget::hideEvent(event);
}

void UnitMapsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && m_hovered >= 0)
        setToolTip(tr("Hidden unit %1").arg(UiNumber::whole(m_hovered + 1)));
    QWidget::changeEvent(event);
}
