// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "appinfo.h"
#include "cli/evalcommand.h"
#include "cli/listcommand.h"
#include "languagemanager.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>

namespace Cli {
namespace {

using Command = std::function<Outcome(const QStringList &)>;

const std::map<QString, Command> &commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("list"), runList},
        {QStringLiteral("eval"), runEval},
    };
    return table;
}

} // namespace

Outcome fail(const QString &message) {
    return {exitUsage, {}, message};
}

bool isSubcommand(const char *arg) {
    return arg && commands().count(QString::fromLocal8Bit(arg)) > 0;
}

int run(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(AppInfo::organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));

    // Messages follow the system locale, like any command-line tool.
    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());

    QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    arguments.removeAt(1); // QCommandLineParser expects the program name first
    const Outcome outcome = commands().at(name)(arguments);
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
