// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

ComparisonBar::ComparisonBar(NameProvider names, QWidget *parent)
    : QWidget(parent)
    , m_names(std::move(names)) {
    m_label = new QLabel(this);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    m_clear = new QToolButton(this);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &ComparisonBar::clearRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_label);
    layout->addLayout(m_chips);
    layout->addStretch();
    layout->addWidget(m_clear);
    rebuild();
}

ComparisonBar::~ComparisonBar() = default;

void ComparisonBar::setIds(const QStringList &ids) {
    m_ids = ids;
    rebuild();
}

void ComparisonBar::rebuild() {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_label->setText(tr("Compared with:"));
    m_clear->setText(tr("Clear comparisons"));
    for (const QString &id : std::as_const(m_ids)) {
        auto *button = new QToolButton(this);
        // "✕" marks the button as a remover; the tooltip says it in words.
        button->setText(QStringLiteral("%1  ✕").arg(m_names(id)));
        button->setToolTip(tr("Remove %1 from the plot").arg(m_names(id)));
        connect(button, &QToolButton::clicked, this, [this, id] { emit removeRequested(id); });
        m_chips->addWidget(button);
        m_buttons.append(button);
    }
    setVisible(!m_ids.isEmpty());
}

void ComparisonBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
