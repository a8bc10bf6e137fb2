// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundpage.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "csverrortext.h"
#include "data/csvdataset.h"
#include "data/datasetgenerator.h"
#include "data/datasplit.h"
#include "decisionmapview.h"
#include "engine/trainingsetup.h"
#include "explorer/userformula.h"
#include "filedialogs.h"
#include "labfile.h"
#include "metricsview.h"
#include "networkdiagramview.h"
#include "playgroundcontrols.h"
#include "playgroundsession.h"
#include "playgroundsetuppanel.h"
#include "uinumber.h"
#include "unitmapsview.h"
#include "verticalscrollarea.h"

namespace {
constexpr int kFrameMs = 16;        // ~60 Hz display rate
constexpr qint64 kUnitMapsMs = 100; // unit thumbnails change slowly: 10 Hz is plenty
} // namespace

struct PlaygroundPage::Run {
    std::unique_ptr<PlaygroundSession> session = std::make_unique<PlaygroundSession>();
    DecisionMapView *map = nullptr;
    std::vector<CurvePoint> history;
    std::optional<long long> reachedAt;
    long long epoch = 0;
    long long slowTarget = 0; ///< slow motion: the epoch its last step ends at
    double trainLoss = NAN;
    bool diverged = false;
};

PlaygroundPage::PlaygroundPage(QWidget *parent)
    : QWidget(parent) {
    m_controls = new PlaygroundControls(this);
    m_setupPanel = new PlaygroundSetupPanel;
    auto *setupScroll = new VerticalScrollArea(m_setupPanel, this);

    // Centre: the decision map(s) and the hidden units' own maps.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_mapsHost = new QWidget(centre);
    auto *mapsLayout = new QHBoxLayout(m_mapsHost);
    mapsLayout->setContentsMargins(0, 0, 0, 0);
    // The maps keep their square shape (height for width); the unit thumbnails take the rest.
    centreLayout->addWidget(m_mapsHost, 0);
    auto *mapOptions = new QHBoxLayout;
    m_discretise = new QCheckBox(centre);
    m_showTest = new QCheckBox(centre);
    m_showTest->setChecked(true);
    m_raceLabel = new QLabel(centre);
    m_raceLabel->setWordWrap(true);
    m_detailLabel = new QLabel(centre);
    m_detailCombo = new QComboBox(centre);
    // Sized to a short name, not the longest run name: a race's "B · Leaky ReLU (0.05)" made
    // the centre column take the loss charts' width at 1280 pixels.
    m_detailCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_detailCombo->setMinimumContentsLength(12);
    m_detailLabel->setBuddy(m_detailCombo);
    mapOptions->addWidget(m_discretise);
    mapOptions->addWidget(m_showTest);
    mapOptions->addStretch(1);
    centreLayout->addLayout(mapOptions);
    // The run chooser (races only) on a line of its own, so that the centre column stays
    // narrow enough for the loss charts beside it on a 1024-pixel screen.
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detailLabel);
    detailRow->addWidget(m_detailCombo);
    detailRow->addStretch(1);
    centreLayout->addLayout(detailRow);
    // A line of its own: the race result names both runs and must not be squeezed.
    centreLayout->addWidget(m_raceLabel);
    m_unitsTitle = new QLabel(centre);
    centreLayout->addWidget(m_unitsTitle);
    m_units = new UnitMapsView;
    auto *unitsScroll = new QScrollArea(centre);
    unitsScroll->setWidget(m_units);
    unitsScroll->setWidgetResizable(true);
    unitsScroll->setFrameShape(QFrame::NoFrame);
    centreLayout->addWidget(unitsScroll, 1);
    m_metrics = new MetricsView(centre);
    centreLayout->addWidget(m_metrics, 1);

    // Right: loss curves, then the network and the figures.
    m_curves = new LossCurvesView(this);
    m_diagram = new NetworkDiagramView(this);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_curves);
    right->addWidget(m_diagram);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->addWidget(setupScroll);
    split->addWidget(centre);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitMovedByUser = true; });

    m_openButton = new QToolButton(this);
    m_saveButton = new QToolButton(this);
    m_exportButton = new QToolButton(this);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    for (int i = 0; i < 3; ++i)
        exportMenu->addAction(QString(), this, [this, i] { exportDialog(i); });
    m_exportButton->setMenu(exportMenu);
    for (QToolButton *b : {m_openButton, m_saveButton, m_exportButton})
        m_controls->addToSecondRow(b);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(split, 1);

    connect(m_controls, &PlaygroundControls::playToggled, this, &PlaygroundPage::setRunning);
    connect(m_controls, &PlaygroundControls::stepRequested, this, &PlaygroundPage::stepOnce);
    connect(m_controls, &PlaygroundControls::resetRequested, this, &PlaygroundPage::resetRuns);
    connect(m_controls, &PlaygroundControls::speedChanged, this, [this](int n) {
        for (auto &run : m_runs)
            run->session->setEpochsPerFrame(n);
    });
    connect(m_controls, &PlaygroundControls::slowMotionChanged, this, [this] {
        if (m_running)
            setRunning(true); // on at the new pace
    });
    connect(m_controls, &PlaygroundControls::stopConditionsChanged, this,
            &PlaygroundPage::updateStopTarget);
    connect(m_controls, &PlaygroundControls::raceChanged, this, &PlaygroundPage::rebuildNetworks);
    connect(m_setupPanel, &PlaygroundSetupPanel::dataChanged, this, &PlaygroundPage::rebuildData);
    connect(m_setupPanel, &PlaygroundSetupPanel::networkChanged, this,
            &PlaygroundPage::rebuildNetworks);
    connect(m_setupPanel, &PlaygroundSetupPanel::trainingChanged, this,
            &PlaygroundPage::applyTraining);
    connect(m_setupPanel, &PlaygroundSetupPanel::csvRequested, this, &PlaygroundPage::csvDialog);
    connect(m_discretise, &QCheckBox::toggled, this, [this](bool on) {
        for (auto &run : m_runs)
            run->map->setDiscretised(on);
    });
    connect(m_showTest, &QCheckBox::toggled, this, [this](bool on) {
        for (auto &run : m_runs)
            run->map->setTestPointsVisible(on);
    });
    connect(m_detailCombo, &QComboBox::activated, this, &PlaygroundPage::setDetailRun);
    // One lab file for the whole app: the window's File ▸ Open and Save answer these.
    connect(m_openButton, &QToolButton::clicked, this, &PlaygroundPage::openLabRequested);
    connect(m_saveButton, &QToolButton::clicked, this, &PlaygroundPage::saveLabRequested);
    connect(&m_frameTimer, &QTimer::timeout, this, &PlaygroundPage::refreshFrame);
    m_slowTimer.setInterval(1000 / PlaygroundControls::kSlowMotionEpochsPerSecond);
    connect(&m_slowTimer, &QTimer::timeout, this, &PlaygroundPage::advanceSlowMotion);

    retranslateUi();
    m_clock.start();
    rebuildData();
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.start(kFrameMs);
}

