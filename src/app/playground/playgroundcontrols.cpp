// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "racerivaleditor.h"
#include "uinumber.h"

PlaygroundControls::PlaygroundControls(QWidget *parent)
    : QWidget(parent) {
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    auto button = [this, layout](QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(b);
        return b;
    };
    m_play = button(QStyle::SP_MediaPlay);
    m_play->setCheckable(true);
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_play->installEventFilter(this); // Space on the focused button: one click, not two
    m_step = button(QStyle::SP_MediaSkipForward);
    m_reset = button(QStyle::SP_BrowserReload);
    layout->addSpacing(12);

    m_speedLabel = new QLabel(this);
    m_speed = new QSpinBox(this);
    m_speed->setRange(0, 10000);
    m_speed->setValue(5);
    m_speedLabel->setBuddy(m_speed);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);

    m_stopLabel = new QLabel(this);
    m_stopEpochs = new QSpinBox(this);
    m_stopEpochs->setRange(0, 100000000);
    m_stopEpochs->setSingleStep(100);
    m_targetLoss = new QDoubleSpinBox(this);
    m_targetLoss->setDecimals(4);
    m_targetLoss->setRange(0, 100);
    m_targetLoss->setSingleStep(0.01);
    m_stopLabel->setBuddy(m_stopEpochs);
    layout->addWidget(m_stopLabel);
    layout->addWidget(m_stopEpochs);
    layout->addWidget(m_targetLoss);
    layout->addSpacing(12);

    m_epoch = new QLabel(this);
    m_epoch->installEventFilter(this); // its reserved width follows its font
    m_epoch->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = new QLabel(this);
    // A long status (why training stopped) wraps rather than widening the page.
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_epoch);

    m_raceEditor = new RaceRivalEditor(this);
    m_raceRow = new QHBoxLayout;
    // Slow motion opens the second row (the first is full on a 1024-pixel screen): it is what
    // a race is narrated with, and a single run's too.
    m_slow = new QToolButton(this);
    m_slow->setCheckable(true);
    m_raceRow->addWidget(m_slow);
    m_raceRow->addSpacing(12);
    m_raceRow->addWidget(m_raceEditor);
    m_raceRow->addStretch(1);
    rows->addLayout(m_raceRow);

    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        setRunning(on);
        emit playToggled(on);
    });
    connect(m_step, &QToolButton::clicked, this, &PlaygroundControls::stepRequested);
    connect(m_reset, &QToolButton::clicked, this, &PlaygroundControls::resetRequested);
    connect(m_speed, &QSpinBox::valueChanged, this, &PlaygroundControls::speedChanged);
    connect(m_slow, &QToolButton::toggled, this, [this](bool on) {
        m_speed->setEnabled(!on); // the slow pace replaces the epochs per frame
        emit slowMotionChanged(on);
    });
    connect(m_stopEpochs, &QSpinBox::valueChanged, this,
            &PlaygroundControls::stopConditionsChanged);
    connect(m_targetLoss, &QDoubleSpinBox::valueChanged, this,
            &PlaygroundControls::stopConditionsChanged);
    connect(m_raceEditor, &RaceRivalEditor::changed, this, &PlaygroundControls::raceChanged);
    retranslateUi();
    setEpoch(0, 0);
}

PlaygroundControls::~PlaygroundControls() = default;

void PlaygroundControls::setRunning(bool running) {
    m_running = running;
    {
        const QSignalBlocker block(m_play);
        m_play->setChecked(running);
    }
    m_play->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(running ? tr("Pause") : tr("Play"));
    // QAbstractButton::setText replaces the shortcut with the text's mnemonic (none here): without
    // this, Space only worked while the play button itself had the focus.
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_step->setEnabled(!running);
}

void PlaygroundControls::setEpoch(long long epoch, double epochsPerSecond) {
    setEpochs({epoch}, epochsPerSecond);
}

void PlaygroundControls::setEpochs(const std::vector<long long> &epochs, double epochsPerSecond) {
    m_lastEpochs = epochs;
    m_lastRate = epochsPerSecond;
    const bool race = epochs.size() > 1;
    const QString rate = UiNumber::real(epochsPerSecond, 'f', epochsPerSecond < 10 ? 1 : 0);
    // A race runs on until both runs stop: the counter follows both, not only A. The line is
    // shared with the run controls, so the rate (of the run shown in detail) goes to the tooltip.
    const auto text = [race, &rate](long long a, long long b) {
        return race ? tr("Epoch A %1 · B %2").arg(UiNumber::whole(a), UiNumber::whole(b))
                    : tr("Epoch %1 · %2 epochs/s").arg(UiNumber::whole(a), rate);
    };
    // Wide enough for long runs in every language, so the text is never cut ("0.0 epochs"); a
    // race is timed in seconds, so a shorter reserve keeps the row within a 1280-pixel window.
    m_epoch->setMinimumWidth(
        m_epoch->fontMetrics().horizontalAdvance(race ? text(99999, 99999) : text(99999999, 0)) +
        8);
    m_epoch->setText(text(epochs.empty() ? 0 : epochs[0], race ? epochs[1] : 0));
    m_epoch->setToolTip(race ? tr("%1 epochs/s").arg(rate) : QString());
}

