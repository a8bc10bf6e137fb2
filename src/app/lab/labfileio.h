// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QCoreApplication>
#include <QString>

#include "labstate.h"

/**
 * `.actlab` files on disk. Saving is atomic (QSaveFile): a crash or a full disk never leaves
 * half a file. Loading returns the whole contents or one translated sentence naming the
 * problem (the line and column of broken JSON, the field of a bad value, the version of a file
 * from a newer ActLab), never a partial state. Older playground and depth-lab files open too.
 */
class LabFileIo {
    Q_DECLARE_TR_FUNCTIONS(LabFileIo)

public:
    /// Empty on success, else the reason.
    static QString save(const QString &path, const LabContents &contents);
    static std::variant<LabContents, QString> load(const QString &path);
    /// The same from bytes already read (`path` names the file in messages).
    static std::variant<LabContents, QString> parse(const QByteArray &bytes, const QString &path);
    /// The file-dialog filters: lab files first, then the older formats.
    static QString openFilter();
    static QString saveFilter();
    static QString suffix() { return QStringLiteral("actlab"); }
};