PlaygroundPage::~PlaygroundPage() {
    m_frameTimer.stop();
    // Sessions join their training threads in their destructors, before the views go.
    m_runs.clear();
}

PlaygroundSession *PlaygroundPage::session(int run) const {
    return run >= 0 && run < runCount() ? m_runs[static_cast<std::size_t>(run)]->session.get()
                                        : nullptr;
}

DecisionMapView *PlaygroundPage::decisionMap(int run) const {
    return run >= 0 && run < runCount() ? m_runs[static_cast<std::size_t>(run)]->map : nullptr;
}

long long PlaygroundPage::epoch(int run) const {
    return run >= 0 && run < runCount() ? m_runs[static_cast<std::size_t>(run)]->epoch : 0;
}

std::optional<long long> PlaygroundPage::epochsToTarget(int run) const {
    return run >= 0 && run < runCount() ? m_runs[static_cast<std::size_t>(run)]->reachedAt
                                        : std::nullopt;
}

PlaygroundSetup PlaygroundPage::setup() const {
    PlaygroundSetup s = m_setupPanel->setup();
    s.epochsPerFrame = m_controls->epochsPerFrame();
    s.slowMotion = m_controls->slowMotion();
    s.stopEpochs = m_controls->stopEpochs();
    s.targetLoss = m_controls->targetLoss();
    s.race = m_controls->race();
    return s;
}

