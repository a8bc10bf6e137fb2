// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

/**
 * Filters the catalog tree by the search box: a leaf is kept when every word typed occurs in its
 * search text (ids, aliases, English and translated names), case-insensitively; a family stays
 * while any of its leaves does (recursive filtering).
 */
class CatalogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};
