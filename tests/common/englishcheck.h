// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Collects English words left in a translated widget tree (see uiwords.h for what counts).

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include "uiwords.h"

class EnglishCheck {
public:
    explicit EnglishCheck(QSet<QString> allowed)
        : m_allowed(std::move(allowed)) {}

    /// One text; "&" mnemonics are not letters of a word.
    void check(const QString &where, QString text) {
        static const QRegularExpression mnemonic(QStringLiteral("&(?=\\w)"));
        text.remove(mnemonic);
        const QStringList english = UiWords::englishWordsIn(text, m_allowed);
        if (!english.isEmpty())
            m_problems << QStringLiteral("%1: \"%2\" (%3)").arg(where, text, english.join(u','));
    }

    /// Labels, buttons and group boxes under `root`, with every widget's tooltip.
    void widgets(const QWidget *root) {
        for (const QLabel *label : root->findChildren<QLabel *>())
            check(QStringLiteral("label"), label->text());
        for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
            check(QStringLiteral("button"), button->text());
        for (const QGroupBox *box : root->findChildren<QGroupBox *>())
            check(QStringLiteral("group"), box->title());
        for (const QWidget *w : root->findChildren<QWidget *>())
            check(QStringLiteral("tooltip"), w->toolTip());
    }

    const QStringList &problems() const { return m_problems; }
    QString report() const { return m_problems.join(u'\n'); }

private:
    QSet<QString> m_allowed;
    QStringList m_problems;
};