void PlaygroundPage::applySetup(const PlaygroundSetup &setup) {
    m_setupPanel->setSetup(setup);
    {
        const QSignalBlocker block(m_controls);
        m_controls->setEpochsPerFrame(setup.epochsPerFrame);
        m_controls->setSlowMotion(setup.slowMotion);
        m_controls->setStopEpochs(setup.stopEpochs);
        m_controls->setTargetLoss(setup.targetLoss);
        m_controls->setRace(setup.race);
    }
    rebuildData();
    updateStopTarget();
}

PlaygroundSetup PlaygroundPage::raceSetup(const PlaygroundSetup &base) const {
    return base.rival();
}

QString PlaygroundPage::runName(int run) const {
    PlaygroundSetup s = setup();
    if (run == 1)
        s = s.rival();
    const QLocale locale;
    QString name;
    switch (s.race.setting) {
    case RaceSetup::Setting::Activation:
    case RaceSetup::Setting::Count:
        if (UserFormula::isFormulaId(s.activation)) {
            name = s.activation.mid(UserFormula::idPrefix().size());
        } else {
            const actlab::CatalogEntry *entry =
                actlab::Catalog::builtin().find(s.activation.toStdString());
            name = entry ? activationName(entry->spec) : s.activation;
            QStringList values;
            for (double v : s.params)
                values << locale.toString(v, 'g', 4);
            if (!values.isEmpty())
                name += QStringLiteral(" (%1)").arg(values.join(QStringLiteral(", ")));
        }
        break;
    case RaceSetup::Setting::Optimizer:
        name = s.optimizer == QLatin1String("sgd")        ? tr("SGD")
               : s.optimizer == QLatin1String("momentum") ? tr("SGD with momentum")
                                                          : tr("Adam");
        break;
    case RaceSetup::Setting::LearningRate:
        name = tr("learning rate %1").arg(locale.toString(s.learningRate, 'g', 4));
        break;
    case RaceSetup::Setting::L2:
        name = tr("L2 %1").arg(locale.toString(s.l2, 'g', 4));
        break;
    case RaceSetup::Setting::BatchSize:
        name = tr("batch %1").arg(s.batchSize);
        break;
    }
    return runCount() > 1 ? QStringLiteral("%1 · %2").arg(
                                run == 0 ? QStringLiteral("A") : QStringLiteral("B"), name)
                          : name;
}

void PlaygroundPage::setDetailRun(int run) {
    run = std::clamp(run, 0, std::max(0, runCount() - 1));
    if (m_detailCombo->currentIndex() != run)
        m_detailCombo->setCurrentIndex(run);
    if (run == m_detailRun)
        return;
    m_detailRun = run;
    m_rateTime = m_clock.elapsed();
    m_rateEpoch = epoch(run);
    m_rate = 0;
    m_lastUnitMaps = -kUnitMapsMs; // the next frame brings this run's details
    refreshFrame();
}

void PlaygroundPage::updateDetailChoices() {
    const QSignalBlocker block(m_detailCombo);
    m_detailCombo->clear();
    for (int i = 0; i < runCount(); ++i)
        m_detailCombo->addItem(runName(i));
    m_detailCombo->setCurrentIndex(std::min(m_detailRun, runCount() - 1));
    m_detailLabel->setVisible(runCount() > 1);
    m_detailCombo->setVisible(runCount() > 1);
}

