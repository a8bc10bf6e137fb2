// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QJsonObject>
#include <QString>

#include "labstate.h"

/**
 * Lab files as JSON (docs/lab-files.md), without any file or UI: the format, its version, and
 * the checks that make a loaded state safe to show (known ids, the right number of valid
 * parameters, sane ranges). The playground's and the depth lab's own older files are read as
 * labs with only that page.
 */
namespace LabJson {

inline constexpr int kVersion = 1;

struct Error {
    enum class Kind {
        NotALabFile,  ///< another JSON file
        NewerVersion, ///< `version` above kVersion
        InvalidField, ///< `field` is missing, of the wrong type, or out of range
    };
    Kind kind = Kind::NotALabFile;
    QString field;   ///< a path such as "lesson.steps[2].state.explorer.pins[0].parameters"
    int version = 0; ///< NewerVersion: the file's
};

QJsonObject toJson(const LabContents &contents);
/// A state alone (a lesson step's), with the same keys as the top level.
QJsonObject stateToJson(const LabState &state);
std::variant<LabContents, Error> fromJson(const QJsonObject &json);

} // namespace LabJson
