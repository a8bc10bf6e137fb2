// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionmapview.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "playgroundpalette.h"
#include "uinumber.h"

namespace {
constexpr int kMargin = 18; // room for the axis captions
constexpr double kPointRadius = 3.2;
} // namespace

DecisionMapView::DecisionMapView(QWidget *parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

DecisionMapView::~DecisionMapView() = default;

void DecisionMapView::setTask(MapTask task, int classes) {
    m_task = task;
    m_classes = std::max(2, classes);
    invalidatePointLayer();
    rebuildImage();
    update();
}

void DecisionMapView::setGrid(const DecisionGrid &grid) {
    m_grid = grid;
    rebuildImage();
    update();
}

void DecisionMapView::setGrid(DecisionGrid &&grid) {
    m_grid = std::move(grid);
    rebuildImage();
    update();
}

void DecisionMapView::setPoints(std::vector<MapPoint> points) {
    // The regression colour scale follows the data, not the (changing) predictions, so the map
    // does not flicker while the model is still far off.
    double lo = 0, hi = 0;
    bool first = true;
    for (const MapPoint &pt : points) {
        if (!std::isfinite(pt.target))
            continue;
        lo = first ? pt.target : std::min(lo, pt.target);
        hi = first ? pt.target : std::max(hi, pt.target);
        first = false;
    }
    m_targetLo = first ? -1 : lo;
    m_targetHi = first ? 1 : hi;
    // An even selection of each part: every stride-th point, so all regions and classes keep
    // their share whatever order the data comes in.
    m_totalPoints = points.size();
    std::size_t counts[2] = {0, 0};
    for (const MapPoint &pt : points)
        ++counts[pt.test ? 1 : 0];
    if (counts[0] > kMaxShownPoints || counts[1] > kMaxShownPoints) {
        const std::size_t strides[2] = {(counts[0] + kMaxShownPoints - 1) / kMaxShownPoints,
                                        (counts[1] + kMaxShownPoints - 1) / kMaxShownPoints};
        std::size_t seen[2] = {0, 0};
        std::vector<MapPoint> shown;
        shown.reserve(2 * kMaxShownPoints);
        for (const MapPoint &pt : points) {
            const int part = pt.test ? 1 : 0;
            if (seen[part]++ % strides[part] == 0)
                shown.push_back(pt);
        }
        points = std::move(shown);
    }
    m_points = std::move(points);
    invalidatePointLayer();
    rebuildImage();
    update();
}

void DecisionMapView::setDiscretised(bool on) {
    if (m_discretised == on)
        return;
    m_discretised = on;
    rebuildImage();
    update();
}

void DecisionMapView::setTestPointsVisible(bool on) {
    m_showTest = on;
    invalidatePointLayer();
    update();
}

void DecisionMapView::setCaption(const QString &caption) {
    m_caption = caption;
    update();
}

void DecisionMapView::rebuildImage() {
    if (!m_grid.isValid() || (m_task == MapTask::Regression && m_grid.rows == 1)) {
        m_image = QImage();
        return;
    }
    const int w = m_grid.columns, h = m_grid.rows, k = m_grid.channels;
    if (m_image.size() != QSize(w, h))
        m_image = QImage(w, h, QImage::Format_RGB32);
    const float *v = m_grid.values.data();
    const double scale = std::max({std::abs(m_targetLo), std::abs(m_targetHi), 1e-12});
    // One shade ramp per class, built once per image: a 256² grid is then a table lookup per
    // cell instead of a colour mix.
    const int classes = std::max(2, m_task == MapTask::MultiClass ? m_classes : 2);
    std::vector<std::array<QRgb, 256>> ramps;
    ramps.reserve(static_cast<std::size_t>(classes));
    for (int j = 0; j < classes; ++j)
        ramps.push_back(PlaygroundPalette::shadeRamp(PlaygroundPalette::classColor(j)));
    const auto level = [this](double confidence) {
        if (m_discretised)
            confidence = 0.55;
        if (!(confidence > 0))
            return std::size_t(0);
        return static_cast<std::size_t>(std::min(confidence, 1.0) * 255 + 0.5);
    };
    const double chance = 1.0 / classes;
    for (int r = 0; r < h; ++r) {
        // Row 0 of the grid is the bottom of the plane, the top of the image is its last row.
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(h - 1 - r));
        for (int c = 0; c < w; ++c) {
            const std::size_t index = static_cast<std::size_t>(r) * w + c;
            const float *cell = v + index * k;
            if (m_task == MapTask::MultiClass && !m_grid.labels.empty()) {
                const int label = std::min<int>(m_grid.labels[index], classes - 1);
                const double pmax = std::isfinite(cell[0]) ? cell[0] : 0.0;
                line[c] =
                    ramps[static_cast<std::size_t>(label)][level((pmax - chance) / (1 - chance))];
            } else if (m_task == MapTask::Binary || (m_task == MapTask::MultiClass && k == 1)) {
                const double p =
                    std::isfinite(cell[0]) ? std::clamp(double(cell[0]), 0.0, 1.0) : 0.5;
                line[c] = ramps[p >= 0.5 ? 1 : 0][level(std::abs(2 * p - 1))];
            } else if (m_task == MapTask::MultiClass) {
                int best = 0;
                for (int j = 1; j < k; ++j)
                    if (cell[j] > cell[best])
                        best = j;
                const double pmax = std::isfinite(cell[best]) ? cell[best] : 0.0;
                const double kChance = 1.0 / k;
                line[c] = ramps[static_cast<std::size_t>(std::min(best, classes - 1))]
                               [level((pmax - kChance) / (1 - kChance))];
            } else {
                double t = cell[0] / scale;
                if (m_discretised) // five bands make the level sets readable
                    t = std::round(t * 2) / 2;
                line[c] = PlaygroundPalette::divergingFast(t);
            }
        }
    }
}

