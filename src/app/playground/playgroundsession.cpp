// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundsession.h"

#include <algorithm>
#include <cmath>

#include <QThread>

#include "engine/engine.h"
#include "engine/engineretirement.h"
#include "explorer/userformula.h"
#include "network/modelprobe.h"
#include "trainingerrortext.h"
#include "uinumber.h"

namespace {
/// Cells per side of the decision map. 160² keeps the engine's grid pass to a small share of
/// its time at 60 snapshots a second while still looking smooth at window size.
constexpr int kGridSize = 160;
constexpr int kUnitMapSize = 48; // thumbnails are 52 px; the popup scales smoothly
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MapTask mapTaskOf(actlab::Task task) {
    switch (task) {
    case actlab::Task::Binary:
        return MapTask::Binary;
    case actlab::Task::MultiClass:
        return MapTask::MultiClass;
    case actlab::Task::Regression:
        break;
    }
    return MapTask::Regression;
}
} // namespace

struct PlaygroundSession::Private {
    /// Replaced engines wind down here, off the GUI thread (declared first: destroyed last).
    actlab::EngineRetirement retired;
    std::unique_ptr<actlab::Engine> engine;
    /// reset() calls so far: snapshots taken before the engine carried out the last of them
    /// show the old run and are skipped, so reset() need not wait for the engine.
    std::uint64_t resetsRequested = 0;
    std::shared_ptr<const actlab::Snapshot> last;
    std::uint64_t lastSerial = 0;
    std::shared_ptr<const std::vector<actlab::HistoryPoint>> history;
    std::size_t consumed = 0;
    double lastEpochConsumed = -1;
    std::vector<double> initialWeights;
    int epochsPerFrame = 1;
    int epochLimit = 0;
    bool running = false;          ///< the user wants training to go on
    std::int64_t pendingEpoch = 0; ///< throttled mode: the epoch the last chunk ends at

    /// Throttled mode: asks for the next frame's worth of epochs (never past the epoch limit).
    void issueChunk(const actlab::Snapshot &s) {
        std::int64_t epochs = epochsPerFrame;
        if (epochLimit > 0)
            epochs = std::min<std::int64_t>(epochs, epochLimit - s.epoch);
        if (epochs <= 0) {
            running = false;
            return;
        }
        const int count = static_cast<int>(std::min<std::int64_t>(epochs, 1 << 30));
        pendingEpoch = s.epoch + count;
        engine->runEpochs(count); // the engine counts the steps: it knows the batching
    }
    /// The engine's latest snapshot, unless it predates the last reset().
    std::shared_ptr<const actlab::Snapshot> current() const {
        std::shared_ptr<const actlab::Snapshot> s = engine->latestSnapshot();
        return s && s->resets >= resetsRequested ? s : nullptr;
    }
};

PlaygroundSession::PlaygroundSession()
    : d(std::make_unique<Private>()) {}

PlaygroundSession::~PlaygroundSession() {
    d->retired.retire(std::move(d->engine)); // and d->retired's destructor waits for it
}