void PlaygroundPage::rebuildData() {
    const PlaygroundSetup s = m_setupPanel->setup();
    m_dataError.clear();
    std::shared_ptr<actlab::Dataset> full;
    if (s.dataset == QStringLiteral("csv")) {
        if (m_csvData)
            full = std::make_shared<actlab::Dataset>(*m_csvData);
    } else if (const auto kind = actlab::datasetKindFromKey(s.dataset.toStdString())) {
        actlab::DatasetOptions options;
        options.kind = *kind;
        options.n = s.samples;
        options.noise = s.noise;
        options.seed = static_cast<std::uint64_t>(s.dataSeed);
        options.classes = actlab::datasetKindInfo(*kind).multiClass ? s.classes : 2;
        if (!actlab::validateDatasetOptions(options))
            full = std::make_shared<actlab::Dataset>(actlab::generateDataset(options));
    }
    if (!full) {
        m_dataError = tr("These data settings are not valid.");
        m_data.reset();
    } else {
        // One immutable copy of the points, shared by every run (race mode included).
        auto data = std::make_shared<actlab::TrainingData>();
        data->split =
            actlab::splitDataset(*full, s.testFraction, static_cast<std::uint64_t>(s.dataSeed));
        data->all = std::move(*full);
        m_data = std::move(data);
    }
    rebuildNetworks();
}

void PlaygroundPage::rebuildNetworks() {
    setRunning(false);
    const int wanted = m_controls->raceEnabled() ? 2 : 1;
    while (runCount() > wanted) {
        delete m_runs.back()->map;
        m_runs.pop_back();
    }
    if (runCount() != wanted && isVisible())
        QTimer::singleShot(0, this, &PlaygroundPage::balanceColumns);
    while (runCount() < wanted) {
        auto run = std::make_unique<Run>();
        run->map = new DecisionMapView(m_mapsHost);
        run->map->setDiscretised(m_discretise->isChecked());
        run->map->setTestPointsVisible(m_showTest->isChecked());
        m_mapsHost->layout()->addWidget(run->map);
        m_runs.push_back(std::move(run));
    }
    configureRuns();
}

void PlaygroundPage::configureRuns() {
    const PlaygroundSetup base = setup();
    QStringList names;
    QString error = m_dataError;
    for (int i = 0; i < runCount(); ++i) {
        Run &run = *m_runs[static_cast<std::size_t>(i)];
        run.history.clear();
        run.reachedAt.reset();
        run.epoch = 0;
        run.slowTarget = 0;
        run.diverged = false;
        run.trainLoss = NAN;
        if (m_data) {
            const QString e = run.session->configure(i == 0 ? base : raceSetup(base), m_data);
            if (error.isEmpty())
                error = e;
            run.session->setEpochsPerFrame(m_controls->epochsPerFrame());
            run.session->setEpochLimit(m_controls->stopEpochs());
        }
        run.map->setTask(run.session->mapTask(), run.session->classes());
        run.map->setCaption(runCount() > 1 ? runName(i) : QString());
        names << (runCount() > 1 ? runName(i) : QString());
    }
    if (m_detailRun >= runCount())
        m_detailRun = 0;
    updateDetailChoices();
    m_lastUnitMaps = -kUnitMapsMs;
    m_curves->setRuns(names);
    updateStopTarget();
    updateDataPoints();
    m_setupPanel->setTaskText(runCount() > 0 ? m_runs[0]->session->taskText() : QString());
    m_controls->setStatus(error, !error.isEmpty());
    m_rate = 0;
    showEpochs();
    updateRaceLabel();
    refreshFrame();
}

void PlaygroundPage::updateDataPoints() {
    std::vector<MapPoint> points;
    if (m_data) {
        for (int part = 0; part < 2; ++part) {
            const actlab::Dataset &d = part == 0 ? m_data->split.train : m_data->split.test;
            for (std::size_t i = 0; i < d.size(); ++i) {
                MapPoint p;
                p.x1 = d.x1[i];
                p.x2 = d.inputDims > 1 ? d.x2[i] : 0.0;
                p.target = d.target[i];
                p.label = d.isClassification() ? static_cast<int>(d.target[i]) : 0;
                p.test = part == 1;
                points.push_back(p);
            }
        }
    }
    for (auto &run : m_runs)
        run->map->setPoints(points);
}

