// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "catalogroles.h"

CompareDialog::CompareDialog(const QStandardItemModel *catalogModel, const QStringList &excludedIds,
                             QWidget *parent)
    : QDialog(parent) {
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(44, 28));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    for (int row = 0; row < catalogModel->rowCount(); ++row) {
        const QStandardItem *group = catalogModel->item(row);
        for (int i = 0; i < group->rowCount(); ++i) {
            const QStandardItem *entry = group->child(i);
            const QString id = entry->data(CatalogRoles::Id).toString();
            if (excludedIds.contains(id))
                continue;
            auto *item = new QListWidgetItem(
                entry->icon(),
                QStringLiteral("%1  —  %2")
                    .arg(entry->text(), entry->data(CatalogRoles::Subtitle).toString()),
                m_list);
            item->setData(CatalogRoles::Id, id);
            item->setData(CatalogRoles::SearchText,
                          entry->data(CatalogRoles::SearchText).toString());
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 520);

    connect(m_search, &QLineEdit::textChanged, this, &CompareDialog::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedId().isEmpty());
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
}

CompareDialog::~CompareDialog() = default;

QString CompareDialog::selectedId() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(CatalogRoles::Id).toString() : QString();
}

void CompareDialog::setSearchText(const QString &text) {
    m_search->setText(text);
}

void CompareDialog::applyFilter() {
    const QStringList words =
        m_search->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->data(CatalogRoles::SearchText).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedId().isEmpty());
}

void CompareDialog::retranslateUi() {
    setWindowTitle(tr("Compare with"));
    m_hint->setText(tr("Choose an activation to draw next to the current one (at most two)."));
    m_search->setPlaceholderText(tr("Search: name, id or alias (English or 中文)"));
}

void CompareDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
