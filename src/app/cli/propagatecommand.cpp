// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagatecommand.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <thread>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "cli/datasetoptions.h"
#include "cli/depthoptions.h"
#include "cli/jsonoutput.h"
#include "cli/progressbar.h"
#include "depth/depthexperiment.h"
#include "engine/parallelexecutor.h"
#include "engine/trainingconfig.h"
#include "util/strings.h"

namespace Cli {
namespace {

using namespace actlab::depth;

using JsonOutput::number;

QByteArray csvNumber(double v) {
    return QByteArray::fromStdString(actlab::formatRoundTrip(v));
}

QJsonObject theoryJson(const DepthReport &r) {
    QJsonObject theory;
    theory[QStringLiteral("weight_variance")] = number(r.variances.weight);
    theory[QStringLiteral("bias_variance")] = number(r.variances.bias);
    theory[QStringLiteral("q_star")] = number(r.theory.qStar);
    theory[QStringLiteral("chi1")] = number(r.theory.chi1);
    theory[QStringLiteral("xi_q")] = number(r.theory.xiQ);
    theory[QStringLiteral("xi_c")] = number(r.theory.xiC);
    theory[QStringLiteral("phase")] = QString::fromLatin1(phaseKey(r.theory.phase));
    return theory;
}

constexpr const char *columns[] = {
    "layer", "pre_mean",   "pre_variance", "post_mean", "post_variance", "saturated",
    "dead",  "grad_norm2", "correlation",  "theory_q",  "theory_chi",    "theory_correlation"};

std::array<double, 11> rowValues(const DepthReport &r, std::size_t l) {
    const LayerStatistics &m = r.measured.layers[l];
    const LayerPrediction &p = r.predicted[l];
    return {m.preMean,   m.preVariance, m.postMean, m.postVariance, m.saturated,  m.dead,
            m.gradNorm2, m.correlation, p.q,        p.chi,          p.correlation};
}

QByteArray toJson(const DepthReport &r) {
    QJsonArray layers;
    for (std::size_t l = 0; l < r.measured.layers.size(); ++l) {
        QJsonObject row;
        row[QLatin1String(columns[0])] = qint64(l);
        const auto values = rowValues(r, l);
        for (std::size_t i = 0; i < values.size(); ++i)
            row[QLatin1String(columns[i + 1])] = number(values[i]);
        if (l == 0) // the input layer has no χ: it does not exist, rather than being NaN
            row[QStringLiteral("theory_chi")] = QJsonValue(QJsonValue::Null);
        layers.append(row);
    }
    QJsonObject root;
    root[QStringLiteral("layers")] = layers;
    root[QStringLiteral("theory")] = theoryJson(r);
    return JsonOutput::document(QJsonDocument(root));
}

QByteArray toCsv(const DepthReport &r) {
    QByteArray out;
    for (const char *c : columns)
        out += QByteArray(c) + (c == columns[std::size(columns) - 1] ? "\n" : ",");
    for (std::size_t l = 0; l < r.measured.layers.size(); ++l) {
        out += QByteArray::number(qulonglong(l));
        for (double v : rowValues(r, l))
            out += ',' + csvNumber(v);
        out += '\n';
    }
    return out;
}

int defaultThreads() {
    return std::clamp(int(std::thread::hardware_concurrency()), 1, actlab::kMaxThreads);
}

} // namespace

Outcome runPropagate(const QStringList &arguments) {
    QCommandLineParser parser;
    const CliDepthOptions::Options common;
    const auto option = [](const char *name, const char *value, const char *defaultValue) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value),
                                  QString::fromLatin1(defaultValue));
    };
    const QCommandLineOption depthOption = option("depth", "L", "");
    const QCommandLineOption width = option("width", "W", "");
    const QCommandLineOption init = option("init", "NAME", "");
    const QCommandLineOption weightVariance = option("weight-variance", "S", "");
    const QCommandLineOption dropout = option("dropout", "KIND", "none");
    const QCommandLineOption rate = option("rate", "R", "0.1");
    const QCommandLineOption batch = option("batch", "B", "256");
    const QCommandLineOption correlation = option("correlation", "C", "0.5");
    const QCommandLineOption seed = option("seed", "K", "1");
    const QCommandLineOption threads =
        option("threads", "T", QByteArray::number(defaultThreads()).constData());
    parser.addOptions({common.activation, CliOptions::paramOption(), depthOption, width, init,
                       weightVariance, common.biasVariance, common.inputVariance, dropout, rate,
                       batch, correlation, seed, threads, common.format});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (const auto error = CliOptions::unexpectedArgument(parser.positionalArguments()))
        return fail(*error);

    const QString fmt =
        parser.isSet(common.format) ? parser.value(common.format) : QStringLiteral("csv");
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return fail(CliText::tr("Unknown format \"%1\": use csv or json.").arg(fmt));

    QString error;
    PropagationConfig config;
    const auto activation = CliDepthOptions::activation(parser, common, &error);
    if (!activation)
        return fail(error);
    config.activation = *activation;

    for (const QCommandLineOption *required : {&depthOption, &width})
        if (!parser.isSet(*required))
            return fail(CliText::tr("Missing --%1.").arg(required->names().first()));
    if (parser.isSet(init) == parser.isSet(weightVariance))
        return fail(CliText::tr("Give exactly one of --init NAME or --weight-variance S."));
    if (parser.isSet(init)) {
        const auto initializer = actlab::initializerFromKey(parser.value(init).toStdString());
        if (!initializer)
            return fail(CliText::tr("Unknown initializer \"%1\": use glorot_uniform, "
                                    "glorot_normal, he_uniform, he_normal, lecun_uniform or "
                                    "lecun_normal.")
                            .arg(parser.value(init)));
        config.weights.initializer = *initializer;
    }
    const auto kind = dropoutFromKey(parser.value(dropout).toLatin1().constData());
    if (!kind)
        return fail(CliText::tr("Unknown dropout \"%1\": use none, standard or alpha.")
                        .arg(parser.value(dropout)));
    if (*kind == DropoutKind::None && parser.isSet(rate))
        return fail(CliText::tr("--rate applies to --dropout standard or alpha."));

    // Each number is checked in the order of the synopsis; the first bad one is reported.
    using CliDataOptions::integer;
    using CliDataOptions::real;
    const auto L = integer(parser, depthOption, 1, kMaxDepth, &error);
    const auto N = L ? integer(parser, width, 1, kMaxWidth, &error) : std::nullopt;
    const auto B = N ? integer(parser, batch, 2, kMaxBatch, &error) : std::nullopt;
    const auto sw =
        B ? (parser.isSet(weightVariance) ? real(parser, weightVariance, 1e-12, 1e6, &error)
                                          : std::optional<double>(1.0))
          : std::nullopt;
    const auto sb = sw ? real(parser, common.biasVariance, 0, 1e6, &error) : std::nullopt;
    const auto q0 = sb ? real(parser, common.inputVariance, 1e-12, 1e6, &error) : std::nullopt;
    const auto c0 = q0 ? real(parser, correlation, -1, 1, &error) : std::nullopt;
    const auto p = c0 ? real(parser, rate, 0, kMaxDropoutRate, &error) : std::nullopt;
    const auto k = p ? integer(parser, seed, 0, (1ll << 53), &error) : std::nullopt;
    const auto t = k ? integer(parser, threads, 1, actlab::kMaxThreads, &error) : std::nullopt;
    if (!t)
        return fail(error);
    config.depth = int(*L);
    config.width = int(*N);
    config.batch = int(*B);
    if (!config.weights.initializer)
        config.weights.weightVariance = *sw;
    config.biasVariance = *sb;
    config.inputVariance = *q0;
    config.inputCorrelation = *c0;
    config.dropout = {*kind, *kind == DropoutKind::None ? 0.0 : *p};
    config.seed = std::uint64_t(*k);
    if (const char *field = invalidPropagationField(config))
        return fail(CliDepthOptions::invalidFieldText(field));

    // The work runs on its own thread so this one can draw the progress bar.
    const auto executor = actlab::ParallelExecutor::create(int(*t));
    std::atomic<std::size_t> progress{0};
    auto future = std::async(std::launch::async, [&] {
        return runDepthExperiment(config, *executor, nullptr, &progress);
    });
    {
        ProgressBar bar(true);
        const auto total = (long long)propagationSteps(config);
        while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready)
            bar.update((long long)progress.load(), total,
                       CliText::tr("layer pass %1 of %2").arg(progress.load()).arg(total));
    }
    const DepthReport report = future.get();
    return {exitOk, fmt == QLatin1String("json") ? toJson(report) : toCsv(report), {}};
}