void PlaygroundPage::applyTraining() {
    const PlaygroundSetup s = setup();
    for (int i = 0; i < runCount(); ++i)
        m_runs[static_cast<std::size_t>(i)]->session->applyTraining(i == 0 ? s : raceSetup(s));
}

void PlaygroundPage::setRunning(bool running) {
    // Slow motion paces the runs from here (advanceSlowMotion); otherwise each engine trains
    // at the speed of the epochs-per-frame control.
    const bool slow = m_controls->slowMotion();
    bool any = false;
    for (auto &run : m_runs) {
        if (!run->session->isConfigured())
            continue;
        if (running && !run->diverged) {
            if (slow)
                run->session->pause();
            else
                run->session->start();
            any = true;
        } else {
            run->session->pause();
        }
    }
    if (running && any && slow) {
        for (auto &run : m_runs)
            run->slowTarget = 0; // whatever a paused step left unfinished, start on the beat
        m_slowTimer.start();
    } else {
        m_slowTimer.stop();
    }
    // Not m_controls->isRunning(): the play button has already changed it when it calls here.
    const bool wasRunning = std::exchange(m_running, running && any);
    m_controls->setRunning(running && any);
    const qint64 now = m_clock.elapsed();
    if (running && any && !wasRunning) {
        m_runStartTime = now;
        m_runStartEpoch = epoch(m_detailRun);
    } else if (wasRunning && !(running && any) && now > m_runStartTime) {
        // Paused or finished: the readout keeps the run's average rate, not a meaningless 0.
        m_rate =
            1000.0 * double(epoch(m_detailRun) - m_runStartEpoch) / double(now - m_runStartTime);
        showEpochs();
    }
    m_rateTime = now;
    m_rateEpoch = epoch(m_detailRun);
}

bool PlaygroundPage::runDone(const Run &run) const {
    const long long stopAt = m_controls->stopEpochs();
    return run.diverged || (stopAt > 0 && run.epoch >= stopAt) ||
           (m_controls->targetLoss() > 0 && run.reachedAt.has_value());
}

void PlaygroundPage::advanceSlowMotion() {
    // A run still training its last epoch holds the others back: a race moves in step.
    std::vector<Run *> next;
    for (auto &run : m_runs) {
        if (!run->session->isConfigured() || runDone(*run))
            continue;
        if (run->epoch < run->slowTarget)
            return;
        next.push_back(run.get());
    }
    for (Run *run : next) {
        run->slowTarget = run->epoch + 1;
        run->session->step();
    }
}

void PlaygroundPage::stepOnce() {
    for (auto &run : m_runs)
        if (run->session->isConfigured() && !run->diverged)
            run->session->step();
}

void PlaygroundPage::resetRuns() {
    setRunning(false);
    for (auto &run : m_runs) {
        run->session->reset();
        run->history.clear();
        run->reachedAt.reset();
        run->epoch = 0;
        run->slowTarget = 0;
        run->diverged = false;
        run->trainLoss = NAN;
    }
    m_curves->clear();
    m_lastUnitMaps = -kUnitMapsMs; // the next frame brings the new start's matrix and maps
    m_controls->setStatus(QString());
    m_rate = 0;
    showEpochs();
    updateRaceLabel();
    refreshFrame();
}

void PlaygroundPage::updateStopTarget() {
    const double target = m_controls->targetLoss();
    m_curves->setTargetLoss(target > 0 ? target : NAN);
    for (auto &run : m_runs)
        run->session->setEpochLimit(m_controls->stopEpochs());
    updateRaceLabel();
}

