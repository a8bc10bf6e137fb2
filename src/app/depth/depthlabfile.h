// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QCoreApplication>
#include <QString>

#include "depthlabsetup.h"

/** Depth-lab files: the page's set-up as JSON, saved atomically (see JsonFile). */
class DepthLabFile {
    Q_DECLARE_TR_FUNCTIONS(DepthLabFile)

public:
    /// Empty on success, else the reason.
    static QString save(const QString &path, const DepthLabSetup &setup);
    static std::variant<DepthLabSetup, QString> load(const QString &path);
    /// Whether a JSON file is a depth-lab file (for `actlab --lab FILE`).
    static bool isDepthLabFile(const QString &path);
    /// The file-dialog filter.
    static QString filter();
};
