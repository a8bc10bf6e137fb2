// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfiltermodel.h"

#include "catalogroles.h"

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
}

void CatalogFilterModel::setSearchText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Families have no search text of their own: they are shown through their leaves.
    const QString haystack = index.data(CatalogRoles::SearchText).toString();
    if (haystack.isEmpty())
        return false;
    for (const QString &word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}