QString PlaygroundSession::configure(const PlaygroundSetup &s,
                                     std::shared_ptr<const actlab::TrainingData> data) {
    d->retired.retire(std::move(d->engine)); // leaves d->engine empty
    d->resetsRequested = 0;
    d->last.reset();
    d->history.reset();
    d->consumed = 0;
    d->lastEpochConsumed = -1;
    d->lastSerial = 0;
    d->running = false;
    d->initialWeights.clear();
    if (!data)
        return tr("There is no data.");

    actlab::TrainingConfig config;
    config.testFraction = s.testFraction;
    std::uint32_t mask = 0;
    for (int f = 0; f < PlaygroundSetup::FeatureCount; ++f) {
        // Features of x2 mean nothing for 1-D data; they are left out rather than refused.
        const bool ofX2 = f == PlaygroundSetup::X2 || f == PlaygroundSetup::X2Squared ||
                          f == PlaygroundSetup::X1X2 || f == PlaygroundSetup::SinX2;
        if (s.features[static_cast<std::size_t>(f)] && !(ofX2 && data->all.inputDims == 1))
            mask |= 1u << f;
    }
    config.features = actlab::FeatureSet::fromMask(mask);
    config.hidden = s.hiddenUnits;
    config.hidden2 = s.secondHiddenUnits;
    if (UserFormula::isFormulaId(s.activation)) {
        config.activation.formula = s.activation.mid(UserFormula::idPrefix().size()).toStdString();
    } else {
        config.activation.id = s.activation.toStdString();
        config.activation.params = s.params;
    }
    config.initializer =
        actlab::initializerFromKey(s.initializer.toStdString()).value_or(config.initializer);
    config.optimizer =
        actlab::optimizerFromKey(s.optimizer.toStdString()).value_or(config.optimizer);
    config.learningRate = s.learningRate;
    config.batchSize = s.batchSize;
    config.l2 = s.l2;
    config.seed = static_cast<std::uint64_t>(s.seed);
    // Every core: the engine's threads run below the GUI's priority (ThreadPriority), so the
    // window still gets a core whenever it has something to draw, and the decision map of a
    // large network is computed in parallel (half the wait on two cores).
    config.threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    config.gridSize = kGridSize;
    config.unitMapSize = kUnitMapSize;

    auto created = actlab::Engine::create(config, std::move(data));
    if (auto *error = std::get_if<actlab::ConfigError>(&created))
        return configErrorText(*error, config); // the command line's sentence, word for word
    d->engine = std::move(std::get<std::unique_ptr<actlab::Engine>>(created));
    d->epochLimit = s.stopEpochs;
    // The constructor's snapshot already carries the initial weights; the evaluated figures
    // and the map follow from the engine's thread, so the GUI does not wait for them.
    d->last = d->engine->latestSnapshot();
    if (d->last)
        d->initialWeights = d->last->weights;
    return {};
}

void PlaygroundSession::applyTraining(const PlaygroundSetup &s) {
    if (!d->engine)
        return;
    if (const auto kind = actlab::optimizerFromKey(s.optimizer.toStdString());
        kind && (!d->last || d->last->optimizer.kind != *kind))
        d->engine->setOptimizer(*kind);
    d->engine->setLearningRate(s.learningRate);
    d->engine->setL2(s.l2);
    d->engine->setBatchSize(s.batchSize);
    d->engine->requestSnapshot();
}

void PlaygroundSession::setEpochsPerFrame(int epochs) {
    const bool wasFree = d->epochsPerFrame == 0;
    d->epochsPerFrame = std::max(0, epochs);
    if (!d->engine || !d->running)
        return;
    // Switching between throttled and free running while training.
    if (d->epochsPerFrame == 0 && !wasFree) {
        d->engine->start();
    } else if (d->epochsPerFrame > 0 && wasFree) {
        d->engine->pause();
        d->pendingEpoch = 0; // the next frame issues a chunk
    }
}

void PlaygroundSession::setEpochLimit(int epochs) {
    d->epochLimit = std::max(0, epochs);
    if (d->engine)
        d->engine->setEpochLimit(d->epochsPerFrame == 0 ? d->epochLimit : 0);
}

void PlaygroundSession::start() {
    if (!d->engine)
        return;
    d->running = true;
    if (d->epochsPerFrame == 0) {
        d->engine->setEpochLimit(d->epochLimit);
        d->engine->start();
    } else {
        d->engine->setEpochLimit(0);
        if (const auto s = d->current())
            d->issueChunk(*s);
        else
            d->pendingEpoch = 0; // a reset is still on its way: the next frame issues the chunk
    }
}

void PlaygroundSession::pause() {
    d->running = false;
    if (d->engine)
        d->engine->pause();
}

void PlaygroundSession::step() {
    if (!d->engine)
        return;
    d->running = false;
    const auto s = d->current();
    if (s && s->status == actlab::TrainingStatus::Diverged)
        return;
    d->engine->runEpochs(1); // to the end of the current epoch
}

void PlaygroundSession::reset() {
    if (!d->engine)
        return;
    d->running = false;
    d->engine->pause();
    d->engine->reset();   // same seed: the same initial weights as after configure()
    ++d->resetsRequested; // the engine answers every command with a snapshot
    d->history.reset();
    d->consumed = 0;
    d->lastEpochConsumed = -1;
    d->pendingEpoch = 0;
    d->lastSerial = 0; // the reset state is a new frame
}

bool PlaygroundSession::isRunning() const {
    return d->engine && d->running;
}
bool PlaygroundSession::isConfigured() const {
    return d->engine != nullptr;
}

