// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "cli/clirunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "depth/depthlabfile.h"
#include "depth/depthlabpage.h"
#include "playground/playgroundpage.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>

namespace {
/// Translation context "Main" for the window's command-line options.
class MainText {
    Q_DECLARE_TR_FUNCTIONS(Main)
};
} // namespace

int main(int argc, char **argv) {
    if (argc > 1 && Cli::isSubcommand(argv[1]))
        return Cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(AppInfo::organization));
    QApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));

    // The language is chosen before the options are read, so --help speaks it too.
    // Precedence: --lang, then the remembered choice, then the system locale.
    LanguageManager languages;
    if (!languages.setLanguage(SettingsKeys::language.get()))
        languages.setLanguage(LanguageManager::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        MainText::tr("ActLab, the activation function lab. Headless commands: actlab help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        MainText::tr("User interface language: en or zh_CN."),
                                        QStringLiteral("LANG"));
    parser.addOption(langOption);
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        MainText::tr("Page to open on: explorer, playground or depth (default: the last one)."),
        QStringLiteral("PAGE"));
    parser.addOption(pageOption);
    const QCommandLineOption labOption(
        QStringLiteral("lab"),
        MainText::tr("Open a lab file: a playground or depth-lab set-up, on its page."),
        QStringLiteral("FILE"));
    parser.addOption(labOption);
    parser.process(app);
    if (parser.isSet(langOption) && !languages.setLanguage(parser.value(langOption))) {
        std::fprintf(stderr, "actlab: %s\n",
                     qPrintable(MainText::tr("Unknown language \"%1\": use en or zh_CN.")
                                    .arg(parser.value(langOption))));
        return 2;
    }

    MainWindow window(&languages);
    if (parser.isSet(pageOption)) {
        const auto page = MainWindow::pageFromKey(parser.value(pageOption));
        if (!page) {
            std::fprintf(
                stderr, "actlab: %s\n",
                qPrintable(MainText::tr("Unknown page \"%1\": use explorer, playground or depth.")
                               .arg(parser.value(pageOption))));
            return 2;
        }
        window.setPage(*page);
    }
    if (parser.isSet(labOption)) {
        const QString path = parser.value(labOption);
        const bool depth = DepthLabFile::isDepthLabFile(path);
        window.setPage(depth ? MainWindow::Page::Depth : MainWindow::Page::Playground);
        const QString error = depth ? window.depthLabPage()->openFile(path, false)
                                    : window.playgroundPage()->loadLab(path);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "actlab: %s\n", qPrintable(error));
            return 2;
        }
    }
    window.show();
    return app.exec();
}
