// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotfonts.h"

#include <qcustomplot.h>

namespace PlotFonts {

void scale(QCustomPlot *plot, double ratio) {
    const auto scaled = [ratio](QFont font) {
        font.setPointSizeF(font.pointSizeF() * ratio);
        return font;
    };
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(scaled(axis->tickLabelFont()));
            axis->setLabelFont(scaled(axis->labelFont()));
        }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        QCPLayoutElement *element = plot->plotLayout()->elementAt(i);
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            text->setFont(scaled(text->font()));
        else if (auto *legend = qobject_cast<QCPLegend *>(element))
            legend->setFont(scaled(legend->font()));
    }
    // Legends inside an axis rect (the default place) are not elements of the main layout.
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPLayoutElement *element : rect->insetLayout()->elements(false))
            if (auto *legend = qobject_cast<QCPLegend *>(element))
                legend->setFont(scaled(legend->font()));
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            text->setFont(scaled(text->font()));
}

} // namespace PlotFonts
