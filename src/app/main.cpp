// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "cli/clirunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "playground/playgroundpage.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char **argv) {
    if (argc > 1 && Cli::isSubcommand(argv[1]))
        return Cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(AppInfo::organization));
    QApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ActLab, the activation function lab. Headless commands: actlab help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: en or zh_CN."),
                                        QStringLiteral("LANG"));
    parser.addOption(langOption);
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QStringLiteral("Page to open on: explorer or playground (default: the last one)."),
        QStringLiteral("PAGE"));
    parser.addOption(pageOption);
    const QCommandLineOption labOption(
        QStringLiteral("lab"), QStringLiteral("Open the playground with this lab file loaded."),
        QStringLiteral("FILE"));
    parser.addOption(labOption);
    parser.process(app);

    // Precedence: --lang, then the remembered choice, then the system locale.
    LanguageManager languages;
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = SettingsKeys::language.get();
    if (!languages.setLanguage(language))
        languages.setLanguage(LanguageManager::systemLanguage());

    MainWindow window(&languages);
    if (parser.isSet(pageOption)) {
        const auto page = MainWindow::pageFromKey(parser.value(pageOption));
        if (!page) {
            std::fprintf(stderr, "actlab: unknown page \"%s\" (explorer or playground)\n",
                         qPrintable(parser.value(pageOption)));
            return 2;
        }
        window.setPage(*page);
    }
    if (parser.isSet(labOption)) {
        window.setPage(MainWindow::Page::Playground);
        const QString error = window.playgroundPage()->loadLab(parser.value(labOption));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "actlab: %s\n", qPrintable(error));
            return 2;
        }
    }
    window.show();
    return app.exec();
}