Outcome runCritical(const QStringList &arguments) {
    QCommandLineParser parser;
    const CliDepthOptions::Options common;
    parser.addOptions({common.activation, CliOptions::paramOption(), common.biasVariance,
                       common.inputVariance, common.format});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (const auto error = CliOptions::unexpectedArgument(parser.positionalArguments()))
        return fail(*error);
    const QString fmt =
        parser.isSet(common.format) ? parser.value(common.format) : QStringLiteral("text");
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return fail(CliText::tr("Unknown format \"%1\": use text or json.").arg(fmt));

    QString error;
    const auto activation = CliDepthOptions::activation(parser, common, &error);
    if (!activation)
        return fail(error);
    if (!parser.isSet(common.biasVariance))
        return fail(CliText::tr("Missing --%1.").arg(common.biasVariance.names().first()));
    const auto sb = CliDataOptions::real(parser, common.biasVariance, 0, 1e6, &error);
    const auto q0 =
        sb ? CliDataOptions::real(parser, common.inputVariance, 1e-12, 1e6, &error) : std::nullopt;
    if (!q0)
        return fail(error);

    const MeanField theory(activation->function, activation->params);
    const CriticalPoint point = findCriticalPoint(theory, *sb, *q0);
    const std::optional<double> &critical = point.weightVariance;
    const std::optional<double> &qStar = point.qStar;

    if (fmt == QLatin1String("json")) {
        QJsonObject root;
        root[QStringLiteral("weight_variance")] = number(critical);
        root[QStringLiteral("q_star")] = number(qStar);
        return {exitOk, JsonOutput::document(QJsonDocument(root)), {}};
    }
    const auto text = [](const std::optional<double> &v) {
        return v ? QString::fromStdString(actlab::formatRoundTrip(*v)) : CliText::tr("none");
    };
    QString out;
    if (!critical)
        out = CliText::tr("No weight variance up to 1000 gives χ₁ = 1 for this bias variance: the "
                          "network stays in one phase, or jumps from one to the other.");
    else
        out = CliText::tr("Critical weight variance σ_w² = %1 (χ₁ = 1), fixed point q* = %2")
                  .arg(text(critical), text(qStar));
    return {exitOk, (out + QLatin1Char('\n')).toLocal8Bit(), {}};
}

} // namespace Cli
