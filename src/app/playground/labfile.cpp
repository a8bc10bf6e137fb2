// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

QString LabFile::save(const QString &path, const PlaygroundSetup &setup) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(setup.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

std::variant<PlaygroundSetup, QString> LabFile::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    // Lab files are a few hundred bytes; anything huge is not one of ours.
    if (file.size() > 1 << 20)
        return tr("%1 is not a playground lab file.").arg(path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tr("%1 is not valid JSON (at character %2).").arg(path).arg(error.offset);
    QString badKey;
    auto setup = PlaygroundSetup::fromJson(doc.object(), &badKey);
    if (!setup) {
        if (badKey == QStringLiteral("format"))
            return tr("%1 is not a playground lab file.").arg(path);
        return tr("%1 has an invalid value for \"%2\".").arg(path, badKey);
    }
    return *setup;
}

QString LabFile::filter() {
    return tr("Playground lab files (*.actlab-playground.json *.json)");
}
