// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLocale>

namespace {

constexpr int kDateColumn = 3; // QFileSystemModel: name, size, type, date modified

QString run(QFileDialog &dialog, QString *selectedFilter) {
    // The proxy needs Qt's own dialog; the platform's native one has no model to wrap.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setProxyModel(new LocalizedFileDates(&dialog));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().first();
}

} // namespace

QVariant LocalizedFileDates::data(const QModelIndex &index, int role) const {
    if (role == Qt::DisplayRole && index.column() == kDateColumn) {
        if (const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel()))
            return QLocale().toString(files->lastModified(mapToSource(index)),
                                      QLocale::ShortFormat);
    }
    return QIdentityProxyModel::data(index, role);
}

namespace FileDialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter) {
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, nullptr);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter, QString *selectedFilter) {
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    return run(dialog, selectedFilter);
}

} // namespace FileDialogs
