// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfile.h"

#include "jsonfile.h"

QString LabFile::save(const QString &path, const PlaygroundSetup &setup) {
    return JsonFile::save(path, setup.toJson());
}

std::variant<PlaygroundSetup, QString> LabFile::load(const QString &path) {
    const QString notOurs = tr("%1 is not a playground lab file.").arg(path);
    auto loaded = JsonFile::load(path, notOurs);
    if (const auto *error = std::get_if<QString>(&loaded))
        return *error;
    QString badKey;
    auto setup = PlaygroundSetup::fromJson(std::get<QJsonObject>(loaded), &badKey);
    if (!setup)
        return badKey == QStringLiteral("format") ? notOurs : JsonFile::invalidValue(path, badKey);
    return *setup;
}

QString LabFile::filter() {
    return tr("Playground lab files (*.actlab-playground.json *.json)");
}
