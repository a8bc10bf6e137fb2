// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthlabfile.h"

#include "jsonfile.h"

QString DepthLabFile::save(const QString &path, const DepthLabSetup &setup) {
    return JsonFile::save(path, setup.toJson());
}

std::variant<DepthLabSetup, QString> DepthLabFile::load(const QString &path) {
    const QString notOurs = tr("%1 is not a depth-lab file.").arg(path);
    auto loaded = JsonFile::load(path, notOurs);
    if (const auto *error = std::get_if<QString>(&loaded))
        return *error;
    QString badKey;
    auto setup = DepthLabSetup::fromJson(std::get<QJsonObject>(loaded), &badKey);
    if (!setup)
        return badKey == QStringLiteral("format") ? notOurs : JsonFile::invalidValue(path, badKey);
    return *setup;
}

bool DepthLabFile::isDepthLabFile(const QString &path) {
    auto loaded = JsonFile::load(path, QString());
    const auto *object = std::get_if<QJsonObject>(&loaded);
    return object &&
           (*object)[QStringLiteral("format")].toString() == QLatin1String("actlab-depth-lab");
}

QString DepthLabFile::filter() {
    return tr("Depth-lab files (*.actlab-depth.json *.json)");
}
