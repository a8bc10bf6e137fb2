// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QWidget>

#include "export/figure.h"
#include "plot/plotview.h"

class QCustomPlot;

/**
 * Small multiples: one cell per curve, each with f (solid) and f′ (dashed) in the curve's colour
 * and its name above it, all on the same x and y range so the cells compare at a glance. The
 * grid takes as many columns as the widget's shape suits (cells near 4:3, at least about 220
 * pixels wide) and reflows when the window is resized. One QCustomPlot holds every cell, so
 * export and printing are the overlay's code path. Curves come from the core's sampleCurve(),
 * thinned like the overlay's; replots are queued.
 */
class SmallMultiplesView : public QWidget, public Figure {
    Q_OBJECT

public:
    explicit SmallMultiplesView(QWidget *parent = nullptr);
    ~SmallMultiplesView() override;

    void setActivations(const QList<PlottedActivation> &activations);
    /// The slider-drag path: the shared y range stays, so the cells do not jump while dragging.
    void setParams(int index, const std::vector<double> &params);
    /// Every cell's x range; y is fitted to every curve's f and f′ over it.
    void setXRange(double lo, double hi);
    void setTheme(PlotTheme theme);

    /// How many columns the grid has for `cells` cells in a `width` × `height` widget.
    static int columnsFor(int cells, int width, int height);
    int columnCount() const;
    int cellCount() const;
    /// The shared y range (every cell has it).
    std::pair<double, double> yRange() const;
    /// The sampled curve of cell `index` (order 0 f, 1 f′), for tests and CSV.
    SampledCurve curve(int index, int order) const;
    /// The name above cell `index`, as shown (shortened with "…" when the cell is narrow).
    QString cellTitle(int index) const;
    /// The full name of cell `index`'s curve.
    QString cellName(int index) const;

    // Figure
    QCustomPlot *customPlot() const override;
    void refresh() override;
    void refreshNow() override;
    void setExportScale(double scale) override;
    /// "curve,order,piece,x,y" as the overlay writes it: f and f′ of every cell.
    QByteArray csv() const override;
    QString figureTitle() const override;
    QString fileBaseName() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
