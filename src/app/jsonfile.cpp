// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include "uinumber.h"

QString JsonFile::save(const QString &path, const QJsonObject &object) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

std::variant<QJsonObject, QString> JsonFile::load(const QString &path, const QString &notOurs) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    // Lab files are a few kilobytes; anything huge is not one of ours.
    if (file.size() > 1 << 20)
        return notOurs;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tr("%1 is not valid JSON (at character %2).")
            .arg(path, UiNumber::whole(error.offset));
    return doc.object();
}

QString JsonFile::invalidValue(const QString &path, const QString &key) {
    return tr("%1 has an invalid value for \"%2\".").arg(path, key);
}
