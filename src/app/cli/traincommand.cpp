// SPDX-License-Identifier: GPL-3.0-or-later
#include "traincommand.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "cli/datasetoptions.h"
#include "cli/jsonoutput.h"
#include "cli/progressbar.h"
#include "data/csvdataset.h"
#include "engine/trainer.h"
#include "playground/csverrortext.h"
#include "trainingdefaults.h"
#include "trainingerrortext.h"
#include "util/strings.h"

namespace Cli {
namespace {

using Clock = std::chrono::steady_clock;

struct HistoryRow {
    std::int64_t epoch;
    double trainLoss;
    double testLoss;
};

struct RunResult {
    actlab::Evaluation final;
    std::vector<HistoryRow> history;
    double trainingSeconds = 0;     ///< epochs after the first (the warm-up), training steps only
    std::uint64_t timedSamples = 0; ///< the samples those epochs trained on
    double wallSeconds = 0;
    bool diverged = false;
};

QByteArray number(double v) {
    return QByteArray::fromStdString(actlab::formatRoundTrip(v));
}

/// FNV-1a over the bytes of the final weights: two runs agree exactly iff this agrees.
QByteArray weightsChecksum(std::span<const double> weights) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    const auto *bytes = reinterpret_cast<const unsigned char *>(weights.data());
    for (std::size_t i = 0; i < weights.size_bytes(); ++i) {
        hash ^= bytes[i];
        hash *= 0x100000001b3ull;
    }
    return QByteArray::number(qulonglong(hash), 16).rightJustified(16, '0');
}

RunResult train(actlab::Trainer &trainer, int epochs, ProgressBar &bar) {
    RunResult r;
    const Clock::time_point start = Clock::now();
    // At most about a thousand history rows, always including the last epoch.
    const int stride = std::max(1, (epochs + 999) / 1000);
    const actlab::Evaluation initial = trainer.evaluate();
    r.history.push_back({0, initial.trainLoss, initial.testLoss});
    r.final = initial;
    for (int e = 1; e <= epochs; ++e) {
        const Clock::time_point before = Clock::now();
        const std::uint64_t samplesBefore = trainer.samplesSeen();
        const bool ok = trainer.runEpoch();
        // The first epoch warms caches, buffers and worker threads: untimed, unless it is the
        // only one.
        if (e > 1 || epochs == 1) {
            r.trainingSeconds += std::chrono::duration<double>(Clock::now() - before).count();
            r.timedSamples += trainer.samplesSeen() - samplesBefore;
        }
        if (!ok) {
            r.diverged = true;
            break;
        }
        if (e % stride == 0 || e == epochs) {
            const actlab::Evaluation ev = trainer.evaluate();
            if (!ev.finite) {
                r.diverged = true;
                break;
            }
            r.final = ev;
            r.history.push_back({e, ev.trainLoss, ev.testLoss});
            bar.update(e, epochs,
                       CliText::tr("epoch %1/%2, loss %3")
                           .arg(e)
                           .arg(epochs)
                           .arg(ev.trainLoss, 0, 'f', 4));
        }
    }
    r.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    return r;
}

QString architecture(const actlab::NetworkShape &s) {
    QString text = QString::number(s.inputs) + QLatin1Char('-') + QString::number(s.hidden1);
    if (s.hidden2 > 0)
        text += QLatin1Char('-') + QString::number(s.hidden2);
    return text + QLatin1Char('-') + QString::number(s.outputs);
}

} // namespace

