// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

#include "userformula.h"

namespace Ui {
class FormulaDialog;
}

/**
 * Adds or edits a user formula. The expression is compiled by the core on every keystroke; an
 * error is shown under the field as the formula with a caret under the offending column and
 * one translated sentence (formulaErrorText), and OK stays disabled until the formula is valid.
 */
class FormulaDialog : public QDialog {
    Q_OBJECT

public:
    explicit FormulaDialog(QWidget *parent = nullptr);
    ~FormulaDialog() override;

    void setFormula(const UserFormula &formula);
    UserFormula formula() const;

    bool isValid() const { return m_valid; }
    /// The message under the field as plain text (empty when the field is untouched).
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();

    std::unique_ptr<Ui::FormulaDialog> m_ui;
    bool m_valid = false;
};