void PlaygroundPage::refreshFrame() {
    const qint64 now = m_clock.elapsed();
    const bool unitsDue = now - m_lastUnitMaps >= kUnitMapsMs;
    const double target = m_controls->targetLoss();
    bool anyNew = false, stop = false, raceChanged = false;
    for (int i = 0; i < runCount(); ++i) {
        Run &run = *m_runs[static_cast<std::size_t>(i)];
        PlaygroundSession::Frame frame;
        if (!run.session->takeFrame(frame, unitsDue && i == m_detailRun))
            continue;
        anyNew = true;
        run.epoch = frame.epoch;
        run.trainLoss = frame.metrics.trainLoss;
        run.map->setGrid(std::move(frame.grid));
        if (frame.historyRestarted) {
            // The engine thinned its history: redraw this run from the new one.
            run.history.clear();
            m_curves->clearRun(i);
        }
        if (!frame.history.empty()) {
            m_curves->appendPoints(i, frame.history);
            run.history.insert(run.history.end(), frame.history.begin(), frame.history.end());
            if (target > 0 && !run.reachedAt)
                for (const CurvePoint &p : frame.history)
                    if (std::isfinite(p.trainLoss) && p.trainLoss <= target) {
                        run.reachedAt = static_cast<long long>(p.epoch);
                        raceChanged = true;
                        break;
                    }
        }
        if (frame.diverged && !run.diverged) {
            run.diverged = true;
            run.session->pause();
            m_controls->setStatus(tr("%1 diverged at epoch %2 (loss is not finite).")
                                      .arg(runCount() > 1 ? runName(i) : tr("Training"),
                                           UiNumber::whole(frame.epoch)),
                                  true);
        }
        if (i == m_detailRun) {
            // Thick antialiased edges are costly to stroke; the diagram follows at the
            // detail rate (and whenever training is not running).
            if (unitsDue || !run.session->isRunning())
                m_diagram->setDiagram(std::move(frame.diagram));
            m_metrics->setMetrics(frame.metrics);
            if (frame.units.isValid()) {
                m_units->setMaps(std::move(frame.units));
                m_lastUnitMaps = now;
            }
        }
    }
    if (unitsDue && !anyNew)
        m_lastUnitMaps = now;
    if (m_controls->isRunning()) {
        bool allDone = true;
        for (auto &run : m_runs) {
            const bool done = runDone(*run);
            if (done && run->session->isRunning())
                run->session->pause();
            allDone = allDone && done;
        }
        stop = allDone;
    }
    if (stop)
        setRunning(false);
    if (raceChanged)
        updateRaceLabel();
    // Epochs per second over the last half second or so, smoothed.
    if (now - m_rateTime >= 500) {
        const long long e = epoch(m_detailRun);
        const double rate = 1000.0 * double(e - m_rateEpoch) / double(now - m_rateTime);
        if (m_controls->isRunning())
            m_rate = m_rate > 0 ? 0.5 * m_rate + 0.5 * rate : rate;
        m_rateTime = now;
        m_rateEpoch = e;
    }
    if (anyNew || stop) {
        showEpochs();
        ++m_framesShown;
    }
}

void PlaygroundPage::showEpochs() {
    std::vector<long long> epochs;
    for (const auto &run : m_runs)
        epochs.push_back(run->epoch);
    if (epochs.empty())
        epochs.push_back(0);
    m_controls->setEpochs(epochs, m_rate);
}

void PlaygroundPage::updateRaceLabel() {
    const auto setText = [this](const QString &text) {
        m_raceLabel->setText(text);
        m_raceLabel->setVisible(!text.isEmpty()); // no empty line under the maps
    };
    const double target = m_controls->targetLoss();
    if (runCount() < 2) {
        setText(target > 0 && !m_runs.empty() && m_runs[0]->reachedAt
                    ? tr("Reached loss %1 at epoch %2.").arg(target).arg(*m_runs[0]->reachedAt)
                    : QString());
        return;
    }
    if (target <= 0) {
        setText(tr("Set a target loss to time the race."));
        return;
    }
    QStringList parts;
    for (int i = 0; i < runCount(); ++i) {
        const auto &reached = m_runs[static_cast<std::size_t>(i)]->reachedAt;
        parts << (reached ? tr("%1: %2 epochs").arg(runName(i), UiNumber::whole(*reached))
                          : tr("%1: not yet").arg(runName(i)));
    }
    setText(tr("Epochs to loss %1 — %2")
                .arg(QLocale().toString(target), parts.join(QStringLiteral(" · "))));
}

