// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include "appinfo.h"
#include "cli/clitext.h"
#include "cli/datasetcommand.h"
#include "cli/evalcommand.h"
#include "cli/listcommand.h"
#include "cli/propagatecommand.h"
#include "cli/rendercommand.h"
#include "cli/softmaxcommand.h"
#include "cli/traincommand.h"
#include "languagemanager.h"
#include "util/strings.h"
#include "util/trnoop.h"
#include "windowoptions.h"

namespace Cli {
namespace {

struct Command {
    std::function<Outcome(const QStringList &)> run;
    bool needsGui = false; ///< draws with QtGui/QtWidgets, so needs a QApplication
    const char *synopsis;  ///< the arguments, as typed (code: not translated)
    const char *summary;   ///< one sentence, translated in context "Cli"
};

const std::map<QString, Command> &commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("list"),
         {runList, false, "[--format text|json] [--lang en|zh_CN]",
          QT_TRANSLATE_NOOP("Cli", "Lists every activation in the catalog.")}},
        {QStringLiteral("eval"),
         {runEval, false,
          "ID [--param NAME=VALUE]... (--range A:B:N | --x X1,X2,...) [--order 0|1|2] "
          "[--format csv|json]",
          QT_TRANSLATE_NOOP("Cli", "Evaluates an activation (or expr:FORMULA) and its "
                                   "derivatives at given points.")}},
        {QStringLiteral("render"),
         {runRender, true,
          "ID [--param NAME=VALUE]... [--order 0|1|2] [--compare ID2[NAME=VALUE,...][,ID3...]]... "
          "[--range A:B] [--view overlay|grid|gradient] [--vanishing-threshold T] "
          "[--lang en|zh_CN] [--theme light|dark] [--size WxH] [--scale S] "
          "--out FILE.png|svg|pdf|csv",
          QT_TRANSLATE_NOOP("Cli", "Draws one of the explorer's views (overlay, small multiples "
                                   "or gradient view) of activations into a file.")}},
        {QStringLiteral("softmax"),
         {runSoftmax, false, "X1,X2,... [--temperature T] [--format text|json]",
          QT_TRANSLATE_NOOP("Cli", "Shows softmax step by step (shift, exponentials, sum, "
                                   "division) beside log_softmax, softmin and sparsemax.")}},
        {QStringLiteral("dataset"),
         {runDataset, false, "NAME [--n N] [--noise S] [--seed K] [--classes K] --out FILE.csv",
          QT_TRANSLATE_NOOP("Cli", "Writes a toy data set as CSV.")}},
        {QStringLiteral("train"),
         {runTrain, false,
          "[--dataset NAME [--n N] [--noise S] [--classes K] | --data FILE.csv] "
          "[--activation ID [--param NAME=VALUE]...] [--hidden H] [--hidden2 H] [--features LIST] "
          "[--init NAME] "
          "[--output KIND] [--optimizer sgd|momentum|adam] [--lr LR] [--momentum M] [--batch B] "
          "[--epochs E] [--l2 L] [--test-fraction F] [--seed K] [--threads T] "
          "[--format text|json]",
          QT_TRANSLATE_NOOP(
              "Cli", "Trains a small network on a data set and reports the "
                     "result. Settings not given are the playground's defaults; 100 epochs.")}},
        {QStringLiteral("propagate"),
         {runPropagate, false,
          "--activation ID [--param NAME=VALUE]... --depth L --width W "
          "(--init glorot_uniform|glorot_normal|he_uniform|he_normal|lecun_uniform|lecun_normal "
          "| --weight-variance S) [--bias-variance S] [--input-variance Q] "
          "[--dropout none|standard|alpha] [--rate R] [--batch B] [--correlation C] [--seed K] "
          "[--threads T] [--format csv|json]",
          QT_TRANSLATE_NOOP("Cli", "Measures signals and gradients through a deep random "
                                   "network, beside the mean-field prediction.")}},
        {QStringLiteral("critical"),
         {runCritical, false,
          "--activation ID [--param NAME=VALUE]... --bias-variance S [--input-variance Q] "
          "[--format text|json]",
          QT_TRANSLATE_NOOP("Cli", "Finds the weight variance at the edge of chaos for a bias "
                                   "variance.")}},
    };
    return table;
}

bool wantsHelp(const QStringList &arguments) {
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
}

QByteArray usage(const QString &name, const Command &command) {
    return (CliText::tr("Usage: actlab %1 %2").arg(name, QString::fromLatin1(command.synopsis)) +
            QLatin1Char('\n') + CliText::tr(command.summary) + QLatin1Char('\n'))
        .toUtf8();
}

QByteArray overview() {
    QString text = CliText::tr("ActLab %1, the activation function lab.\n"
                               "Without a command, actlab starts the window, with these "
                               "options (and --help, --version):\n")
                       .arg(QString::fromLatin1(AppInfo::version));
    text += WindowOptions::summary();
    text += QLatin1Char('\n') + CliText::tr("Commands (actlab COMMAND --help for details):\n");
    for (const auto &[name, command] : commands())
        text +=
            QStringLiteral("  %1  %2\n").arg(name.leftJustified(10), CliText::tr(command.summary));
    return text.toUtf8();
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

QString unknownCommandText(const QString &word) {
    // The nearest command names, as `eval` for `evl`; "help" counts too.
    std::vector<std::pair<std::size_t, QString>> scored;
    const std::string typed = word.toStdString();
    scored.emplace_back(actlab::editDistance(typed, "help"), QStringLiteral("help"));
    for (const auto &[name, command] : commands())
        scored.emplace_back(actlab::editDistance(typed, name.toStdString()), name);
    std::sort(scored.begin(), scored.end());
    return CliText::tr("Unknown command \"%1\". Did you mean: %2? (actlab help lists the "
                       "commands.)")
        .arg(word, scored.front().second);
}

bool isSubcommand(const char *arg) {
    return arg &&
           (std::strcmp(arg, "help") == 0 || commands().count(QString::fromLocal8Bit(arg)) > 0);
}

int run(int argc, char **argv) {
    const QString name = QString::fromLocal8Bit(argv[1]);
    const auto found = commands().find(name);
    const auto app =
        makeApplication(found != commands().end() && found->second.needsGui, argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(AppInfo::organization));
    QCoreApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));

    // Messages follow the system locale, like any command-line tool.
    LanguageManager languages;
    languages.setLanguage(LanguageManager::systemLanguage());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // QCommandLineParser expects the program name first
    Outcome outcome;
    if (found == commands().end())
        outcome = {exitOk, overview(), {}}; // `actlab help`
    else if (wantsHelp(arguments))
        outcome = {exitOk, usage(name, found->second), {}};
    else
        outcome = found->second.run(arguments);
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
