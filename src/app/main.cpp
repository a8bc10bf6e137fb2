// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "cli/clirunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    parser.process(app);

    // Precedence: --lang, then the remembered choice, then the system locale.
    LanguageManager languages;
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = SettingsKeys::language.get();
    if (!languages.setLanguage(language))
        languages.setLanguage(LanguageManager::systemLanguage());

    MainWindow window(&languages);
    window.show();
    return app.exec();
}
