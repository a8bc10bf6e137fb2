// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStandardItemModel;

/**
 * Picks an activation to draw next to the current one: every catalog entry and user formula
 * (taken from the catalog panel's model, icons included), filtered by a search box that works
 * like the catalog's. Entries already in the plot are left out.
 */
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(const QStandardItemModel *catalogModel, const QStringList &excludedIds,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    QString selectedId() const;
    void setSearchText(const QString &text);
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();

    QLabel *m_hint = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
