// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "mainwindow.h"

class LanguageManager;

/**
 * The window's command line (`actlab [--lang L] [--page P] [--present] [--lab FILE | FILE]`),
 * parsed in one place, under a QCoreApplication before the window's QApplication exists: --help,
 * --version and every mistake (a bad option, a mistyped command, a damaged lab file) are answered
 * without a display, on a server or over ssh as well as on a desktop.
 */
struct WindowOptions {
    Q_DECLARE_TR_FUNCTIONS(Main)

public:
    QString language; ///< --lang, empty when not given
    std::optional<MainWindow::Page> page;
    QString labFile;      ///< empty for none
    bool present = false; ///< --present: presentation mode from the start

    /// Applies --lang to `languages`; prints help, the version or one error line and returns
    /// the exit status when the window must not start.
    static std::variant<WindowOptions, int> parse(const QStringList &arguments,
                                                  LanguageManager &languages);
    /// The options, for `actlab help`: one line each.
    static QString summary();
};
