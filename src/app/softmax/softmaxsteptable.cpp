// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxsteptable.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QHeaderView>

#include "uinumber.h"
#include "util/strings.h"

SoftmaxStepTable::SoftmaxStepTable(QWidget *parent)
    : QTableWidget(RowCount, 0, parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(false);
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    retranslateUi();
}

QString SoftmaxStepTable::cellText(Row row, int column) const {
    const QTableWidgetItem *it = item(row, column);
    return it ? it->text() : QString();
}

void SoftmaxStepTable::setCell(int row, int column, double value, char format, int precision) {
    auto *cell = new QTableWidgetItem(UiNumber::real(value, format, precision));
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cell->setToolTip(QString::fromStdString(actlab::formatRoundTrip(value)));
    if (!std::isfinite(value)) {
        cell->setForeground(QColor(200, 30, 30));
        QFont bold = font();
        bold.setBold(true);
        cell->setFont(bold);
    }
    setItem(row, column, cell);
}

void SoftmaxStepTable::setBreakdown(const actlab::SoftmaxBreakdown &b) {
    m_breakdown = b;
    const int n = int(b.size());
    setColumnCount(n + 1);
    for (int i = 0; i < n; ++i) {
        const std::size_t k = std::size_t(i);
        setCell(Logits, i, b.logits[k], 'g', 6);
        setCell(Shifted, i, b.shifted[k], 'g', 4);
        setCell(Exponentials, i, b.exp[k], 'g', 4);
        // Probabilities to three decimals, as the tutorial writes 0.659, 0.242, 0.099.
        setCell(Softmax, i, b.softmax[k], 'f', 3);
        setCell(NaiveExponentials, i, b.naiveExp[k], 'g', 4);
        setCell(NaiveSoftmax, i, b.naiveSoftmax[k], 'f', 3);
    }
    // The Σ column: only the sums mean something there.
    for (int row = 0; row < RowCount; ++row)
        setItem(row, n, new QTableWidgetItem);
    setCell(Exponentials, n, b.sum, 'g', 4);
    double total = 0, naiveTotal = 0;
    for (std::size_t k = 0; k < b.size(); ++k) {
        total += b.softmax[k];
        naiveTotal += b.naiveSoftmax[k];
    }
    setCell(Softmax, n, total, 'f', 3);
    setCell(NaiveExponentials, n, b.naiveSum, 'g', 4);
    setCell(NaiveSoftmax, n, naiveTotal, 'f', 3);
    retranslateUi();
    fitColumns();
}

void SoftmaxStepTable::fitColumns() {
    // Columns share the width while every number fits; ten wide numbers (1.131e+04) get their
    // full width and a scroll bar instead of being cut to "1.1…".
    int needed = 0;
    for (int c = 0; c < columnCount(); ++c)
        needed += std::max(sizeHintForColumn(c), horizontalHeader()->sectionSizeHint(c));
    const bool fits = needed <= viewport()->width();
    horizontalHeader()->setSectionResizeMode(fits ? QHeaderView::Stretch
                                                  : QHeaderView::ResizeToContents);
    setHorizontalScrollBarPolicy(fits ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
}

void SoftmaxStepTable::resizeEvent(QResizeEvent *event) {
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void SoftmaxStepTable::retranslateUi() {
    setVerticalHeaderLabels({tr("Logits xᵢ"), tr("Shifted (xᵢ − max) / T"),
                             tr("Exponential e^shifted"), tr("Softmax = exponential / Σ"),
                             tr("Naive e^(xᵢ / T)"), tr("Naive softmax")});
    QStringList columns;
    for (int i = 0; i + 1 < columnCount(); ++i)
        columns << QStringLiteral("x%1").arg(i + 1);
    if (columnCount() > 0)
        columns << QStringLiteral("Σ");
    setHorizontalHeaderLabels(columns);
    verticalHeaderItem(Shifted)->setToolTip(
        tr("Subtracting the largest logit changes no probability, and makes every exponent "
           "zero or negative, so no exponential can overflow."));
    verticalHeaderItem(NaiveExponentials)
        ->setToolTip(tr("The textbook formula without the shift: e^x overflows to infinity "
                        "for x above about 709."));
}

void SoftmaxStepTable::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}