void PlaygroundControls::setStatus(const QString &text, bool warning) {
    m_status->setText(text);
    m_status->setStyleSheet(warning ? QStringLiteral("color: #d55e00; font-weight: bold;")
                                    : QString());
}

QString PlaygroundControls::statusText() const {
    return m_status->text();
}
QString PlaygroundControls::epochText() const {
    return m_epoch->text();
}
int PlaygroundControls::epochsPerFrame() const {
    return m_speed->value();
}
void PlaygroundControls::setEpochsPerFrame(int n) {
    m_speed->setValue(n);
}
bool PlaygroundControls::slowMotion() const {
    return m_slow->isChecked();
}
void PlaygroundControls::setSlowMotion(bool on) {
    m_slow->setChecked(on);
}
int PlaygroundControls::stopEpochs() const {
    return m_stopEpochs->value();
}
void PlaygroundControls::setStopEpochs(int n) {
    m_stopEpochs->setValue(n);
}
double PlaygroundControls::targetLoss() const {
    return m_targetLoss->value();
}
void PlaygroundControls::setTargetLoss(double loss) {
    m_targetLoss->setValue(loss);
}
bool PlaygroundControls::raceEnabled() const {
    return m_raceEditor->race().enabled;
}
void PlaygroundControls::setRaceEnabled(bool on) {
    RaceSetup r = m_raceEditor->race();
    if (r.enabled == on)
        return;
    r.enabled = on;
    m_raceEditor->setRace(r);
    emit raceChanged();
}
RaceSetup PlaygroundControls::race() const {
    return m_raceEditor->race();
}
void PlaygroundControls::setRace(const RaceSetup &race) {
    m_raceEditor->setRace(race);
}
QString PlaygroundControls::raceActivation() const {
    return m_raceEditor->race().activation;
}

void PlaygroundControls::setRaceActivations(const QStringList &ids, const QStringList &names) {
    m_raceEditor->setActivations(ids, names);
}

bool PlaygroundControls::selectRaceActivation(const QString &id) {
    return m_raceEditor->selectActivation(id);
}

void PlaygroundControls::retranslateUi() {
    setRunning(m_running);
    m_step->setText(tr("Step"));
    m_step->setToolTip(tr("Train one epoch"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Start again from the initial weights"));
    m_play->setToolTip(tr("Start or pause training (Space)"));
    m_speedLabel->setText(tr("&Epochs per frame:"));
    m_speed->setToolTip(tr("How many epochs are trained between two displayed frames"));
    m_speed->setSpecialValueText(tr("full speed"));
    m_slow->setText(tr("Slow"));
    m_slow->setToolTip(tr("Slow motion: %1 epochs a second, every network together (both in a "
                          "race), so that each change can be followed and explained")
                           .arg(UiNumber::whole(kSlowMotionEpochsPerSecond)));
    m_stopLabel->setText(tr("S&top at:"));
    m_stopEpochs->setSpecialValueText(tr("no epoch limit"));
    m_stopEpochs->setSuffix(tr(" epochs"));
    m_targetLoss->setSpecialValueText(tr("no target loss"));
    m_targetLoss->setPrefix(tr("loss ≤ "));
    setEpochs(m_lastEpochs, m_lastRate);
}

bool PlaygroundControls::eventFilter(QObject *watched, QEvent *event) {
    // With the focus on the play button, Space fired its shortcut (an animated click) and then
    // released the button held down by that animation (a second click): training started and
    // stopped at once. The focused button takes Space itself, as any button does.
    if (watched == m_play && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        return true;
    }
    // The counter's reserved width is measured in its font: a larger text (zoom, presentation
    // mode) and back must not leave the width of the larger one (115 px at 1.6×).
    if (watched == m_epoch && event->type() == QEvent::FontChange)
        setEpochs(m_lastEpochs, m_lastRate);
    return QWidget::eventFilter(watched, event);
}

void PlaygroundControls::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaygroundControls::addToSecondRow(QWidget *widget) {
    m_raceRow->addWidget(widget);
}