void PlaygroundPage::setTheme(PlotTheme theme) {
    m_curves->setTheme(theme);
    update(); // the painted views read the palette when they paint
}

QString PlaygroundPage::saveLab(const QString &path) const {
    return LabFile::save(path, setup());
}

QString PlaygroundPage::loadLab(const QString &path) {
    auto result = LabFile::load(path);
    if (const QString *error = std::get_if<QString>(&result))
        return *error;
    PlaygroundSetup s = std::get<PlaygroundSetup>(result);
    if (s.dataset == QStringLiteral("csv")) {
        // The data file must load before anything changes, or the lab is refused as a whole.
        const QString error = loadCsv(s.csvPath);
        if (!error.isEmpty())
            return error;
    }
    applySetup(s);
    return {};
}

QString PlaygroundPage::loadCsv(const QString &path) {
    auto result = actlab::loadCsvDataset(path.toStdString());
    if (const auto *error = std::get_if<actlab::CsvError>(&result)) {
        const QString text = csvErrorText(*error);
        m_setupPanel->setCsvStatus(text, true);
        return text;
    }
    m_csvData = std::make_shared<actlab::Dataset>(std::move(std::get<actlab::Dataset>(result)));
    PlaygroundSetup s = m_setupPanel->setup();
    s.dataset = QStringLiteral("csv");
    s.csvPath = path;
    m_setupPanel->setSetup(s);
    m_setupPanel->setCsvStatus(tr("%1 (%n points)", nullptr, static_cast<int>(m_csvData->size()))
                                   .arg(QFileInfo(path).fileName()),
                               false);
    rebuildData();
    return {};
}

QString PlaygroundPage::exportDecisionMap(const QString &path) const {
    if (!m_mapsHost->grab().save(path, "PNG"))
        return tr("Cannot write %1.").arg(path);
    return {};
}

QString PlaygroundPage::exportLossCurves(const QString &path) const {
    if (!m_curves->customPlot()->savePng(path, 0, 0, 2.0))
        return tr("Cannot write %1.").arg(path);
    return {};
}

