// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsview.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QPainter>

#include "playgroundpalette.h"
#include "uinumber.h"

namespace {
QString percent(double v) {
    return std::isfinite(v) ? QStringLiteral("%1 %").arg(UiNumber::real(100 * v, 'f', 1))
                            : QStringLiteral("–");
}
QString value(double v) {
    return std::isfinite(v) ? UiNumber::real(v, 'g', 4) : QStringLiteral("–");
}
} // namespace

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent) {}

MetricsView::~MetricsView() = default;

void MetricsView::setMetrics(const PlaygroundMetrics &metrics) {
    const bool shapeChanged =
        metrics.classes != m_metrics.classes || metrics.task != m_metrics.task;
    m_metrics = metrics;
    if (shapeChanged)
        updateGeometry();
    update();
}

QSize MetricsView::minimumSizeHint() const {
    constexpr int kMinimumCell = 30;
    const int k = m_metrics.task == MapTask::Regression ? 0 : std::max(2, m_metrics.classes);
    const int lineHeight = fontMetrics().height() + 2;
    const int lines = 3 + (k > 0 ? 3 : 0); // summary; matrix title, header row and caption
    return {200, 12 + lines * lineHeight + k * kMinimumCell};
}

QStringList MetricsView::summaryLines() const {
    QStringList lines;
    lines
        << tr("Loss: train %1, test %2").arg(value(m_metrics.trainLoss), value(m_metrics.testLoss));
    if (m_metrics.task != MapTask::Regression)
        lines << tr("Accuracy: train %1, test %2")
                     .arg(percent(m_metrics.trainAccuracy), percent(m_metrics.testAccuracy));
    lines << tr("Hidden units: %1 dead, %2 saturated of %3")
                 .arg(UiNumber::whole(m_metrics.deadUnits),
                      UiNumber::whole(m_metrics.saturatedUnits),
                      UiNumber::whole(m_metrics.hiddenUnits));
    return lines;
}

void MetricsView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QFontMetrics fm = p.fontMetrics();
    int y = 4;
    p.setPen(palette().color(QPalette::WindowText));
    for (const QString &line : summaryLines()) {
        p.drawText(QRect(4, y, width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.height() + 2;
    }
    const int k = m_metrics.classes;
    if (m_metrics.task == MapTask::Regression || k < 2 ||
        m_metrics.confusion.size() != static_cast<std::size_t>(k) * k)
        return;
    y += 4;
    p.drawText(QRect(4, y, width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               m_metrics.confusionOnTest ? tr("Confusion matrix (test set)")
                                         : tr("Confusion matrix (training set)"));
    y += fm.height() + 2;
    const int label = fm.horizontalAdvance(QStringLiteral("00")) + 8;
    const int side =
        std::max(10, std::min((width() - 8 - label) / k, (height() - y - 2 * fm.height() - 8) / k));
    const int x0 = 4 + label;
    const int y0 = y + fm.height();
    // Column headers: predicted class; row headers: true class.
    for (int j = 0; j < k; ++j) {
        p.setPen(PlaygroundPalette::classColor(j).darker(110));
        p.drawText(QRect(x0 + j * side, y, side, fm.height()), Qt::AlignCenter, UiNumber::whole(j));
        p.drawText(QRect(4, y0 + j * side, label - 4, side), Qt::AlignCenter, UiNumber::whole(j));
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * (side < 28 ? 0.75 : 0.9));
    p.setFont(small);
    for (int i = 0; i < k; ++i) {
        long long rowTotal = 0;
        for (int j = 0; j < k; ++j)
            rowTotal += m_metrics.confusion[static_cast<std::size_t>(i) * k + j];
        for (int j = 0; j < k; ++j) {
            const long long n = m_metrics.confusion[static_cast<std::size_t>(i) * k + j];
            const double share = rowTotal > 0 ? double(n) / rowTotal : 0;
            const QRect cell(x0 + j * side, y0 + i * side, side - 1, side - 1);
            const QColor base =
                i == j ? PlaygroundPalette::positiveColor() : PlaygroundPalette::negativeColor();
            p.fillRect(cell, PlaygroundPalette::shade(base, share));
            p.setPen(share > 0.55 ? Qt::white : Qt::black);
            p.drawText(cell, Qt::AlignCenter, UiNumber::whole(n));
        }
    }
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    // Centred under the matrix, but never cut when the matrix is narrower than the words.
    const QString predicted = tr("predicted →");
    const int textWidth = fm.horizontalAdvance(predicted) + 4;
    p.drawText(QRect(x0, y0 + k * side + 2, std::max(k * side, textWidth), fm.height()),
               textWidth > k * side ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter,
               predicted);
}

void MetricsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}
