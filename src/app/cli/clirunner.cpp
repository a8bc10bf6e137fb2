// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "appinfo.h"
#include "cli/datasetcommand.h"
#include "cli/evalcommand.h"
#include "cli/listcommand.h"
#include "cli/rendercommand.h"
#include "cli/traincommand.h"
#include "languagemanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

namespace Cli {
namespace {

struct Command {
    std::function<Outcome(const QStringList &)> run;
    bool needsGui = false; ///< draws with QtGui/QtWidgets, so needs a QApplication
};

const std::map<QString, Command> &commands() {
    static const std::map<QString, Command> table{
        // clang-format off
        {QStringLiteral("list"), {runList}},
        {QStringLiteral("eval"), {runEval}},
        {QStringLiteral("render"), {runRender, true}},
        {QStringLiteral("dataset"), {runDataset}},
        {QStringLiteral("train"), {runTrain}},
        // clang-format on
    };
    return table;
}

std::unique_ptr<QCoreApplication> makeApplication(bool needsGui, int &argc, char **argv) {
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    // A headless command draws into files, never on a screen: the offscreen platform needs no
    // display and gives the same figure everywhere. An explicit QT_QPA_PLATFORM still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // stderr carries only our one-line errors; Qt's notices about the session (no
    // XDG_RUNTIME_DIR on a build server) are noise there. QT_LOGGING_RULES brings them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

Outcome fail(const QString &message) {
    return {exitUsage, {}, message};
}

bool isSubcommand(const char *arg) {
    return arg && commands().count(QString::fromLocal8Bit(arg)) > 0;
}

int run(int argc, char **argv) {
    const QString name = QString::fromLocal8Bit(argv[1]);
    const Command &command = commands().at(name);
    const auto app = makeApplication(command.needsGui, argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(AppInfo::organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));

    // Messages follow the system locale, like any command-line tool.
    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // QCommandLineParser expects the program name first
    const Outcome outcome = command.run(arguments);
    if (outcome.status == exitOk) {
        std::fwrite(outcome.out.constData(), 1, std::size_t(outcome.out.size()), stdout);
        std::fflush(stdout);
    } else {
        const QByteArray line =
            QStringLiteral("actlab %1: %2\n").arg(name, outcome.error).toLocal8Bit();
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    }
    return outcome.status;
}

} // namespace Cli
