// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;

/**
 * The row above the explorer's plot: the pins on the left, the choice of view on the right. When
 * the centre is too narrow for both (a 1024-pixel projector with the docks open), the view
 * buttons move to a second row instead of squeezing each other's text. It never sets the
 * centre's minimum width: the plot gets the space, not the bar.
 */
class ExplorerBar : public QWidget {
    Q_OBJECT

public:
    ExplorerBar(QWidget *pins, QWidget *views, QWidget *parent = nullptr);

    /// True when the view buttons are on a row of their own.
    bool isStacked() const { return m_stacked; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void arrange();

    QWidget *m_pins;
    QWidget *m_views;
    QGridLayout *m_layout;
    bool m_stacked = false;
};