const QImage &DecisionMapView::sprite(QRgb fill, bool test) const {
    // A thousand antialiased circles cost milliseconds per frame; stamping a pre-drawn image
    // costs microseconds. One sprite per colour and kind.
    const quint64 key = (quint64(fill) << 1) | (test ? 1 : 0);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const qreal dpr = devicePixelRatioF();
    const int side = static_cast<int>(std::ceil((2 * kPointRadius + 5) * dpr));
    QImage s(side, side, QImage::Format_ARGB32_Premultiplied);
    s.setDevicePixelRatio(dpr);
    s.fill(Qt::transparent);
    QPainter p(&s);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(side / dpr / 2, side / dpr / 2);
    if (!test) {
        // Training points: filled discs with a white rim so they stand out on their class.
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(QColor::fromRgb(fill));
        p.drawEllipse(c, kPointRadius, kPointRadius);
    } else {
        // Test points: rings with a dark rim, readable on any background.
        p.setPen(QPen(QColor(20, 20, 20), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, kPointRadius + 1.5, kPointRadius + 1.5);
        p.setPen(QPen(QColor::fromRgb(fill), 2));
        p.drawEllipse(c, kPointRadius, kPointRadius);
    }
    p.end();
    return *m_sprites.insert(key, s);
}

QRect DecisionMapView::plotRect() const {
    const int side = std::max(10, std::min(width(), height()) - 2 * kMargin);
    return QRect((width() - side) / 2, (height() - side) / 2, side, side);
}

void DecisionMapView::regressionYRange(double &lo, double &hi) const {
    lo = m_targetLo;
    hi = m_targetHi;
    for (float v : m_grid.values)
        if (std::isfinite(v)) {
            lo = std::min(lo, double(v));
            hi = std::max(hi, double(v));
        }
    const double pad = std::max(1e-6, 0.08 * (hi - lo));
    lo -= pad;
    hi += pad;
    // Keep a runaway prediction from squashing the data into a line.
    const double span = std::max(1e-6, m_targetHi - m_targetLo);
    lo = std::max(lo, m_targetLo - 2 * span);
    hi = std::min(hi, m_targetHi + 2 * span);
}

QPointF DecisionMapView::toPixel(double x1, double x2, const QRect &r) const {
    double yLo = m_grid.x2Min, yHi = m_grid.x2Max;
    if (m_task == MapTask::Regression && m_grid.rows == 1) {
        yLo = m_curveLo; // fixed once per paint by paintEvent()
        yHi = m_curveHi;
    }
    const double fx = (x1 - m_grid.x1Min) / std::max(1e-12, m_grid.x1Max - m_grid.x1Min);
    const double fy = (x2 - yLo) / std::max(1e-12, yHi - yLo);
    return {r.left() + fx * r.width(), r.bottom() + 1 - fy * r.height()};
}

void DecisionMapView::paintCurve(QPainter &p, const QRect &r) const {
    if (!m_grid.isValid())
        return;
    QPainterPath path;
    bool open = false;
    const double dx = (m_grid.x1Max - m_grid.x1Min) / m_grid.columns;
    for (int c = 0; c < m_grid.columns; ++c) {
        const float v = m_grid.values[static_cast<std::size_t>(c) * m_grid.channels];
        if (!std::isfinite(v)) {
            open = false;
            continue;
        }
        const QPointF pt = toPixel(m_grid.x1Min + (c + 0.5) * dx, v, r);
        if (open)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        open = true;
    }
    p.setPen(QPen(PlaygroundPalette::runColor(1), 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

void DecisionMapView::paintPoints(QPainter &p, const QRect &r, bool curve) const {
    const double scale = std::max({std::abs(m_targetLo), std::abs(m_targetHi), 1e-12});
    for (int pass = 0; pass < 2; ++pass) {
        const bool testPass = pass == 1;
        if (testPass && !m_showTest)
            break;
        for (const MapPoint &pt : m_points) {
            if (pt.test != testPass)
                continue;
            QRgb fill;
            QPointF at;
            if (curve) {
                fill = PlaygroundPalette::classColor(0).rgb();
                at = toPixel(pt.x1, pt.target, r);
            } else {
                fill = m_task == MapTask::Regression
                           ? PlaygroundPalette::divergingFast(pt.target / scale)
                           : PlaygroundPalette::classColor(pt.label).rgb();
                at = toPixel(pt.x1, pt.x2, r);
            }
            const QImage &s = sprite(fill, testPass);
            const qreal half = s.width() / s.devicePixelRatio() / 2;
            p.drawImage(at - QPointF(half, half), s);
        }
    }
}

void DecisionMapView::paintEvent(QPaintEvent *) {
    ++m_paintCount;
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRect r = plotRect();
    const bool curve = m_task == MapTask::Regression && m_grid.rows == 1;
    if (curve)
        regressionYRange(m_curveLo, m_curveHi);
    if (!m_image.isNull()) {
        // Smooth scaling would cost a few milliseconds per frame at 256², where the grid is fine
        // enough; a coarse grid (the engine's while a slow network trains) is smoothed.
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_image.width() < 128);
        p.drawImage(r, m_image);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    } else {
        p.fillRect(r, PlaygroundPalette::neutralColor());
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(r);
    if (curve) {
        // Zero line for orientation.
        p.setPen(QPen(QColor(0, 0, 0, 60), 1, Qt::DashLine));
        const QPointF z0 = toPixel(m_grid.x1Min, 0, r), z1 = toPixel(m_grid.x1Max, 0, r);
        p.drawLine(z0, z1);
    }
    if (curve) {
        paintPoints(p, r, true); // they move with the vertical range, which follows the fit
    } else {
        const double domain[4] = {m_grid.x1Min, m_grid.x1Max, m_grid.x2Min, m_grid.x2Max};
        const qreal dpr = devicePixelRatioF();
        if (m_layer.isNull() || m_layerRect != r || m_layer.devicePixelRatio() != dpr ||
            !std::equal(domain, domain + 4, m_layerDomain)) {
            m_layer = QImage(r.size() * dpr, QImage::Format_ARGB32_Premultiplied);
            m_layer.setDevicePixelRatio(dpr);
            m_layer.fill(Qt::transparent);
            QPainter layer(&m_layer);
            layer.translate(-r.topLeft());
            paintPoints(layer, r, false);
            m_layerRect = r;
            std::copy(domain, domain + 4, m_layerDomain);
            ++m_layerBuilds;
        }
        p.drawImage(r.topLeft(), m_layer);
    }
    if (curve)
        paintCurve(p, r);
    p.setClipping(false);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(0, 0, -1, -1));

    // Axis captions and the extent of the plane.
    p.setPen(palette().color(QPalette::WindowText));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QString x1 = curve ? QStringLiteral("x") : QStringLiteral("x₁");
    const QString x2 = curve ? QStringLiteral("y") : QStringLiteral("x₂");
    p.drawText(QRect(r.left(), r.bottom() + 2, r.width(), kMargin - 2), Qt::AlignHCenter, x1);
    p.drawText(QRect(r.left(), r.bottom() + 2, r.width(), kMargin - 2), Qt::AlignLeft,
               UiNumber::real(m_grid.x1Min, 'g', 3));
    p.drawText(QRect(r.left(), r.bottom() + 2, r.width(), kMargin - 2), Qt::AlignRight,
               UiNumber::real(m_grid.x1Max, 'g', 3));
    p.save();
    p.translate(r.left() - 3, r.center().y());
    p.rotate(-90);
    p.drawText(QRect(-r.height() / 2, -kMargin + 2, r.height(), kMargin - 2),
               Qt::AlignHCenter | Qt::AlignBottom, x2);
    p.restore();
    if (m_points.size() < m_totalPoints) {
        const QString note = tr("%1 of %2 points shown")
                                 .arg(UiNumber::whole(static_cast<long long>(m_points.size())),
                                      UiNumber::whole(static_cast<long long>(m_totalPoints)));
        const QRect box = p.fontMetrics().boundingRect(note).adjusted(-4, -2, 4, 2);
        const QRect at(r.bottomRight() - QPoint(box.width() + 5, box.height() + 5), box.size());
        p.fillRect(at, QColor(255, 255, 255, 200));
        p.setPen(Qt::black);
        p.drawText(at, Qt::AlignCenter, note);
    }
    if (!m_caption.isEmpty()) {
        const QRect box = p.fontMetrics().boundingRect(m_caption).adjusted(-4, -2, 4, 2);
        const QRect at(r.topLeft() + QPoint(6, 6), box.size());
        p.fillRect(at, QColor(255, 255, 255, 200));
        p.setPen(Qt::black);
        p.drawText(at, Qt::AlignCenter, m_caption);
    }
}

bool DecisionMapView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip && m_grid.isValid()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect r = plotRect();
        if (!r.contains(help->pos())) {
            QToolTip::hideText();
            return true;
        }
        const double fx = double(help->pos().x() - r.left()) / r.width();
        const double fy = double(r.bottom() - help->pos().y()) / r.height();
        const double x1 = m_grid.x1Min + fx * (m_grid.x1Max - m_grid.x1Min);
        const int c = std::clamp(int(fx * m_grid.columns), 0, m_grid.columns - 1);
        QString text;
        if (m_task == MapTask::Regression && m_grid.rows == 1) {
            text =
                tr("x = %1\nprediction = %2")
                    .arg(UiNumber::real(x1, 'g', 4),
                         UiNumber::real(
                             m_grid.values[static_cast<std::size_t>(c) * m_grid.channels], 'g', 4));
        } else {
            const double x2 = m_grid.x2Min + fy * (m_grid.x2Max - m_grid.x2Min);
            const int row = std::clamp(int(fy * m_grid.rows), 0, m_grid.rows - 1);
            const float *cell =
                m_grid.values.data() +
                (static_cast<std::size_t>(row) * m_grid.columns + c) * m_grid.channels;
            text =
                tr("x₁ = %1, x₂ = %2").arg(UiNumber::real(x1, 'g', 4), UiNumber::real(x2, 'g', 4));
            if (m_task == MapTask::Binary)
                text +=
                    QLatin1Char('\n') + tr("P(class 1) = %1").arg(UiNumber::real(cell[0], 'f', 3));
            else if (m_task == MapTask::Regression)
                text +=
                    QLatin1Char('\n') + tr("prediction = %1").arg(UiNumber::real(cell[0], 'g', 4));
            else if (!m_grid.labels.empty())
                text +=
                    QLatin1Char('\n') +
                    tr("P(class %1) = %2")
                        .arg(UiNumber::whole(
                                 m_grid.labels[static_cast<std::size_t>(row) * m_grid.columns + c]),
                             UiNumber::real(cell[0], 'f', 3));
            else
                for (int j = 0; j < m_grid.channels; ++j)
                    text += QLatin1Char('\n') +
                            tr("P(class %1) = %2")
                                .arg(UiNumber::whole(j), UiNumber::real(cell[j], 'f', 3));
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void DecisionMapView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}
