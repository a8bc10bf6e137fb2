// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "playgroundsetup.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QToolButton;
class RaceRivalEditor;

/**
 * The playground's run controls: play/pause, single step, reset, speed (epochs per displayed
 * frame, or slow motion), stop conditions, the epoch counter and the training speed; below them
 * race mode (RaceRivalEditor).
 */
class PlaygroundControls : public QWidget {
    Q_OBJECT

public:
    explicit PlaygroundControls(QWidget *parent = nullptr);
    ~PlaygroundControls() override;

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setEpoch(long long epoch, double epochsPerSecond);
    /// One epoch per run; a race shows both runs' epochs ("Epoch A 120 · B 95") and
    /// the rate in the tooltip.
    void setEpochs(const std::vector<long long> &epochs, double epochsPerSecond);
    void setStatus(const QString &text, bool warning = false);
    QString statusText() const;
    QString epochText() const;

    int epochsPerFrame() const;
    void setEpochsPerFrame(int n);
    /// Slow motion: kSlowMotionEpochsPerSecond epochs a second, every run in step.
    static constexpr int kSlowMotionEpochsPerSecond = 10;
    bool slowMotion() const;
    void setSlowMotion(bool on); ///< emits slowMotionChanged() when it changes
    int stopEpochs() const;      ///< 0: no limit
    void setStopEpochs(int n);
    double targetLoss() const; ///< 0: none
    void setTargetLoss(double loss);
    bool raceEnabled() const;
    void setRaceEnabled(bool on);
    RaceSetup race() const;
    void setRace(const RaceSetup &race); ///< without emitting raceChanged()
    RaceRivalEditor *raceEditor() const { return m_raceEditor; }
    /// Activation id the second network uses when the race is about the activation.
    QString raceActivation() const;
    void setRaceActivations(const QStringList &ids, const QStringList &names);
    bool selectRaceActivation(const QString &id);

    QToolButton *playButton() const { return m_play; }
    QToolButton *stepButton() const { return m_step; }
    QToolButton *resetButton() const { return m_reset; }
    QToolButton *slowMotionButton() const { return m_slow; }
    QSpinBox *speedSpin() const { return m_speed; }

    /// Puts `widget` at the right end of the race row (the page's file buttons), so that the
    /// controls take two rows and the page fits a 1024-pixel screen.
    void addToSecondRow(QWidget *widget);

signals:
    void playToggled(bool play);
    void stepRequested();
    void resetRequested();
    void speedChanged(int epochsPerFrame);
    void slowMotionChanged(bool on);
    void stopConditionsChanged();
    void raceChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QToolButton *m_play = nullptr;
    QToolButton *m_step = nullptr;
    QToolButton *m_reset = nullptr;
    QLabel *m_speedLabel = nullptr;
    QSpinBox *m_speed = nullptr;
    QToolButton *m_slow = nullptr;
    QLabel *m_stopLabel = nullptr;
    QSpinBox *m_stopEpochs = nullptr;
    QDoubleSpinBox *m_targetLoss = nullptr;
    RaceRivalEditor *m_raceEditor = nullptr;
    QLabel *m_epoch = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_raceRow = nullptr;
    bool m_running = false;
    std::vector<long long> m_lastEpochs{0};
    double m_lastRate = 0;
};
