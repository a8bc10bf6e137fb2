// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "curvepoint.h"
#include "decisiongrid.h"
#include "engine/trainingsetup.h"
#include "networkdiagram.h"
#include "playgroundmetrics.h"
#include "playgroundsetup.h"
#include "unitmaps.h"

/**
 * One training run of the playground: owns an engine (and so its training thread) and turns
 * the engine's snapshots into the plain structures the views draw. All calls come from the GUI
 * thread and none of them waits for training: commands are queued to the engine, and
 * takeFrame() reads the newest published snapshot.
 */
class PlaygroundSession {
    Q_DECLARE_TR_FUNCTIONS(PlaygroundSession)

public:
    PlaygroundSession();
    ~PlaygroundSession(); ///< stops and joins the training thread

    /// Builds a fresh network for `setup` on `data` (shared, never copied, so race runs see
    /// the very same points). Empty on success, else one translated sentence.
    QString configure(const PlaygroundSetup &setup,
                      std::shared_ptr<const actlab::TrainingData> data);
    /// Optimiser, learning rate, batch size and L2, applied without touching the weights.
    void applyTraining(const PlaygroundSetup &setup);
    /// Epochs the engine may train per displayed frame (the speed control); 0: as fast as it
    /// can, unthrottled.
    void setEpochsPerFrame(int epochs);
    /// Epoch at which training stops by itself (0: never).
    void setEpochLimit(int epochs);

    void start();
    void pause();
    void step();
    void reset();
    bool isRunning() const;
    bool isConfigured() const;

    struct Frame {
        long long epoch = 0;
        bool diverged = false;
        DecisionGrid grid;
        UnitMaps units; ///< only when asked for
        NetworkDiagram diagram;
        PlaygroundMetrics metrics;
        std::vector<CurvePoint> history; ///< points recorded since the previous frame
        bool historyRestarted = false;   ///< `history` is the whole history: redraw from it
    };
    /// The newest state, if it changed since the previous call. Never blocks on training.
    /// withDetails adds the hidden units' maps (a copy of the engine's, which change slowly),
    /// and gives a frame even when nothing changed, for a view that newly shows this run.
    bool takeFrame(Frame &frame, bool withDetails);

    /// Completed epochs plus the fraction of the current one, as of the last frame taken.
    double epochsDone() const;
    MapTask mapTask() const;
    int classes() const;
    /// The weights the network starts from after configure() or reset() (tests, race check).
    std::vector<double> initialWeights() const;
    /// What the engine itself is using now (read back from it, for tests of the wiring).
    double engineLearningRate() const;
    int engineHiddenUnits() const;
    /// The engine's whole configuration (default-constructed before configure()).
    actlab::TrainingConfig engineConfig() const;
    /// Short description of the task and its loss, e.g. "Binary classification · sigmoid + BCE".
    QString taskText() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
