// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the headless front end's argument handling, in process. The input is one
// argument a line; the first names the command (list, eval, dataset, train, propagate,
// critical) and the rest are passed to that command's function, as `actlab COMMAND ...` would.
//
// Each input must stay fast, so sizes are capped (inputs asking for more are skipped, not
// failed): --n 500, --epochs 5, --hidden/--hidden2 16, --batch 64, --depth 8, --width 32,
// --threads 2, at most 200 points in --range; train runs 3 epochs unless told otherwise. Files
// stay in a private temporary folder: every --out value is replaced by a file there (or kept as
// "-", standard output) and every --data value by a small CSV file written there at start.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>

#include <QFile>

#include "cli/clirunner.h"
#include "cli/datasetcommand.h"
#include "cli/evalcommand.h"
#include "cli/listcommand.h"
#include "cli/propagatecommand.h"
#include "cli/traincommand.h"
#include "fuzzcheck.h"
#include "fuzzqt.h"
#include "util/strings.h"

namespace {

QString g_out;
QString g_data;

using Command = Cli::Outcome (*)(const QStringList &);

const std::map<QString, Command> &commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("list"), Cli::runList},
        {QStringLiteral("eval"), Cli::runEval},
        {QStringLiteral("dataset"), Cli::runDataset},
        {QStringLiteral("train"), Cli::runTrain},
        {QStringLiteral("propagate"), Cli::runPropagate},
        {QStringLiteral("critical"), Cli::runCritical},
    };
    return table;
}

/// Largest value accepted for options that set an amount of work.
const std::map<QString, long long> &limits() {
    static const std::map<QString, long long> table{
        {QStringLiteral("n"), 500},     {QStringLiteral("epochs"), 5},
        {QStringLiteral("hidden"), 16}, {QStringLiteral("hidden2"), 16},
        {QStringLiteral("batch"), 64},  {QStringLiteral("depth"), 8},
        {QStringLiteral("width"), 32},  {QStringLiteral("threads"), 2},
    };
    return table;
}

/// Whether `value`, as the command would read it, stays within `limit`. Text that is no number
/// is fine: the command refuses it.
bool withinLimit(const QString &value, long long limit) {
    const QString text = value.trimmed();
    bool ok = false;
    const long long whole = text.toLongLong(&ok);
    if (ok)
        return whole <= limit;
    if (const auto real = actlab::parseDouble(text.toStdString()))
        return *real <= double(limit);
    return true;
}

/// "A:B:N" with N at most 200 (or not a range at all).
bool smallRange(const QString &value) {
    const QStringList parts = value.split(QLatin1Char(':'));
    return parts.size() != 3 || withinLimit(parts[2], 200);
}

/// Checks the options that set sizes and rewrites --out and --data; nullopt to skip the input.
std::optional<QStringList> confine(const QStringList &in) {
    QStringList out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString &arg = in[i];
        QString name;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            if (eq >= 0)
                inlineValue = arg.mid(eq + 1);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() >= 2) {
            name = arg.mid(1, 1); // compacted short options: "-n5" is n with the value 5
            if (arg.size() > 2)
                inlineValue = arg.mid(2);
        }
        const bool takesNext = !inlineValue && i + 1 < in.size();
        const QString value = inlineValue ? *inlineValue : (takesNext ? in[i + 1] : QString());
        if (const auto limit = limits().find(name); limit != limits().end()) {
            if (!withinLimit(value, limit->second))
                return std::nullopt;
        } else if (name == QLatin1String("range") && !smallRange(value)) {
            return std::nullopt;
        }
        if (name == QLatin1String("out") || name == QLatin1String("data")) {
            const QString path = name == QLatin1String("data") ? g_data
                                 : value == QLatin1String("-") ? value
                                                               : g_out;
            if (inlineValue) {
                out << QStringLiteral("--%1=%2").arg(name, path);
            } else {
                out << arg;
                if (takesNext) {
                    out << path;
                    ++i;
                }
            }
            continue;
        }
        out << arg;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzQt::initialize(argc, argv);
    g_out = FuzzQt::path("out.csv");
    g_data = FuzzQt::path("data.csv");
    QFile data(g_data);
    FUZZ_CHECK(data.open(QIODevice::WriteOnly));
    data.write("x1,x2,label\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n0.5,0.5,1\n-1,-1,0\n2,2,1\n-2,0,0\n");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    QStringList lines = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
                            .split(QLatin1Char('\n'));
    const auto command = commands().find(lines.takeFirst());
    if (command == commands().end())
        return 0;
    const auto confined = confine(lines);
    if (!confined)
        return 0;
    QStringList arguments{QStringLiteral("actlab")};
    if (command->first == QLatin1String("train"))
        arguments << QStringLiteral("--epochs=3");
    arguments << *confined;
    const Cli::Outcome outcome = command->second(arguments);
    // The contract of every command: output only on success, one line of error otherwise.
    if (outcome.status == Cli::exitOk) {
        FUZZ_CHECK(outcome.error.isEmpty());
    } else {
        FUZZ_CHECK(outcome.out.isEmpty());
        FUZZ_CHECK(!outcome.error.isEmpty());
        FUZZ_CHECK(!outcome.error.contains(QLatin1Char('\n')));
    }
    return 0;
}
