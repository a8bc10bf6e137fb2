// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include "losscurvesview.h"
#include "playgroundsetup.h"

class DecisionMapView;
class LossCurvesView;
class MetricsView;
class NetworkDiagramView;
class PlaygroundControls;
class PlaygroundSession;
class PlaygroundSetupPanel;
class UnitMapsView;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace actlab {
struct Dataset;
struct TrainingData;
} // namespace actlab

/**
 * The network playground: set-up panel, run controls, and the views of one training run (or
 * two, racing). The engine trains on its own thread; a display-rate timer (about 60 Hz) takes
 * each run's newest snapshot and hands it to the views, so the window never waits on training.
 */
class PlaygroundPage : public QWidget {
    Q_OBJECT

public:
    explicit PlaygroundPage(QWidget *parent = nullptr);
    ~PlaygroundPage() override;

    PlaygroundSetup setup() const;
    /// Applies a set-up as if the user had entered it (new data, new network, stopped).
    void applySetup(const PlaygroundSetup &setup);

    /// Lab files; both return an empty string on success, else the translated reason. A file
    /// that cannot be read leaves the playground as it was.
    QString saveLab(const QString &path) const;
    QString loadLab(const QString &path);
    /// Exports; empty on success, else the reason.
    QString exportDecisionMap(const QString &path) const;
    QString exportLossCurves(const QString &path) const;
    QString exportHistoryCsv(const QString &path) const;
    /// Loads user data (x1,x2,label or x,y); empty on success, else the message naming the line.
    QString loadCsv(const QString &path);
    /// The charts follow the app theme (the painted views take the application palette).
    void setTheme(PlotTheme theme);

    // For tests and benchmarks.
    PlaygroundControls *controls() const { return m_controls; }
    PlaygroundSetupPanel *setupPanel() const { return m_setupPanel; }
    int runCount() const { return static_cast<int>(m_runs.size()); }
    PlaygroundSession *session(int run) const;
    DecisionMapView *decisionMap(int run) const;
    LossCurvesView *lossCurves() const { return m_curves; }
    MetricsView *metricsView() const { return m_metrics; }
    UnitMapsView *unitMaps() const { return m_units; }
    NetworkDiagramView *networkDiagram() const { return m_diagram; }
    long long epoch(int run = 0) const;
    /// Epoch at which a run first reached the target loss, if it has.
    std::optional<long long> epochsToTarget(int run) const;
    std::shared_ptr<const actlab::TrainingData> data() const { return m_data; }
    /// Which run the unit maps, diagram, metrics and epoch readout show (race: 0 = A, 1 = B).
    int detailRun() const { return m_detailRun; }
    void setDetailRun(int run);
    QComboBox *detailCombo() const { return m_detailCombo; }
    /// Takes the newest snapshots now (what the display timer does every frame).
    void refreshFrame();
    /// Slow motion's beat: every run that has finished its epoch trains the next, once all
    /// have (what the slow-motion timer does, kSlowMotionEpochsPerSecond times a second).
    void advanceSlowMotion();
    bool slowMotionActive() const { return m_slowTimer.isActive(); }
    long long framesShown() const { return m_framesShown; }

signals:
    /// The page's Open and Save buttons: the window's lab document opens or saves.
    void openLabRequested();
    void saveLabRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Run;
    void retranslateUi();
    void rebuildData();
    void rebuildNetworks();
    void configureRuns();
    void applyTraining();
    void setRunning(bool running);
    void stepOnce();
    /// The run has stopped for good: diverged, at the epoch limit or at the target loss.
    bool runDone(const Run &run) const;
    void resetRuns();
    void updateRaceLabel();
    /// The epoch counter: the run's epoch, or both runs' in a race.
    void showEpochs();
    void updateStopTarget();
    void updateDataPoints();
    void csvDialog();
    void exportDialog(int which);
    PlaygroundSetup raceSetup(const PlaygroundSetup &base) const;
    QString runName(int run) const;
    void updateDetailChoices();
    void balanceColumns();

    PlaygroundSetupPanel *m_setupPanel = nullptr;
    PlaygroundControls *m_controls = nullptr;
    QWidget *m_mapsHost = nullptr;
    QSplitter *m_split = nullptr;
    bool m_splitMovedByUser = false; ///< then the columns keep the user's widths
    QCheckBox *m_discretise = nullptr;
    QCheckBox *m_showTest = nullptr;
    QLabel *m_raceLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QComboBox *m_detailCombo = nullptr;
    int m_detailRun = 0;
    QLabel *m_unitsTitle = nullptr;
    UnitMapsView *m_units = nullptr;
    NetworkDiagramView *m_diagram = nullptr;
    LossCurvesView *m_curves = nullptr;
    MetricsView *m_metrics = nullptr;
    QToolButton *m_openButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_exportButton = nullptr;

    std::vector<std::unique_ptr<Run>> m_runs;
    std::shared_ptr<const actlab::TrainingData> m_data;
    std::shared_ptr<const actlab::Dataset> m_csvData;
    QString m_dataError;
    QTimer m_frameTimer;
    QTimer m_slowTimer;
    QElapsedTimer m_clock;
    long long m_framesShown = 0;
    qint64 m_lastUnitMaps = 0;
    qint64 m_rateTime = 0;
    bool m_running = false;
    qint64 m_runStartTime = 0; ///< when the current run was started (average rate)
    long long m_runStartEpoch = 0;
    long long m_rateEpoch = 0;
    double m_rate = 0;
};
