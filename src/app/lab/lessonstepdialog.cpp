// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonstepdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LessonStepDialog::LessonStepDialog(QWidget *parent)
    : QDialog(parent) {
    m_englishLabel = new QLabel;
    m_chineseLabel = new QLabel;
    m_titleLabel = new QLabel;
    m_textLabel = new QLabel;
    m_titleEn = new QLineEdit;
    m_titleZh = new QLineEdit;
    m_textEn = new QPlainTextEdit;
    m_textZh = new QPlainTextEdit;
    for (QPlainTextEdit *edit : {m_textEn, m_textZh}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    }
    m_titleLabel->setBuddy(m_titleEn);
    m_textLabel->setBuddy(m_textEn);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_englishLabel, 0, 1);
    grid->addWidget(m_chineseLabel, 0, 2);
    grid->addWidget(m_titleLabel, 1, 0);
    grid->addWidget(m_titleEn, 1, 1);
    grid->addWidget(m_titleZh, 1, 2);
    grid->addWidget(m_textLabel, 2, 0, Qt::AlignTop);
    grid->addWidget(m_textEn, 2, 1);
    grid->addWidget(m_textZh, 2, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    retranslateUi();
}

LessonStepDialog::~LessonStepDialog() = default;

void LessonStepDialog::setTexts(const LocalizedText &title, const LocalizedText &text) {
    m_titleEn->setText(title.en);
    m_titleZh->setText(title.zh);
    m_textEn->setPlainText(text.en);
    m_textZh->setPlainText(text.zh);
}

LocalizedText LessonStepDialog::title() const {
    return {m_titleEn->text().trimmed(), m_titleZh->text().trimmed()};
}

LocalizedText LessonStepDialog::text() const {
    return {m_textEn->toPlainText().trimmed(), m_textZh->toPlainText().trimmed()};
}

void LessonStepDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LessonStepDialog::retranslateUi() {
    setWindowTitle(tr("Lesson step"));
    m_englishLabel->setText(tr("English"));
    m_chineseLabel->setText(tr("Chinese"));
    m_titleLabel->setText(tr("&Title:"));
    m_textLabel->setText(tr("Te&xt:"));
    m_hint->setText(tr("Fill in one language or both: the step is shown in the interface "
                       "language, else in the other."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}
