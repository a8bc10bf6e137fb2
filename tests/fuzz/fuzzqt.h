// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

#include <QCoreApplication>
#include <QString>

#include <stdlib.h>

/**
 * What the Qt-based fuzz targets set up once, in LLVMFuzzerInitialize: one QCoreApplication
 * for the whole run, and a private temporary folder. The application is never destroyed: the
 * process ends with exit() (libFuzzer's or main's), after Qt's own globals may be gone, where
 * ~QCoreApplication would crash. The folder is removed at exit without Qt.
 */
namespace FuzzQt {

inline QString &folder() {
    static QString path;
    return path;
}

inline void initialize(int *argc, char ***argv) {
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    (void)app;
    char name[] = "/tmp/actlab-fuzz-XXXXXX";
    if (!mkdtemp(name))
        std::abort();
    static std::string created;
    created = name;
    std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove_all(created, ignored);
    });
    folder() = QString::fromLocal8Bit(name);
}

inline QString path(const char *file) {
    return folder() + QLatin1Char('/') + QLatin1String(file);
}

} // namespace FuzzQt
