// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsview.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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
    // The matrix comes at the detail rate, the figures with every frame: a frame without a
    // matrix keeps the last one, so the table never blinks and nothing below it moves.
    PlaygroundMetrics next = metrics;
    if (next.confusion.empty() && !shapeChanged) {
        next.confusion = std::move(m_metrics.confusion);
        next.confusionOnTest = m_metrics.confusionOnTest;
    }
    m_metrics = std::move(next);
    if (shapeChanged)
        updateGeometry();
    update();
}

QSize MetricsView::minimumSizeHint() const {
    constexpr int kMinimumCell = 30;
    const int k = m_metrics.task == MapTask::Regression ? 0 : std::max(2, m_metrics.classes);
    const int lineHeight = fontMetrics().height() + 2;
    const int lines = 3 + (k > 0 ? 3 : 0); // summary; matrix title, axis title, header row
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

QStringList MetricsView::axisTitles() const {
    return {tr("actual ↓"), tr("predicted →")};
}

MetricsView::MatrixLayout MetricsView::matrixLayout() const {
    MatrixLayout m;
    const int k = m_metrics.classes;
    if (m_metrics.task == MapTask::Regression || k < 2 ||
        m_metrics.confusion.size() != static_cast<std::size_t>(k) * k)
        return m;
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height() + 2;
    const QStringList titles = axisTitles();
    m.classes = k;
    m.title = QRect(4, 4 + 3 * line + 4, width() - 8, fm.height());
    // The row headers' column is titled "actual ↓", the column headers' row "predicted →".
    const int label = std::max(fm.horizontalAdvance(titles[0]),
                               fm.horizontalAdvance(QStringLiteral("00")) + kSwatch + 4) +
                      8;
    const int predictedY = m.title.bottom() + 3;
    const int headerY = predictedY + line;
    const int y0 = headerY + line;
    m.side = std::max(10, std::min((width() - 8 - label) / k, (height() - y0 - 4) / k));
    m.cells = QRect(4 + label, y0, k * m.side, k * m.side);
    m.predicted = QRect(m.cells.left(), predictedY, std::max(m.cells.width(), width() - 8 - label),
                        fm.height());
    m.actual = QRect(4, headerY, label - 4, fm.height());
    return m;
}

QRect MetricsView::cellRect(int row, int column) const {
    const MatrixLayout m = matrixLayout();
    if (m.classes == 0 || row < 0 || column < 0 || row >= m.classes || column >= m.classes)
        return {};
    return QRect(m.cells.left() + column * m.side, m.cells.top() + row * m.side, m.side - 1,
                 m.side - 1);
}

void MetricsView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QFontMetrics fm = p.fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    int y = 4;
    p.setPen(text);
    for (const QString &line : summaryLines()) {
        p.drawText(QRect(4, y, width() - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.height() + 2;
    }
    const MatrixLayout m = matrixLayout();
    const int k = m.classes;
    if (k == 0)
        return;
    p.drawText(m.title, Qt::AlignLeft | Qt::AlignVCenter,
               m_metrics.confusionOnTest ? tr("Confusion matrix (test set)")
                                         : tr("Confusion matrix (training set)"));
    const QStringList titles = axisTitles();
    const bool predictedFits = fm.horizontalAdvance(titles[1]) + 4 <= m.cells.width();
    p.drawText(predictedFits
                   ? QRect(m.cells.left(), m.predicted.top(), m.cells.width(), m.predicted.height())
                   : m.predicted,
               (predictedFits ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, titles[1]);
    p.drawText(m.actual, Qt::AlignLeft | Qt::AlignVCenter, titles[0]);
    // Headers in the text colour (legible on any theme); a swatch beside each names its class.
    const int headerY = m.cells.top() - fm.height() - 2;
    for (int j = 0; j < k; ++j) {
        const QColor swatch = PlaygroundPalette::classColor(j);
        const QRect column(m.cells.left() + j * m.side, headerY, m.side, fm.height());
        p.setPen(text);
        p.drawText(column, Qt::AlignCenter, UiNumber::whole(j));
        p.fillRect(QRect(column.left() + 2, column.bottom() + 1, column.width() - 5, 2), swatch);
        const QRect row(4, m.cells.top() + j * m.side, m.cells.left() - 4 - kSwatch - 4, m.side);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, UiNumber::whole(j));
        p.fillRect(QRect(m.cells.left() - kSwatch - 3, row.top() + 2, kSwatch, m.side - 5), swatch);
    }
    const auto [small, shares] = cellFont(m.side);
    p.setFont(small);
    for (int i = 0; i < k; ++i) {
        long long rowTotal = 0;
        for (int j = 0; j < k; ++j)
            rowTotal += m_metrics.confusion[static_cast<std::size_t>(i) * k + j];
        for (int j = 0; j < k; ++j) {
            const long long n = m_metrics.confusion[static_cast<std::size_t>(i) * k + j];
            const double share = rowTotal > 0 ? double(n) / rowTotal : 0;
            const QRect cell = cellRect(i, j);
            const QColor base =
                i == j ? PlaygroundPalette::positiveColor() : PlaygroundPalette::negativeColor();
            p.fillRect(cell, PlaygroundPalette::shade(base, share));
            p.setPen(share > 0.55 ? Qt::white : Qt::black);
            p.drawText(cell, Qt::AlignCenter, cellText(i, j, shares));
        }
    }
}

std::pair<QFont, bool> MetricsView::cellFont(int side) const {
    // Counts in the cells; when the largest does not fit even in a smaller font (hundreds of
    // thousands of test points), each row's shares in percent, which always do.
    long long largest = 0;
    for (long long n : m_metrics.confusion)
        largest = std::max(largest, n);
    const QString widest = UiNumber::whole(largest);
    QFont f = font();
    const double base = f.pointSizeF();
    double scale = side < 28 ? 0.75 : 0.9;
    for (;;) {
        f.setPointSizeF(base * scale);
        if (QFontMetrics(f).horizontalAdvance(widest) + 4 <= side)
            return {f, false};
        if (scale <= 0.65)
            return {f, true};
        scale -= 0.05;
    }
}

QString MetricsView::cellText(int row, int column, bool shares) const {
    const int k = std::max(2, m_metrics.classes);
    if (m_metrics.confusion.size() != static_cast<std::size_t>(k) * k || row < 0 || row >= k ||
        column < 0 || column >= k)
        return {};
    const long long n = m_metrics.confusion[static_cast<std::size_t>(row) * k + column];
    if (!shares)
        return UiNumber::whole(n);
    long long rowTotal = 0;
    for (int j = 0; j < k; ++j)
        rowTotal += m_metrics.confusion[static_cast<std::size_t>(row) * k + j];
    return QStringLiteral("%1%").arg(
        UiNumber::real(rowTotal > 0 ? 100.0 * double(n) / double(rowTotal) : 0.0, 'f', 0));
}

QString MetricsView::cellText(int row, int column) const {
    const QRect cell = cellRect(row, column);
    return cell.isEmpty() ? QString() : cellText(row, column, cellFont(cell.width() + 1).second);
}

bool MetricsView::event(QEvent *event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int k = m_metrics.task == MapTask::Regression ? 0 : std::max(2, m_metrics.classes);
    if (m_metrics.confusion.size() == static_cast<std::size_t>(k) * k) {
        for (int i = 0; i < k; ++i) {
            long long rowTotal = 0;
            for (int j = 0; j < k; ++j)
                rowTotal += m_metrics.confusion[static_cast<std::size_t>(i) * k + j];
            for (int j = 0; j < k; ++j) {
                if (!cellRect(i, j).contains(help->pos()))
                    continue;
                const long long n = m_metrics.confusion[static_cast<std::size_t>(i) * k + j];
                const int count = static_cast<int>(std::min<long long>(n, INT_MAX));
                QToolTip::showText(
                    help->globalPos(),
                    tr("Actual class %1, predicted %2: %n point(s) (%3 of the class)", nullptr,
                       count)
                        .arg(UiNumber::whole(i), UiNumber::whole(j),
                             percent(rowTotal > 0 ? double(n) / rowTotal : 0.0)),
                    this);
                return true;
            }
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void MetricsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}
