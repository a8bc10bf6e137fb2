// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <utility>
#include <vector>

#include <QFont>
#include <QWidget>

#include "playgroundmetrics.h"

/**
 * Accuracy, loss and the confusion matrix as a small painted table; each cell's shade is the
 * share of its row, so a good classifier shows a dark diagonal.
 */
class MetricsView : public QWidget {
    Q_OBJECT

public:
    explicit MetricsView(QWidget *parent = nullptr);
    ~MetricsView() override;

    /// Metrics without a confusion matrix keep the last matrix of the same shape (the matrix
    /// is computed less often than the figures).
    void setMetrics(const PlaygroundMetrics &metrics);
    const PlaygroundMetrics &metrics() const { return m_metrics; }
    /// The text lines shown above the matrix (for tests and the status bar).
    QStringList summaryLines() const;
    /// Names of the matrix's axes: rows (the actual class), then columns (the predicted one).
    QStringList axisTitles() const;
    /// Where cell (row = actual, column = predicted) is drawn; empty when there is no matrix.
    QRect cellRect(int row, int column) const;
    /// What cell (row, column) shows: its count, or its share of the row in percent when the
    /// largest count would not fit the cells.
    QString cellText(int row, int column) const;

    QSize sizeHint() const override { return {260, 240}; }
    /// Room for the summary and a confusion matrix with legible cells, so a tall decision map
    /// never squeezes the matrix into unreadable squares.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override; ///< a cell's tooltip: its exact count and row share

private:
    std::pair<QFont, bool> cellFont(int side) const; ///< font, and whether to show shares
    QString cellText(int row, int column, bool shares) const;
    static constexpr int kSwatch = 3; ///< width of the class colour beside a row header
    struct MatrixLayout {
        int classes = 0; ///< 0: no matrix to draw
        int side = 0;
        QRect title, predicted, actual, cells;
    };
    MatrixLayout matrixLayout() const;

    PlaygroundMetrics m_metrics;
};
