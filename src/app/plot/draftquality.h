// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <qcustomplot.h>

/**
 * Keeps a slider drag smooth when a plot has many curves. It times every full-quality replot;
 * while parameters change (changing()) and the last full-quality frame took longer than the
 * budget, the curves are drawn without antialiasing, which costs about a third as much
 * (bench_replot eightPinsOverlay). A short pause after the last change draws the final frame at
 * full quality, so what stays on screen, and everything exported, is never the draft. The idea
 * is QCustomPlot's own setNoAntialiasingOnDrag, applied to parameter drags.
 */
class DraftQuality : public QObject {
    Q_OBJECT

public:
    /// Half a 60 Hz frame is the explorer's goal; a frame over 6 ms leaves too little margin.
    static constexpr double kDefaultBudgetMs = 6.0;
    static constexpr int kSettleMs = 150;

    explicit DraftQuality(QCustomPlot *plot);

    /// A parameter changed: drafts if full quality is too slow for this plot.
    void changing();
    /// Back to full quality now (before an export, for one), without a replot.
    void finish();
    bool isDraft() const { return m_draft; }
    double lastFullQualityMs() const { return m_lastFullMs; }
    /// Frames slower than this are drafted while dragging (tests use 0: always).
    void setBudget(double ms) { m_budgetMs = ms; }

private:
    QCustomPlot *m_plot;
    QElapsedTimer m_frame;
    QTimer m_settle;
    double m_lastFullMs = 0;
    double m_budgetMs = kDefaultBudgetMs;
    QCP::AntialiasedElements m_antialiased; ///< both as they were before drafting
    QCP::AntialiasedElements m_notAntialiased;
    bool m_draft = false;
};
