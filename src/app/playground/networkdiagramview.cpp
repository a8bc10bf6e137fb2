// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkdiagramview.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "playgroundpalette.h"
#include "uinumber.h"

namespace {
constexpr double kNodeRadius = 7;
constexpr int kTop = 22; // room for the layer titles

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

bool NetworkDiagram::isValid() const {
    if (layerSizes.size() < 2 || weights.size() != layerSizes.size() - 1)
        return false;
    for (std::size_t l = 0; l + 1 < layerSizes.size(); ++l) {
        if (weights[l].size() != static_cast<std::size_t>(layerSizes[l]) * layerSizes[l + 1])
            return false;
        if (l < biases.size() && biases[l].size() != static_cast<std::size_t>(layerSizes[l + 1]))
            return false;
    }
    return true;
}

NetworkDiagramView::NetworkDiagramView(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
}

NetworkDiagramView::~NetworkDiagramView() = default;

void NetworkDiagramView::setDiagram(NetworkDiagram diagram) {
    m_diagram = std::move(diagram);
    update();
}

int NetworkDiagramView::drawnNodes(int layer) const {
    return std::min(maxDrawnNodes, m_diagram.layerSizes[static_cast<std::size_t>(layer)]);
}

QPointF NetworkDiagramView::nodePos(int layer, int index) const {
    const int layers = static_cast<int>(m_diagram.layerSizes.size());
    const double x = 40 + (width() - 80) * (layers > 1 ? double(layer) / (layers - 1) : 0.5);
    const int n = drawnNodes(layer);
    const double usable = height() - kTop - 24;
    const double step = std::min(26.0, usable / std::max(1, n));
    const double y0 = kTop + 8 + (usable - step * (n - 1)) / 2;
    return {x, y0 + step * index};
}

double NetworkDiagramView::maxAbsWeight() const {
    double m = 0;
    for (const auto &w : m_diagram.weights)
        for (double v : w)
            if (std::isfinite(v))
                m = std::max(m, std::abs(v));
    return std::max(m, 1e-12);
}

QString NetworkDiagramView::layerName(int layer) const {
    const int last = static_cast<int>(m_diagram.layerSizes.size()) - 1;
    if (layer == 0)
        return tr("Input");
    if (layer == last)
        return tr("Output");
    return last > 2 ? tr("Hidden %1").arg(UiNumber::whole(layer)) : tr("Hidden");
}

QString NetworkDiagramView::nodeName(int layer, int index) const {
    if (layer == 0 && index < m_diagram.inputNames.size())
        return m_diagram.inputNames[index];
    return tr("%1, unit %2").arg(layerName(layer), UiNumber::whole(index + 1));
}

void NetworkDiagramView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_diagram.isValid())
        return;
    const double scale = maxAbsWeight();
    const int layers = static_cast<int>(m_diagram.layerSizes.size());
    for (int l = 0; l + 1 < layers; ++l) {
        const int from = m_diagram.layerSizes[static_cast<std::size_t>(l)];
        const auto &w = m_diagram.weights[static_cast<std::size_t>(l)];
        for (int j = 0; j < drawnNodes(l + 1); ++j)
            for (int i = 0; i < drawnNodes(l); ++i) {
                const double v = w[static_cast<std::size_t>(j) * from + i];
                if (!std::isfinite(v))
                    continue;
                const double m = std::abs(v) / scale;
                QColor c =
                    v < 0 ? PlaygroundPalette::negativeColor() : PlaygroundPalette::positiveColor();
                c.setAlphaF(float(0.25 + 0.75 * m));
                p.setPen(QPen(c, 0.5 + 4.5 * m));
                p.drawLine(nodePos(l, i), nodePos(l + 1, j));
            }
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (int l = 0; l < layers; ++l) {
        const QPointF top = nodePos(l, 0);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(
            QRectF(top.x() - 60, 2, 120, kTop - 4), Qt::AlignCenter,
            QStringLiteral("%1 (%2)").arg(
                layerName(l), UiNumber::whole(m_diagram.layerSizes[static_cast<std::size_t>(l)])));
        for (int i = 0; i < drawnNodes(l); ++i) {
            const QPointF at = nodePos(l, i);
            // A node's fill shows its bias, like the edges show the weights.
            double b = 0;
            if (l > 0 && static_cast<std::size_t>(l - 1) < m_diagram.biases.size())
                b = m_diagram.biases[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(i)];
            p.setPen(QPen(palette().color(QPalette::WindowText), 1));
            p.setBrush(QColor::fromRgb(PlaygroundPalette::diverging(b / scale)));
            p.drawEllipse(at, kNodeRadius, kNodeRadius);
            if (l == 0 && i < m_diagram.inputNames.size()) {
                p.drawText(QRectF(at.x() - 40, at.y() - 8, 30, 16),
                           Qt::AlignRight | Qt::AlignVCenter, m_diagram.inputNames[i]);
            }
        }
        const int hidden = m_diagram.layerSizes[static_cast<std::size_t>(l)] - drawnNodes(l);
        if (hidden > 0) {
            const QPointF last = nodePos(l, drawnNodes(l) - 1);
            p.drawText(QRectF(last.x() - 60, last.y() + kNodeRadius + 1, 120, 16), Qt::AlignCenter,
                       tr("+%n more", nullptr, hidden));
        }
    }
}

QString NetworkDiagramView::toolTipAt(const QPoint &pos) const {
    if (!m_diagram.isValid())
        return {};
    const int layers = static_cast<int>(m_diagram.layerSizes.size());
    for (int l = 0; l < layers; ++l)
        for (int i = 0; i < drawnNodes(l); ++i) {
            const QPointF d = nodePos(l, i) - QPointF(pos);
            if (std::hypot(d.x(), d.y()) > kNodeRadius + 2)
                continue;
            if (l == 0)
                return tr("Input %1").arg(nodeName(0, i));
            const double b =
                static_cast<std::size_t>(l - 1) < m_diagram.biases.size()
                    ? m_diagram.biases[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(i)]
                    : 0.0;
            return tr("%1\nbias = %2").arg(nodeName(l, i), UiNumber::real(b, 'g', 5));
        }
    double best = 4; // pixels
    QString text;
    for (int l = 0; l + 1 < layers; ++l) {
        const int from = m_diagram.layerSizes[static_cast<std::size_t>(l)];
        for (int j = 0; j < drawnNodes(l + 1); ++j)
            for (int i = 0; i < drawnNodes(l); ++i) {
                const double d = distanceToSegment(QPointF(pos), nodePos(l, i), nodePos(l + 1, j));
                if (d < best) {
                    best = d;
                    const double v = m_diagram.weights[static_cast<std::size_t>(l)]
                                                      [static_cast<std::size_t>(j) * from + i];
                    text = tr("%1 → %2\nweight = %3")
                               .arg(nodeName(l, i), nodeName(l + 1, j), UiNumber::real(v, 'g', 5));
                }
            }
    }
    return text;
}

bool NetworkDiagramView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::LanguageChange)
        update();
    return QWidget::event(event);
}
