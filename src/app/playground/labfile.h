// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QCoreApplication>
#include <QString>

#include "playgroundsetup.h"

/**
 * Playground lab files: the set-up as JSON. Saving is atomic (QSaveFile), so a crash or a full
 * disk never leaves half a file; loading either returns a complete set-up or one translated
 * sentence saying what is wrong, and never a partly applied state.
 */
class LabFile {
    Q_DECLARE_TR_FUNCTIONS(LabFile)

public:
    /// Empty on success, else the reason.
    static QString save(const QString &path, const PlaygroundSetup &setup);
    static std::variant<PlaygroundSetup, QString> load(const QString &path);
    /// The file-dialog filter.
    static QString filter();
};
