// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

#include "softmax/softmaxbreakdown.h"

/**
 * Softmax computed by hand, one row per step and one column per logit, with a Σ column: the
 * logits, the shift by the maximum (divided by T), the exponentials and their sum, the
 * division; then the naive route without the shift, in red where it breaks. Each cell's tooltip
 * holds the value to full precision.
 */
class SoftmaxStepTable : public QTableWidget {
    Q_OBJECT

public:
    enum Row { Logits, Shifted, Exponentials, Softmax, NaiveExponentials, NaiveSoftmax, RowCount };

    explicit SoftmaxStepTable(QWidget *parent = nullptr);
    void setBreakdown(const actlab::SoftmaxBreakdown &breakdown);
    /// The text shown in a cell (tests).
    QString cellText(Row row, int column) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void retranslateUi();
    void setCell(int row, int column, double value, char format, int precision);

    actlab::SoftmaxBreakdown m_breakdown;
};
