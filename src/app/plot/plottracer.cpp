// SPDX-License-Identifier: GPL-3.0-or-later
#include "plottracer.h"

#include <cmath>

#include <qcustomplot.h>

#include "plot/plotpalette.h"
#include "uinumber.h"

PlotTracer::PlotTracer(QCustomPlot *plot, QCPLayer *layer)
    : m_vertical(new QCPItemStraightLine(plot))
    , m_horizontal(new QCPItemStraightLine(plot))
    , m_dot(new QCPItemTracer(plot))
    , m_readout(new QCPItemText(plot)) {
    for (QCPAbstractItem *item :
         {static_cast<QCPAbstractItem *>(m_vertical), static_cast<QCPAbstractItem *>(m_horizontal),
          static_cast<QCPAbstractItem *>(m_dot), static_cast<QCPAbstractItem *>(m_readout)}) {
        item->setLayer(layer);
        item->setSelectable(false);
    }
    m_dot->setStyle(QCPItemTracer::tsCircle);
    m_dot->setSize(9);
    m_readout->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_readout->position->setCoords(0.985, 0.975);
    m_readout->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(8, 6, 8, 6));
    hide();
}

void PlotTracer::setColours(const PlotPalette &palette, const QColor &curve) {
    QPen line(palette.tracer, PlotPalette::lineWidth(1), Qt::SolidLine);
    m_vertical->setPen(line);
    m_horizontal->setPen(line);
    m_dot->setPen(QPen(curve, PlotPalette::lineWidth(2)));
    m_dot->setSize(PlotPalette::lineWidth(9));
    m_dot->setBrush(palette.background);
    m_readout->setColor(palette.foreground);
    m_readout->setBrush(palette.readoutBackground);
    m_readout->setPen(QPen(palette.legendBorder));
}

void PlotTracer::setFont(const QFont &font) {
    m_readout->setFont(font);
}

void PlotTracer::setReadoutShown(bool shown) {
    m_readoutShown = shown;
    m_readout->setVisible(shown && isVisible());
}

void PlotTracer::show(const TracerReading &r, const QString &title) {
    m_vertical->point1->setCoords(r.x, 0);
    m_vertical->point2->setCoords(r.x, 1);
    const bool onCurve = std::isfinite(r.f);
    m_horizontal->setVisible(onCurve);
    m_dot->setVisible(onCurve);
    if (onCurve) {
        m_horizontal->point1->setCoords(0, r.f);
        m_horizontal->point2->setCoords(1, r.f);
        m_dot->position->setCoords(r.x, r.f);
    }
    m_vertical->setVisible(true);
    // Mathematical notation, the same in every language; the title is already translated.
    m_readout->setText(QStringLiteral("%1\nx = %2\nf(x) = %3\nf′(x) = %4\nf″(x) = %5")
                           .arg(title, UiNumber::reading(r.x, 5), UiNumber::reading(r.f, 5),
                                UiNumber::reading(r.df, 5), UiNumber::reading(r.d2f, 5)));
    m_readout->setVisible(m_readoutShown);
}

void PlotTracer::hide() {
    m_vertical->setVisible(false);
    m_horizontal->setVisible(false);
    m_dot->setVisible(false);
    m_readout->setVisible(false);
}

bool PlotTracer::isVisible() const {
    return m_vertical->visible();
}

QString PlotTracer::readoutText() const {
    return isVisible() ? m_readout->text() : QString();
}
