// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QByteArray>
#include <QObject>
#include <QRect>
#include <QSize>

#include "plot/plotview.h"

class PresentationReadout;
class QAction;
class QActionGroup;
class QMenu;
class QWidget;

/**
 * Presentation mode (F5, as in slide software): a projector layout. Entering remembers the
 * window's state and geometry, fills the screen, scales every text (UiZoom's presentation scale,
 * on top of the interface zoom and never remembered as it) and every chart line
 * (PlotPalette::lineWidthScale()) by scale(), and lays a large cursor readout over the
 * explorer's plot. Leaving (F5 again, or Esc) puts all of it back. The window hides its
 * secondary panels on activeChanged(); other parts (the lesson bar) enlarge themselves and bind
 * their keys the same way, and read scale().
 */
class PresentationMode : public QObject {
    Q_OBJECT

public:
    static constexpr std::array kScales{1.4, 1.6, 2.0, 2.5};
    static constexpr double kDefaultScale = 1.6;

    /// `window` is the one filled and restored; `plot` carries the large readout.
    PresentationMode(QWidget *window, PlotView *plot, QObject *parent = nullptr);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    /// The factor for text and lines while active (remembered); 1.6 unless changed.
    double scale() const { return m_scale; }

    /// Checkable, F5; while active Esc triggers it too.
    QAction *toggleAction() const { return m_toggleAction; }
    /// The choice of scale: one checkable action per entry of kScales.
    QMenu *scaleMenu() const { return m_scaleMenu; }
    PresentationReadout *readout() const { return m_readout; }
    /// The window's saveGeometry() from before it was entered (empty while not active).
    QByteArray geometryBefore() const { return m_active ? m_savedGeometry : QByteArray(); }

    void setActive(bool active);
    /// Takes the nearest of kScales; applied at once while active.
    void setScale(double scale);

    /// While active: the text scale for the window's current page, which is scale() unless the
    /// page would not fit `screen` at that size (the playground on a 1024×768 projector); then
    /// the largest step below that does, down to the interface zoom alone. Line widths keep
    /// scale(). The window calls it on every page change; fit() takes the window's screen.
    void fitTo(QSize screen);
    void fit();
    /// The text scale in use now: scale(), or less on a page too large for it (1 while off).
    double textScale() const;

    /// The tracer's reading, as the status bar gets it.
    void showReading(const TracerReading &reading);
    void clearReading();

signals:
    /// After the window has been filled and scaled (true) or before it is restored (false).
    void activeChanged(bool active);
    void scaleChanged(double scale);
    /// PlotPalette::lineWidthScale() changed: charts restyle (re-apply their theme).
    void lineWidthsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyScale(double scale);
    void retranslateUi();

    QWidget *m_window;
    PlotView *m_plot;
    PresentationReadout *m_readout;
    QAction *m_toggleAction;
    QMenu *m_scaleMenu;
    QActionGroup *m_scaleGroup;
    bool m_active = false;
    double m_scale = kDefaultScale;
    Qt::WindowStates m_savedState;
    QByteArray m_savedGeometry;
    QRect m_savedRect; ///< the window's geometry before presenting
};
