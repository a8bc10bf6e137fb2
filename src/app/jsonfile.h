// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/**
 * Lab files on disk, whatever page they belong to: saving is atomic (QSaveFile), so a crash
 * or a full disk never leaves half a file; loading returns the whole JSON object or one
 * translated sentence, never a partial state.
 */
class JsonFile {
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    /// Empty on success, else the reason.
    static QString save(const QString &path, const QJsonObject &object);
    /// `notOurs` is the sentence for a file that is too large to be one of ours.
    static std::variant<QJsonObject, QString> load(const QString &path, const QString &notOurs);
    /// "%1 has an invalid value for "%2"." for a field a loader refused.
    static QString invalidValue(const QString &path, const QString &key);
};
