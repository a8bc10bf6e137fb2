// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QString>
#include <QWidget>

#include "activations/catalog.h"
#include "export/figure.h"
#include "plot/sampledcurve.h"

class QCustomPlot;
class DraftQuality;
class ZoomInset;

/// One activation drawn in the plot: the function, its parameter values, and its identity.
struct PlottedActivation {
    QString id; ///< catalog id, or "expr:..." for formulas
    std::shared_ptr<const actlab::ScalarFunction> function;
    std::vector<double> params;
    const actlab::ActivationSpec *spec = nullptr; ///< null for formulas
    QString label;   ///< shown in the legend instead of the activation's name when set
    int colour = -1; ///< palette index; -1: its position in the list
};

/// The name a curve goes by in legends and labels: its label, else the activation's name with
/// the parameters that differ from their defaults, else a formula's text.
QString plottedName(const PlottedActivation &a);
/// The name a curve goes by in files and on the command line, independent of the language:
/// the catalog id with the parameters that differ from their defaults as `render --compare`
/// takes them (leaky_relu[negative_slope=0.3]); a vector activation's slice
/// (softmax([x 0])[0]); a formula's "expr:" id.
QString curveId(const PlottedActivation &a);

/// What the crosshair tracer reads at the mouse position, for the primary activation.
struct TracerReading {
    double x = 0;
    double f = 0;
    double df = 0;
    double d2f = 0;
};

enum class PlotTheme { Light, Dark };

/**
 * The explorer's plot (QCustomPlot): f of one or more activations, with f′ and f″ as optional
 * overlays, in colour-blind-safe styles with a legend; labelled axes; wheel zoom, drag pan,
 * rubber-band zoom (with Ctrl), resetView() to the activation's own default view; a crosshair
 * tracer; markers at kinks; dashed lines at asymptotes and range bounds. Curves come from the
 * core's sampleCurve(), so there are no vertical lines at jumps. Replots are coalesced
 * (rpQueuedReplot). It does no maths beyond asking the core.
 */
class PlotView : public QWidget, public Figure {
    Q_OBJECT

public:
    explicit PlotView(QWidget *parent = nullptr);
    ~PlotView() override;

    /// The first activation is the primary one (tracer, kinks, guides); the others are compared.
    void setActivations(const QList<PlottedActivation> &activations);
    QList<PlottedActivation> activations() const;
    /// Updates the parameters of activation `index` and resamples (the slider-drag path).
    void setParams(int index, const std::vector<double> &params);
    /// Replaces the function of activation `index` (the same activation under another input,
    /// as the one-neuron view's weight and bias make it) and resamples; the view stays.
    void setFunction(int index, std::shared_ptr<const actlab::ScalarFunction> function,
                     const QString &label);

    void setDerivativeVisible(int order, bool visible); ///< order 1 (f′) or 2 (f″)
    bool isDerivativeVisible(int order) const;
    /// A small view whose curves are named around it can do without the legend.
    void setLegendShown(bool shown);
    /// The tracer's readout in the lower right corner, on by default; tracerText() still reads.
    void setTracerReadoutShown(bool shown);
    /// Also takes a changed PlotPalette::lineWidthScale() with the same theme.
    void setTheme(PlotTheme theme);
    PlotTheme theme() const;
    /// A magnified corner view of every curve around x = 0 (ZoomInset), on or off.
    void setZoomInsetVisible(bool visible);
    bool isZoomInsetVisible() const;
    const ZoomInset *zoomInset() const;
    /// Drafts slider drags when full-quality frames are too slow (many curves).
    DraftQuality *draftQuality() const;

    void resetView();                     ///< the primary activation's default view
    void setXRange(double lo, double hi); ///< keeps y as resetView() would choose for that range

    /// Resamples all curves for the current view and pixel size and queues one replot.
    void refresh() override;
    /// Samples and replots synchronously (benchmarks, export, render).
    void refreshNow() override;

    QCustomPlot *customPlot() const override;
    /// "curve,order,piece,x,y": every drawn curve as sampled now.
    QByteArray csv() const override;
    QString figureTitle() const override;
    QString fileBaseName() const override;

    /// The sampled curves currently shown, for CSV export: one entry per (activation, order).
    using SampledCurve = ::SampledCurve;
    std::vector<SampledCurve> sampledCurves() const;

    /// A kink marker of the primary activation: filled where the curve takes its value, open at
    /// a one-sided limit it does not take (jumps). order 0 is on f, 1 on f′.
    struct Marker {
        double x = 0;
        double y = 0;
        bool filled = true;
        int order = 0;
    };
    std::vector<Marker> markers() const;
    /// Heights of the dashed guide lines (range bounds, asymptotes) of the primary activation.
    std::vector<double> guideLevels() const;
    /// Text of the tracer's readout; empty while the tracer is hidden.
    QString tracerText() const;
    /// Moves the tracer to x as if the mouse were there (keyboard users, tests).
    void traceAt(double x);
    /// Figure export draws at `scale` times the layout size; curves are sampled that finely while
    /// it is set. 1 returns to the screen's own resolution.
    void setExportScale(double scale) override;

signals:
    void tracerMoved(const TracerReading &reading);
    void tracerLeft();

protected:
    void changeEvent(QEvent *event) override; ///< retranslates axis labels and legend

private:
    struct Private;
    std::unique_ptr<Private> d;
};
