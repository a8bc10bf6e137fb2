// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QLabel>

#include "plot/plotview.h"

/**
 * The cursor readout of presentation mode: the primary activation's name and x, f(x), f′(x) in
 * large type on a translucent panel in the lower right corner of the explorer's plot, legible
 * from the back of a room. It lays itself over the plot, lets the mouse through, and follows
 * the plot's size, the theme and the language.
 */
class PresentationReadout : public QLabel {
    Q_OBJECT

public:
    explicit PresentationReadout(PlotView *plot);

    /// How much larger than the application font the readout writes.
    static constexpr double kFontFactor = 1.5;

    void showReading(const TracerReading &reading);
    void clearReading();
    /// Takes a new application font (a changed scale).
    void refresh();
    /// Shown only while enabled and a reading is there.
    void setActive(bool active);
    bool isActive() const { return m_active; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateText();
    /// Puts a panel of text size `size` in the best corner of the plot.
    void place(QSize size);

    PlotView *m_plot;
    std::optional<TracerReading> m_reading;
    bool m_active = false;
};