Outcome runTrain(const QStringList &arguments) {
    QCommandLineParser parser;
    // One set of defaults with the playground (trainingDefaults): `actlab train` alone trains
    // the playground's first set-up.
    const actlab::TrainingConfig &defaults = trainingDefaults();
    const CliDataOptions::GeneratorOptions gen(defaults.dataset);
    const auto option = [](const char *name, const char *value, const char *defaultValue) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value),
                                  QString::fromLatin1(defaultValue));
    };
    const QCommandLineOption dataset = option("dataset", "NAME", "");
    const QCommandLineOption data = option("data", "FILE", "");
    const QCommandLineOption activation = option("activation", "ID", "");
    const QCommandLineOption param = CliOptions::paramOption();
    const auto numberOption = [](const char *name, const char *value, double defaultValue) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value),
                                  QString::number(defaultValue));
    };
    const QCommandLineOption hidden = numberOption("hidden", "H", defaults.hidden);
    const QCommandLineOption hidden2 = numberOption("hidden2", "H", defaults.hidden2);
    const QCommandLineOption features = option("features", "LIST", "");
    const QCommandLineOption init =
        option("init", "NAME", actlab::initializerKey(defaults.initializer));
    const QCommandLineOption output = option("output", "KIND", "");
    const QCommandLineOption optimizer =
        option("optimizer", "NAME", actlab::optimizerKey(defaults.optimizer));
    const QCommandLineOption lr = numberOption("lr", "LR", defaults.learningRate);
    const QCommandLineOption momentum = numberOption("momentum", "M", defaults.momentum);
    const QCommandLineOption batch = numberOption("batch", "B", defaults.batchSize);
    const QCommandLineOption epochs = option("epochs", "E", "100");
    const QCommandLineOption l2 = numberOption("l2", "L", defaults.l2);
    const QCommandLineOption testFraction =
        numberOption("test-fraction", "F", defaults.testFraction);
    const QCommandLineOption threads = option("threads", "T", "1");
    const QCommandLineOption format = option("format", "FORMAT", "text");
    gen.addTo(parser);
    parser.addOptions({dataset, data, activation, param, hidden, hidden2, features, init, output,
                       optimizer, lr, momentum, batch, epochs, l2, testFraction, threads, format});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (const auto error = CliOptions::unexpectedArgument(parser.positionalArguments()))
        return fail(*error);

    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return fail(CliText::tr("Unknown format \"%1\": use text or json.").arg(fmt));

    QString error;
    actlab::TrainingConfig config = defaults;
    // ---- data
    if (parser.isSet(dataset) && parser.isSet(data))
        return fail(CliText::tr("Give --dataset NAME or --data FILE.csv, not both."));
    if (!parser.isSet(data)) {
        const QString name =
            parser.isSet(dataset)
                ? parser.value(dataset)
                : QString::fromLatin1(actlab::datasetKindInfo(defaults.dataset.kind).key);
        const auto generator = CliDataOptions::generator(name, parser, gen, &error);
        if (!generator)
            return fail(error);
        config.dataset = *generator;
    } else {
        for (const QCommandLineOption *o : {&gen.n, &gen.noise, &gen.classes})
            if (parser.isSet(*o))
                return fail(CliText::tr("--%1 applies to --dataset, not to --data.")
                                .arg(o->names().first()));
        const actlab::CsvResult loaded = actlab::loadCsvDataset(parser.value(data).toStdString());
        if (const auto *e = std::get_if<actlab::CsvError>(&loaded))
            return fail(QStringLiteral("%1: %2").arg(parser.value(data), csvErrorText(*e)));
        config.userData =
            std::make_shared<const actlab::Dataset>(std::get<actlab::Dataset>(loaded));
    }
    const int inputDims = config.userData ? config.userData->inputDims
                                          : actlab::datasetKindInfo(config.dataset.kind).inputDims;

    // ---- activation
    const QString activationId = parser.isSet(activation)
                                     ? parser.value(activation)
                                     : QString::fromStdString(defaults.activation.id);
    const auto choice = CliOptions::hiddenActivation(activationId, parser.values(param), &error);
    if (!choice)
        return fail(error);
    config.activation = *choice;

    // ---- network and training settings
    // Numbers are only read here; their ranges are the core's to judge (prepareTraining), so the
    // command line and the playground report a bad setting with the same sentence.
    using CliDataOptions::anyNumber;
    using CliDataOptions::wholeNumber;
    const auto h = wholeNumber(parser, hidden, &error);
    const auto h2 = h ? wholeNumber(parser, hidden2, &error) : std::nullopt;
    const auto rate = h2 ? anyNumber(parser, lr, &error) : std::nullopt;
    const auto mu = rate ? anyNumber(parser, momentum, &error) : std::nullopt;
    const auto b = mu ? wholeNumber(parser, batch, &error) : std::nullopt;
    const auto e = b ? wholeNumber(parser, epochs, &error) : std::nullopt;
    const auto decay = e ? anyNumber(parser, l2, &error) : std::nullopt;
    const auto fraction = decay ? anyNumber(parser, testFraction, &error) : std::nullopt;
    const auto t = fraction ? wholeNumber(parser, threads, &error) : std::nullopt;
    const auto seed =
        t ? CliDataOptions::integer(parser, gen.seed, 0, (1ll << 53), &error) : std::nullopt;
    if (!seed)
        return fail(error);
    const auto kind = actlab::optimizerFromKey(parser.value(optimizer).toStdString());
    if (!kind)
        return fail(CliText::tr("Unknown optimizer \"%1\": use sgd, momentum or adam.")
                        .arg(parser.value(optimizer)));
    const auto initializer = actlab::initializerFromKey(parser.value(init).toStdString());
    if (!initializer)
        return fail(CliText::tr("Unknown initializer \"%1\": use glorot_uniform, glorot_normal, "
                                "he_uniform, he_normal, lecun_uniform or lecun_normal.")
                        .arg(parser.value(init)));
    if (parser.isSet(output)) {
        const auto out = actlab::outputKindFromKey(parser.value(output).toStdString());
        if (!out)
            return fail(CliText::tr("Unknown output \"%1\": use sigmoid_bce, softmax_cce or "
                                    "linear_mse.")
                            .arg(parser.value(output)));
        config.output = *out;
    }
    if (parser.isSet(features)) {
        const auto set = actlab::FeatureSet::parse(parser.value(features).toStdString());
        if (!set)
            return fail(CliText::tr("Malformed --features \"%1\": list some of x1, x2, x1^2, "
                                    "x2^2, x1*x2, sin(x1), sin(x2), separated by commas.")
                            .arg(parser.value(features)));
        config.features = *set;
    } else if (inputDims == 1) {
        config.features = actlab::FeatureSet::fromMask(std::uint32_t(actlab::Feature::X1));
    }
    config.hidden = int(*h);
    config.hidden2 = int(*h2);
    config.learningRate = *rate;
    config.momentum = *mu;
    config.batchSize = int(*b);
    config.epochs = int(*e);
    config.l2 = *decay;
    config.testFraction = *fraction;
    config.threads = int(*t);
    config.seed = std::uint64_t(*seed);
    config.dataset.seed = config.seed;
    config.optimizer = *kind;
    config.initializer = *initializer;

    auto prepared = actlab::prepareTraining(config);
    if (const auto *problem = std::get_if<actlab::ConfigError>(&prepared))
        return fail(configErrorText(*problem, config));
    actlab::Trainer trainer(std::move(std::get<actlab::TrainingSetup>(prepared)));

    ProgressBar bar(fmt == QLatin1String("text"));
    const RunResult run = train(trainer, config.epochs, bar);
    bar.clear();

    const actlab::TrainingSetup &setup = trainer.setup();
    const bool classification = setup.task != actlab::Task::Regression;
    const double samplesPerSecond =
        run.trainingSeconds > 0 ? double(run.timedSamples) / run.trainingSeconds : 0.0;
    const QByteArray checksum = weightsChecksum(trainer.network().parameters());
    const QString activationName = QString::fromStdString(setup.activation->id == "formula"
                                                              ? "expr:" + config.activation.formula
                                                              : setup.activation->id);
    const QString datasetName =
        config.userData ? parser.value(data)
                        : QString::fromLatin1(actlab::datasetKindInfo(config.dataset.kind).key);
    const char *isa = actlab::kernels::isaName(trainer.network().isa());

    if (fmt == QLatin1String("json")) {
        using JsonOutput::number;
        const auto accuracy = [&](double v) {
            return classification ? number(v) : QJsonValue(QJsonValue::Null);
        };
        QJsonArray history;
        for (const HistoryRow &row : run.history)
            history.append(QJsonObject{{QStringLiteral("epoch"), qint64(row.epoch)},
                                       {QStringLiteral("train_loss"), number(row.trainLoss)},
                                       {QStringLiteral("test_loss"), number(row.testLoss)}});
        const auto text = [](const char *s) { return QString::fromLatin1(s); };
        const QJsonObject root{
            {QStringLiteral("status"), run.diverged ? text("diverged") : text("finished")},
            {QStringLiteral("diverged_epoch"), run.diverged
                                                   ? QJsonValue(qint64(trainer.divergedEpoch()))
                                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("dataset"), datasetName},
            {QStringLiteral("task"), text(actlab::taskKey(setup.task))},
            {QStringLiteral("train_points"), qint64(setup.data->split.train.size())},
            {QStringLiteral("test_points"), qint64(setup.data->split.test.size())},
            {QStringLiteral("activation"), activationName},
            {QStringLiteral("architecture"), architecture(setup.shape)},
            {QStringLiteral("output"), text(actlab::outputKindKey(setup.output))},
            {QStringLiteral("optimizer"), text(actlab::optimizerKey(config.optimizer))},
            {QStringLiteral("learning_rate"), number(config.learningRate)},
            {QStringLiteral("batch"), qint64(trainer.effectiveBatchSize())},
            {QStringLiteral("threads"), trainer.threads()},
            {QStringLiteral("kernels"), text(isa)},
            {QStringLiteral("epochs"), qint64(trainer.epoch())},
            {QStringLiteral("steps"), qint64(trainer.steps())},
            {QStringLiteral("seconds"), number(run.trainingSeconds)},
            {QStringLiteral("wall_seconds"), number(run.wallSeconds)},
            {QStringLiteral("samples_per_second"), number(samplesPerSecond)},
            {QStringLiteral("train_loss"), number(run.final.trainLoss)},
            {QStringLiteral("test_loss"), number(run.final.testLoss)},
            {QStringLiteral("train_accuracy"), accuracy(run.final.trainAccuracy)},
            {QStringLiteral("test_accuracy"), accuracy(run.final.testAccuracy)},
            {QStringLiteral("weights_checksum"), QString::fromLatin1(checksum)},
            {QStringLiteral("history"), history},
        };
        return {exitOk, JsonOutput::document(QJsonDocument(root)), {}};
    }

    QString text;
    text += CliText::tr("Dataset: %1 (%2), %3 training and %4 test points")
                .arg(datasetName, QString::fromLatin1(actlab::taskKey(setup.task)),
                     QString::number(setup.data->split.train.size()),
                     QString::number(setup.data->split.test.size())) +
            QLatin1Char('\n');
    text += CliText::tr("Network: %1, %2, %3; %4, learning rate %5, batch %6")
                .arg(architecture(setup.shape), activationName,
                     QString::fromLatin1(actlab::outputKindKey(setup.output)),
                     QString::fromLatin1(actlab::optimizerKey(config.optimizer)),
                     QString::fromUtf8(number(config.learningRate)),
                     QString::number(trainer.effectiveBatchSize())) +
            QLatin1Char('\n');
    if (run.diverged)
        text += CliText::tr("Diverged in epoch %1: the loss became infinite or NaN; the weights "
                            "are the last finite ones.")
                    .arg(trainer.divergedEpoch()) +
                QLatin1Char('\n');
    text += classification
                ? CliText::tr("Epoch %1: train loss %2, test loss %3, train accuracy %4 %, "
                              "test accuracy %5 %")
                      .arg(trainer.epoch())
                      .arg(run.final.trainLoss, 0, 'f', 4)
                      .arg(run.final.testLoss, 0, 'f', 4)
                      .arg(100 * run.final.trainAccuracy, 0, 'f', 1)
                      .arg(100 * run.final.testAccuracy, 0, 'f', 1)
                : CliText::tr("Epoch %1: train loss %2, test loss %3")
                      .arg(trainer.epoch())
                      .arg(run.final.trainLoss, 0, 'g', 5)
                      .arg(run.final.testLoss, 0, 'g', 5);
    text += QLatin1Char('\n');
    text += CliText::tr("%1 steps in %2 s: %3 samples/s on %4 thread(s), %5 kernels")
                .arg(trainer.steps())
                .arg(run.wallSeconds, 0, 'f', 3)
                .arg(samplesPerSecond, 0, 'f', 0)
                .arg(trainer.threads())
                .arg(QString::fromLatin1(isa)) +
            QLatin1Char('\n');
    text +=
        CliText::tr("Weights checksum: %1").arg(QString::fromLatin1(checksum)) + QLatin1Char('\n');
    return {exitOk, text.toLocal8Bit(), {}};
}

} // namespace Cli
