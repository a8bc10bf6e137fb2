// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QStringList>
#include <QWidget>

#include "networkdiagram.h"

/**
 * Nodes and edges of the network: an edge's colour gives the weight's sign (blue positive,
 * orange negative) and its width the magnitude relative to the largest weight; tooltips give
 * each weight and bias. Wide layers show their first units and say how many are hidden.
 */
class NetworkDiagramView : public QWidget {
    Q_OBJECT

public:
    explicit NetworkDiagramView(QWidget *parent = nullptr);
    ~NetworkDiagramView() override;

    void setDiagram(NetworkDiagram diagram);
    const NetworkDiagram &diagram() const { return m_diagram; }

    /// Text of the tooltip at a widget position (empty when nothing is there); used by tests.
    QString toolTipAt(const QPoint &pos) const;
    /// At most this many nodes of a layer are drawn.
    static constexpr int maxDrawnNodes = 24;

    QSize sizeHint() const override { return {320, 260}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QPointF nodePos(int layer, int index) const;
    int drawnNodes(int layer) const;
    QString layerName(int layer) const;
    QString nodeName(int layer, int index) const;
    double maxAbsWeight() const;

    NetworkDiagram m_diagram;
};
