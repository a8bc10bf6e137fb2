// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationreadout.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <qcustomplot.h>

#include "uinumber.h"

PresentationReadout::PresentationReadout(PlotView *plot)
    : QLabel(plot->customPlot())
    , m_plot(plot) {
    setAttribute(Qt::WA_TransparentForMouseEvents); // the tracer below keeps the mouse
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setTextFormat(Qt::RichText);
    setMargin(0);
    plot->customPlot()->installEventFilter(this);
    hide();
}

void PresentationReadout::showReading(const TracerReading &reading) {
    m_reading = reading;
    updateText();
}

void PresentationReadout::clearReading() {
    m_reading.reset();
    updateText();
}

void PresentationReadout::setActive(bool active) {
    m_active = active;
    updateText();
}

void PresentationReadout::refresh() {
    updateText();
}

void PresentationReadout::updateText() {
    if (!m_active || !m_reading) {
        hide();
        return;
    }
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * kFontFactor);
    setFont(big);
    const int padding = QFontMetrics(big).height() / 3;
    setContentsMargins(2 * padding, padding, 2 * padding, padding);
    const QList<PlottedActivation> activations = m_plot->activations();
    const QString name = activations.isEmpty() ? QString() : plottedName(activations.first());
    // Mathematical notation, the same in every language; the name is already translated.
    const QString text =
        QStringLiteral("<b>%1</b><table><tr><td>x</td><td>&nbsp;=&nbsp;</td><td>%2</td></tr>"
                       "<tr><td>f(x)</td><td>&nbsp;=&nbsp;</td><td>%3</td></tr>"
                       "<tr><td>f′(x)</td><td>&nbsp;=&nbsp;</td><td>%4</td></tr></table>")
            .arg(name.toHtmlEscaped());
    // Numbers of a usual width set its least size, so that it does not jump from corner to
    // corner as the digits change under a moving mouse.
    const QString usual = QStringLiteral("−8.888");
    setText(text.arg(usual, usual, usual));
    QSize size = sizeHint();
    // Four digits read at a glance from the back of a room (the status bar shows five).
    setText(text.arg(UiNumber::reading(m_reading->x, 4), UiNumber::reading(m_reading->f, 4),
                     UiNumber::reading(m_reading->df, 4)));
    size = size.expandedTo(sizeHint());
    place(size);
    show();
    raise();
}

void PresentationReadout::place(QSize size) {
    QCustomPlot *canvas = m_plot->customPlot();
    const QRect area =
        canvas->axisRect()->rect().isValid() ? canvas->axisRect()->rect() : canvas->rect();
    const int padding = fontMetrics().height() / 3;
    size.setWidth(std::min(size.width(), area.width()));
    // The corner of the plot where the fewest drawn points would hide under it, away from the
    // legend; the lower right one (where the tracer's small readout sits) when in doubt, as
    // activations mostly rise from left to right.
    const QRect inner = area.adjusted(padding, padding, -padding, -padding);
    const QList<QRect> corners{
        QRect(QPoint(inner.right() - size.width(), inner.bottom() - size.height()), size),
        QRect(QPoint(inner.right() - size.width(), inner.top()), size),
        QRect(QPoint(inner.left(), inner.bottom() - size.height()), size),
        QRect(inner.topLeft(), size)};
    const QRect legend = canvas->legend->visible() ? canvas->legend->outerRect() : QRect();
    // Polylines are simplified (a straight stretch is two points): walk them in 4-pixel steps.
    std::vector<int> hidden(corners.size(), 0);
    const auto pixel = [canvas](const std::pair<double, double> &p) {
        return QPointF(canvas->xAxis->coordToPixel(p.first), canvas->yAxis->coordToPixel(p.second));
    };
    for (const PlotView::SampledCurve &curve : m_plot->sampledCurves())
        for (const auto &piece : curve.pieces)
            for (std::size_t k = 1; k < piece.size(); ++k) {
                const QPointF from = pixel(piece[k - 1]);
                const QPointF to = pixel(piece[k]);
                const double length = QLineF(from, to).length();
                if (!std::isfinite(length))
                    continue;
                const int steps = std::clamp(int(length / 4), 1, 2000);
                for (int j = 0; j < steps; ++j) {
                    const QPoint at = (from + (to - from) * (j / double(steps))).toPoint();
                    for (qsizetype i = 0; i < corners.size(); ++i)
                        hidden[std::size_t(i)] += corners[i].contains(at) ? 1 : 0;
                }
            }
    qsizetype best = 0;
    const auto cost = [&](qsizetype i) {
        return hidden[std::size_t(i)] + (corners[i].intersects(legend) ? 1'000'000 : 0);
    };
    for (qsizetype i = 1; i < corners.size(); ++i)
        if (cost(i) < cost(best))
            best = i;
    setGeometry(corners[best]);
}

bool PresentationReadout::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Resize && isVisible())
        updateText();
    return QLabel::eventFilter(watched, event);
}

void PresentationReadout::changeEvent(QEvent *event) {
    // The activation's name is in the interface language.
    if (event->type() == QEvent::LanguageChange && isVisible())
        updateText();
    QLabel::changeEvent(event);
}

void PresentationReadout::paintEvent(QPaintEvent *event) {
    // The application's light or dark palette, which AppTheme keeps in step with the plot's.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(190); // a curve running underneath stays visible
    painter.setBrush(back);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.5));
    const double radius = fontMetrics().height() / 3.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    painter.end();
    QLabel::paintEvent(event);
}
