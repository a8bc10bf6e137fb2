// SPDX-License-Identifier: GPL-3.0-or-later
#include "polylinegraph.h"

#include <limits>

#include <qcustomplot.h>

#include "plot/polylinesimplifier.h"

void setGraphPieces(QCPGraph *graph, const std::vector<actlab::Polyline> &pieces, double pixelWidth,
                    double pixelHeight) {
    constexpr double gap = std::numeric_limits<double>::quiet_NaN();
    QVector<QCPGraphData> data;
    bool sorted = true;
    double lastX = -std::numeric_limits<double>::infinity();
    for (const actlab::Polyline &piece : pieces) {
        if (piece.empty())
            continue;
        // A NaN value between two pieces makes QCPGraph lift the pen: no line is drawn
        // across a jump. Its key repeats the next piece's first x to keep keys sorted.
        if (!data.isEmpty())
            data.append(QCPGraphData(piece.front().x, gap));
        for (std::size_t i :
             PolylineSimplifier::keep(piece, pixelWidth, pixelHeight, kDrawingTolerancePx)) {
            const actlab::CurvePoint &pt = piece[i];
            sorted = sorted && pt.x >= lastX;
            lastX = pt.x;
            data.append(QCPGraphData(pt.x, pt.y));
        }
    }
    graph->data()->set(data, sorted);
}