QString PlaygroundPage::exportHistoryCsv(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    std::size_t layers = 0;
    for (const auto &run : m_runs)
        for (const CurvePoint &p : run->history)
            layers = std::max(layers, p.gradientNorms.size());
    QByteArray out = "run,activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy";
    for (std::size_t l = 0; l < layers; ++l)
        out += ",grad_norm_layer" + QByteArray::number(qulonglong(l + 1));
    out += ",dead_fraction,saturated_fraction\n";
    const PlaygroundSetup s = setup();
    auto num = [](double v) {
        return std::isfinite(v) ? QByteArray::number(v, 'g', 17) : QByteArray();
    };
    for (int i = 0; i < runCount(); ++i) {
        const QByteArray activation = (i == 0 ? s.activation : s.rival().activation).toUtf8();
        for (const CurvePoint &p : m_runs[static_cast<std::size_t>(i)]->history) {
            out += QByteArray::number(i + 1) + ",\"" + QByteArray(activation).replace('"', "\"\"") +
                   "\"," + num(p.epoch) + ',' + num(p.trainLoss) + ',' + num(p.testLoss) + ',' +
                   num(p.trainAccuracy) + ',' + num(p.testAccuracy);
            for (std::size_t l = 0; l < layers; ++l)
                out += ',' + (l < p.gradientNorms.size() ? num(p.gradientNorms[l]) : QByteArray());
            out += ',' + num(p.deadFraction) + ',' + num(p.saturatedFraction) + '\n';
        }
    }
    file.write(out);
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void PlaygroundPage::csvDialog() {
    const QString path = FileDialogs::openFileName(this, tr("Load CSV data"), QString(),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path); // errors are shown under the button, with the line number
}

void PlaygroundPage::exportDialog(int which) {
    static const char *const names[] = {"decision-map.png", "loss-curves.png", "history.csv"};
    const QString filter = which == 2 ? tr("CSV files (*.csv)") : tr("PNG images (*.png)");
    const QString path =
        FileDialogs::saveFileName(this, tr("Export"), QString::fromLatin1(names[which]), filter);
    if (path.isEmpty())
        return;
    const QString error = which == 0   ? exportDecisionMap(path)
                          : which == 1 ? exportLossCurves(path)
                                       : exportHistoryCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

void PlaygroundPage::retranslateUi() {
    m_discretise->setText(tr("&Discretise"));
    m_discretise->setToolTip(tr("Show only the predicted class, without confidence shading"));
    m_showTest->setText(tr("Show &test points"));
    m_showTest->setToolTip(tr("Training points are filled discs, test points are rings"));
    m_unitsTitle->setText(tr("Hidden units (hover to enlarge)"));
    m_openButton->setText(tr("Open lab…"));
    m_saveButton->setText(tr("Save lab…"));
    m_exportButton->setText(tr("Export"));
    const QList<QAction *> actions = m_exportButton->menu()->actions();
    actions[0]->setText(tr("Decision map as PNG…"));
    actions[1]->setText(tr("Loss curves as PNG…"));
    actions[2]->setText(tr("History as CSV…"));
    // The race picker lists the same activations as the set-up panel.
    QStringList ids = m_setupPanel->activationIds(), names;
    for (const QString &id : ids) {
        const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(id.toStdString());
        names << (entry ? activationName(entry->spec) : id.mid(UserFormula::idPrefix().size()));
    }
    m_controls->setRaceActivations(ids, names);
    m_detailLabel->setText(tr("&Details of:"));
    m_detailCombo->setToolTip(tr("Which run the unit maps, network, metrics and epoch counter "
                                 "show"));
    for (int i = 0; i < runCount(); ++i)
        m_runs[static_cast<std::size_t>(i)]->map->setCaption(runCount() > 1 ? runName(i)
                                                                            : QString());
    updateDetailChoices();
    if (runCount() > 0) {
        m_setupPanel->setTaskText(m_runs[0]->session->taskText());
        updateRaceLabel();
    }
}

void PlaygroundPage::resizeEvent(QResizeEvent *event) {
    // The square maps would take the whole centre column of a wide window and squeeze the
    // unit maps and the confusion matrix out of sight: they get about half the height.
    m_mapsHost->setMaximumHeight(std::max(220, height() / 2));
    QWidget::resizeEvent(event);
    // Until the user moves a splitter handle, the columns follow the window (it is often
    // resized after the first show: maximised, fitted to the screen, presentation mode).
    if (!m_splitMovedByUser && isVisible())
        balanceColumns();
}

void PlaygroundPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // A page built unseen (a lab opened before the window) had no visible resize yet.
    if (!m_splitMovedByUser)
        balanceColumns();
}

void PlaygroundPage::balanceColumns() {
    // The maps' expanding, square size policy would otherwise take the width from the loss
    // curves (two maps in a race squeeze them to a sliver): the set-up column keeps its own
    // width, the rest is shared about 55:45.
    const QList<int> sizes = m_split->sizes();
    if (sizes.size() != 3 || m_split->width() <= 0)
        return;
    const int setupWidth = m_split->widget(0)->minimumSizeHint().width();
    const int rest = std::max(0, m_split->width() - setupWidth - 2 * m_split->handleWidth());
    const QSignalBlocker blocker(m_split);
    m_split->setSizes({setupWidth, rest * 55 / 100, rest - rest * 55 / 100});
}

void PlaygroundPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
