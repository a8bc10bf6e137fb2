// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "labstate.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Edits a lesson step's title and text, in English and Chinese side by side.
class LessonStepDialog : public QDialog {
    Q_OBJECT

public:
    explicit LessonStepDialog(QWidget *parent = nullptr);
    ~LessonStepDialog() override;

    void setTexts(const LocalizedText &title, const LocalizedText &text);
    LocalizedText title() const;
    LocalizedText text() const;

    QLineEdit *titleEdit(bool chinese) const { return chinese ? m_titleZh : m_titleEn; }
    QPlainTextEdit *textEdit(bool chinese) const { return chinese ? m_textZh : m_textEn; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_englishLabel = nullptr;
    QLabel *m_chineseLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QPlainTextEdit *m_textEn = nullptr;
    QPlainTextEdit *m_textZh = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
