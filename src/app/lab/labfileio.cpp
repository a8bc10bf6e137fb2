// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfileio.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include "labjson.h"
#include "uinumber.h"

namespace {

constexpr qint64 kMaxBytes = 1 << 20; // lab files are a few kilobytes

/// 1-based line and column of a byte offset (QJsonParseError only gives the offset).
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset) {
    int line = 1, column = 1;
    for (qsizetype i = 0; i < std::min(offset, bytes.size()); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

} // namespace

QString LabFileIo::save(const QString &path, const LabContents &contents) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(LabJson::toJson(contents)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

std::variant<LabContents, QString> LabFileIo::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    if (file.size() > kMaxBytes)
        return tr("%1 is not an ActLab lab file: it is larger than 1 MiB.").arg(path);
    return parse(file.readAll(), path);
}

std::variant<LabContents, QString> LabFileIo::parse(const QByteArray &bytes, const QString &path) {
    if (bytes.trimmed().isEmpty())
        return tr("%1 is empty.").arg(path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        // A document that breaks off at its very end was cut short (a copy that did not finish).
        if (error.offset >= bytes.trimmed().size() - 1)
            return tr("%1 is incomplete: it ends at line %2 before the lab is closed (was the "
                      "file cut short?).")
                .arg(path, UiNumber::whole(line));
        return tr("%1 is not valid JSON: %2 at line %3, column %4.")
            .arg(path, error.errorString(), UiNumber::whole(line), UiNumber::whole(column));
    }
    if (!doc.isObject())
        return tr("%1 is not an ActLab lab file.").arg(path);
    auto result = LabJson::fromJson(doc.object());
    if (auto *contents = std::get_if<LabContents>(&result))
        return std::move(*contents);
    const LabJson::Error &e = std::get<LabJson::Error>(result);
    switch (e.kind) {
    case LabJson::Error::Kind::NotALabFile:
        return tr("%1 is not an ActLab lab file.").arg(path);
    case LabJson::Error::Kind::NewerVersion:
        return tr("%1 was saved by a newer ActLab (file version %2); this version reads up to "
                  "version %3. Please update ActLab.")
            .arg(path, UiNumber::whole(e.version), UiNumber::whole(LabJson::kVersion));
    case LabJson::Error::Kind::InvalidField:
        break;
    }
    return tr("%1 has a missing or invalid value for \"%2\".").arg(path, e.field);
}

QString LabFileIo::openFilter() {
    return tr("ActLab labs (*.actlab *.actlab-playground.json *.json);;All files (*)");
}

QString LabFileIo::saveFilter() {
    return tr("ActLab labs (*.actlab)");
}