bool PlaygroundSession::takeFrame(Frame &frame, bool withDetails) {
    if (!d->engine)
        return false;
    const std::shared_ptr<const actlab::Snapshot> s = d->current();
    if (!s || (s->serial == d->lastSerial && !withDetails))
        return false;
    const bool fresh = s->serial != d->lastSerial;
    d->lastSerial = s->serial;
    d->last = s;

    // Throttled running: each frame releases the next chunk of epochs once the last is done.
    if (d->running) {
        if (s->status == actlab::TrainingStatus::Diverged ||
            s->status == actlab::TrainingStatus::Finished ||
            (d->epochLimit > 0 && s->epoch >= d->epochLimit)) {
            d->running = false;
            d->engine->pause();
        } else if (d->epochsPerFrame > 0 && s->epoch >= d->pendingEpoch &&
                   s->status != actlab::TrainingStatus::Running) {
            d->issueChunk(*s);
        }
    }

    frame.epoch = s->epoch;
    frame.diverged = s->status == actlab::TrainingStatus::Diverged;
    const actlab::TrainingSetup &setup = d->engine->setup();
    const actlab::Task task = setup.task;

    if (s->grid) {
        const actlab::OutputGrid &g = *s->grid;
        frame.grid.columns = g.width;
        frame.grid.rows = g.height;
        frame.grid.channels = 1;
        frame.grid.x1Min = g.domain.x1Min;
        frame.grid.x1Max = g.domain.x1Max;
        frame.grid.x2Min = g.domain.x2Min;
        frame.grid.x2Max = g.domain.x2Max;
        frame.grid.values = g.value;
        if (task == actlab::Task::MultiClass)
            frame.grid.labels = g.label;
    }

    // Network diagram: every matrix as [to][from].
    const actlab::NetworkShape &shape = s->shape;
    const actlab::ParamLayout &layout = s->layout;
    const std::vector<double> &w = s->weights;
    NetworkDiagram &diagram = frame.diagram;
    for (int i = 0; i < actlab::kFeatureCount; ++i)
        if (setup.config.features.has(actlab::FeatureSet::featureAt(i)))
            diagram.inputNames << QString::fromLatin1(
                actlab::FeatureSet::key(actlab::FeatureSet::featureAt(i)));
    diagram.layerSizes = {shape.inputs, shape.hidden1};
    if (shape.hidden2 > 0)
        diagram.layerSizes.push_back(shape.hidden2);
    diagram.layerSizes.push_back(shape.outputs);
    auto transposed = [&](std::size_t at, int rows, int cols) { // stored rows × cols = from × to
        std::vector<double> m(static_cast<std::size_t>(rows) * cols);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                m[static_cast<std::size_t>(c) * rows + r] =
                    w[at + static_cast<std::size_t>(r) * cols + c];
        return m;
    };
    auto slice = [&](std::size_t at, std::size_t n) {
        return std::vector<double>(w.begin() + static_cast<std::ptrdiff_t>(at),
                                   w.begin() + static_cast<std::ptrdiff_t>(at + n));
    };
    if (w.size() == layout.total) {
        diagram.weights.push_back(transposed(layout.w1, shape.inputs, shape.hidden1));
        diagram.biases.push_back(slice(layout.b1, static_cast<std::size_t>(shape.hidden1)));
        if (shape.hidden2 > 0) {
            diagram.weights.push_back(transposed(layout.w2, shape.hidden1, shape.hidden2));
            diagram.biases.push_back(slice(layout.b2, static_cast<std::size_t>(shape.hidden2)));
        }
        diagram.weights.push_back(
            slice(layout.wo, static_cast<std::size_t>(shape.outputs) * shape.lastHidden()));
        diagram.biases.push_back(slice(layout.bo, static_cast<std::size_t>(shape.outputs)));
    }

    PlaygroundMetrics &m = frame.metrics;
    m.task = mapTaskOf(task);
    m.classes = std::max(2, setup.data->all.classes);
    m.trainLoss = s->trainLoss;
    m.testLoss = s->hasTestSet ? s->testLoss : kNaN;
    m.trainAccuracy = s->hasAccuracy ? s->trainAccuracy : kNaN;
    m.testAccuracy = s->hasAccuracy && s->hasTestSet ? s->testAccuracy : kNaN;
    double dead = 0, saturated = 0;
    int units = 0;
    CurvePoint stats;
    stats.epoch = double(s->epoch) + s->epochProgress;
    stats.trainLoss = kNaN;
    stats.testLoss = kNaN;
    for (std::size_t l = 0; l < s->layers.size(); ++l) {
        const actlab::LayerStatistics &layer = s->layers[l];
        stats.gradientNorms.push_back(layer.gradientNorm);
        if (l + 1 < s->layers.size()) { // hidden layers only
            units += layer.units;
            dead += layer.deadFraction * layer.units;
            saturated += layer.saturatedFraction * layer.units;
        }
    }
    m.hiddenUnits = units;
    m.deadUnits = static_cast<int>(std::lround(dead));
    m.saturatedUnits = static_cast<int>(std::lround(saturated));
    stats.deadFraction = units > 0 ? dead / units : 0;
    stats.saturatedFraction = units > 0 ? saturated / units : 0;

    // The engine counted the confusion matrix in the same pass as the losses, and computed
    // the unit maps on its own thread: here they are only handed on.
    if (s->confusion) {
        m.confusion.assign(s->confusion->begin(), s->confusion->end());
        m.confusionOnTest = s->confusionOnTest;
    }
    if (withDetails && s->unitMaps) {
        frame.units.units = s->unitMaps->units;
        frame.units.columns = s->unitMaps->width;
        frame.units.rows = s->unitMaps->height;
        frame.units.values = s->unitMaps->values;
    }

    // Loss history: append what is new; if the engine thinned or restarted its history, redraw.
    if (s->history && fresh) {
        const auto &h = *s->history;
        const bool continues =
            d->history && d->consumed <= h.size() &&
            (d->consumed == 0 || h[d->consumed - 1].epoch == d->lastEpochConsumed);
        if (!continues || s->history != d->history) {
            if (!continues) {
                d->consumed = 0;
                frame.historyRestarted = true;
            }
        }
        d->history = s->history;
        for (std::size_t i = d->consumed; i < h.size(); ++i) {
            CurvePoint p;
            p.epoch = h[i].epoch;
            p.trainLoss = h[i].trainLoss;
            p.testLoss = s->hasTestSet ? h[i].testLoss : kNaN;
            p.trainAccuracy = s->hasAccuracy ? h[i].trainAccuracy : kNaN;
            p.testAccuracy = s->hasAccuracy && s->hasTestSet ? h[i].testAccuracy : kNaN;
            frame.history.push_back(p);
        }
        d->consumed = h.size();
        d->lastEpochConsumed = h.empty() ? -1 : h.back().epoch;
    }
    if (fresh && s->step > 0)
        frame.history.push_back(std::move(stats));
    return true;
}

