// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include "appinfo.h"
#include "cli/clirunner.h"
#include "lab/labdocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "playground/playgroundpage.h"
#include "presentation/presentationmode.h"
#include "settings.h"
#include "uizoom.h"
#include "windowoptions.h"

namespace {
void setApplicationNames() {
    QCoreApplication::setOrganizationName(QString::fromLatin1(AppInfo::organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));
}

/// Precedence: --lang, then the remembered choice, then the system locale.
void chooseLanguage(LanguageManager &languages, const QString &requested) {
    if (!requested.isEmpty() && languages.setLanguage(requested))
        return;
    if (!languages.setLanguage(SettingsKeys::language.get()))
        languages.setLanguage(LanguageManager::systemLanguage());
}
} // namespace

int main(int argc, char **argv) {
    if (argc > 1 && Cli::isSubcommand(argv[1]))
        return Cli::run(argc, argv);

    // The options are read without a display first (see WindowOptions).
    std::optional<WindowOptions> options;
    {
        QCoreApplication headless(argc, argv);
        setApplicationNames();
        LanguageManager languages;
        chooseLanguage(languages, {});
        auto parsed = WindowOptions::parse(QCoreApplication::arguments(), languages);
        if (const int *status = std::get_if<int>(&parsed))
            return *status;
        options = std::get<WindowOptions>(std::move(parsed));
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));
    // Desktops match the window to its installed entry (packaging/) by this name.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppInfo::desktopId));
    LanguageManager languages;
    chooseLanguage(languages, options->language);
    UiZoom::restore();

    MainWindow window(&languages);
    if (options->page)
        window.setPage(*options->page);
    if (!options->labFile.isEmpty()) {
        const QString error = window.labDocument()->open(options->labFile, false);
        if (!error.isEmpty()) { // changed on disk since it was checked
            std::fprintf(stderr, "actlab: %s\n", qPrintable(error));
            return Cli::exitUsage;
        }
    }
    window.show();
    if (options->present)
        window.presentationMode()->setActive(true); // once shown, so the docks keep their sizes
    return app.exec();
}
