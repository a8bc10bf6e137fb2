// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>
#include <QString>

class QWidget;

/**
 * The application's file dialogs, in the UI language throughout. Qt's file dialog writes the
 * modification dates in the system locale, fixed when the program starts, so after switching
 * to Chinese they stayed English; these dialogs show them through LocalizedFileDates.
 */
namespace FileDialogs {
QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter, QString *selectedFilter = nullptr);
} // namespace FileDialogs

/// Shows a QFileSystemModel's date column in the current default locale (the UI language).
class LocalizedFileDates : public QIdentityProxyModel {
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};