double PlaygroundSession::epochsDone() const {
    return d->last ? double(d->last->epoch) + d->last->epochProgress : 0.0;
}

MapTask PlaygroundSession::mapTask() const {
    return d->engine ? mapTaskOf(d->engine->setup().task) : MapTask::Binary;
}

int PlaygroundSession::classes() const {
    return d->engine ? std::max(2, d->engine->setup().data->all.classes) : 2;
}

std::vector<double> PlaygroundSession::initialWeights() const {
    return d->initialWeights;
}

actlab::TrainingConfig PlaygroundSession::engineConfig() const {
    return d->engine ? d->engine->setup().config : actlab::TrainingConfig{};
}

double PlaygroundSession::engineLearningRate() const {
    if (!d->engine)
        return 0;
    const auto s = d->engine->latestSnapshot();
    return s ? s->optimizer.learningRate : 0;
}

int PlaygroundSession::engineHiddenUnits() const {
    return d->engine ? d->engine->setup().shape.hidden1 : 0;
}

QString PlaygroundSession::taskText() const {
    if (!d->engine)
        return {};
    const actlab::TrainingSetup &setup = d->engine->setup();
    QString task;
    switch (setup.task) {
    case actlab::Task::Binary:
        task = tr("Binary classification");
        break;
    case actlab::Task::MultiClass:
        task = tr("Classification into %1 classes").arg(UiNumber::whole(setup.data->all.classes));
        break;
    case actlab::Task::Regression:
        task = tr("Regression");
        break;
    }
    QString loss;
    switch (setup.output) {
    case actlab::OutputKind::SigmoidBce:
        loss = tr("sigmoid output, binary cross-entropy");
        break;
    case actlab::OutputKind::SoftmaxCce:
        loss = tr("softmax output, categorical cross-entropy");
        break;
    case actlab::OutputKind::LinearMse:
        loss = tr("linear output, mean squared error");
        break;
    }
    return tr("%1 · %2 · %3 training and %4 test points")
        .arg(task, loss, UiNumber::whole(static_cast<long long>(setup.data->split.train.size())),
             UiNumber::whole(static_cast<long long>(setup.data->split.test.size())));
}
