// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QCustomPlot;

/**
 * A view that File → Export…, Print and `actlab render` can write: the overlay plot, the small
 * multiples and the gradient view. Each draws into one QCustomPlot (the small multiples as a
 * grid of axis rects in it), so PNG, SVG, PDF and printing are one code path in FigureExporter;
 * the data behind the picture comes as CSV from the view, in a shape that suits it.
 */
class Figure {
public:
    virtual ~Figure() = default;

    virtual QCustomPlot *customPlot() const = 0;
    /// Samples and lays out synchronously: what is exported is what the view shows now.
    virtual void refreshNow() = 0;
    /// Resamples for the screen and queues a replot (after an export, for one).
    virtual void refresh() { refreshNow(); }
    /// Export draws at `scale` times the layout size; a view that samples per pixel samples that
    /// finely while it is set. 1 returns to the screen's own resolution.
    virtual void setExportScale(double scale) { (void)scale; }
    /// The shown data as CSV with a header row; numbers round-trip (actlab::formatRoundTrip).
    virtual QByteArray csv() const = 0;
    /// A title for the file's metadata: the first curve's name, in the UI language.
    virtual QString figureTitle() const = 0;
    /// The file name Export… suggests, without suffix, independent of the language.
    virtual QString fileBaseName() const { return QStringLiteral("actlab"); }

protected:
    Figure() = default;
    Figure(const Figure &) = default;
    Figure &operator=(const Figure &) = default;
};
