// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowoptions.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFileInfo>

#include "cli/clirunner.h"
#include "lab/labfileio.h"
#include "languagemanager.h"

namespace {

struct Options {
    QCommandLineOption lang{QStringLiteral("lang"),
                            WindowOptions::tr("User interface language: en or zh_CN."),
                            QStringLiteral("LANG")};
    QCommandLineOption page{
        QStringLiteral("page"),
        WindowOptions::tr(
            "Page to open on: explorer, playground, depth, softmax or guide (default: the last "
            "one)."),
        QStringLiteral("PAGE")};
    QCommandLineOption lab{
        QStringLiteral("lab"),
        WindowOptions::tr("Open a lab file (.actlab, or an older playground or depth-lab file)."),
        QStringLiteral("FILE")};
    QCommandLineOption present{
        QStringLiteral("present"),
        WindowOptions::tr("Start in presentation mode (F5): full screen, large text and lines.")};
};

template <class T> QString errorOf(const std::variant<T, QString> &loaded) {
    const QString *problem = std::get_if<QString>(&loaded);
    return problem ? *problem : QString();
}

int error(const QString &message) {
    std::fprintf(stderr, "actlab: %s\n", qPrintable(message));
    return Cli::exitUsage;
}

} // namespace

std::variant<WindowOptions, int> WindowOptions::parse(const QStringList &arguments,
                                                      LanguageManager &languages) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ActLab, the activation function lab. Headless commands: actlab help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A lab file to open (like --lab)."),
                                 QStringLiteral("[FILE]"));
    const Options o;
    parser.addOptions({o.lang, o.page, o.lab, o.present});
    // --lang first, so that help and errors speak it.
    const int langAt = int(arguments.indexOf(QStringLiteral("--lang")));
    if (langAt > 0 && langAt + 1 < arguments.size())
        languages.setLanguage(arguments[langAt + 1]);
    // `actlab evl softmax`, `actlab rendr x --out y`: the first word is a mistyped command, and
    // the rest belongs to it, so it is named before any option is judged.
    const auto looksLikePath = [](const QString &word) {
        return word.contains(QLatin1Char('/')) || word.contains(QLatin1Char('.'));
    };
    if (arguments.size() > 1 && !arguments[1].startsWith(QLatin1Char('-')) &&
        !QFileInfo(arguments[1]).isFile() && !looksLikePath(arguments[1]))
        return error(Cli::unknownCommandText(arguments[1]));
    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        const QByteArray text = parser.helpText().toLocal8Bit();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
        return Cli::exitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return Cli::exitOk;
    }
    WindowOptions result;
    result.present = parser.isSet(o.present);
    if (parser.isSet(o.lang)) {
        result.language = parser.value(o.lang);
        if (!languages.setLanguage(result.language))
            return error(tr("Unknown language \"%1\": use en or zh_CN.").arg(result.language));
    }
    if (parser.isSet(o.page)) {
        result.page = MainWindow::pageFromKey(parser.value(o.page));
        if (!result.page)
            return error(
                tr("Unknown page \"%1\": use explorer, playground, depth, softmax or guide.")
                    .arg(parser.value(o.page)));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(o.lab)))
        return error(tr("Unexpected argument \"%1\".").arg(positional.last()));
    result.labFile = parser.isSet(o.lab) ? parser.value(o.lab) : positional.value(0);
    if (result.labFile.isEmpty())
        return result;
    if (!QFileInfo(result.labFile).isFile())
        return error(tr("Cannot open %1: no such file.").arg(result.labFile));
    // The file is read here already, so a damaged one is reported before any window opens.
    if (const QString problem = errorOf(LabFileIo::load(result.labFile)); !problem.isEmpty())
        return error(problem);
    return result;
}

QString WindowOptions::summary() {
    const Options o;
    QString text;
    for (const QCommandLineOption *option : {&o.lang, &o.page, &o.lab, &o.present})
        text += QStringLiteral("  %1  %2\n")
                    .arg(QStringLiteral("--%1 %2")
                             .arg(option->names().first(), option->valueName())
                             .leftJustified(12),
                         option->description());
    return text;
}
