// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

PlaygroundControls::PlaygroundControls(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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

    m_race = new QCheckBox(this);
    m_raceActivation = new QComboBox(this);
    m_raceActivation->setEnabled(false);
    m_raceActivation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_race);
    layout->addWidget(m_raceActivation);
    layout->addStretch(1);

    m_epoch = new QLabel(this);
    m_epoch->setMinimumWidth(m_epoch->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 28);
    m_epoch->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    layout->addWidget(m_epoch);

    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        setRunning(on);
        emit playToggled(on);
    });
    connect(m_step, &QToolButton::clicked, this, &PlaygroundControls::stepRequested);
    connect(m_reset, &QToolButton::clicked, this, &PlaygroundControls::resetRequested);
    connect(m_speed, &QSpinBox::valueChanged, this, &PlaygroundControls::speedChanged);
    connect(m_stopEpochs, &QSpinBox::valueChanged, this,
            &PlaygroundControls::stopConditionsChanged);
    connect(m_targetLoss, &QDoubleSpinBox::valueChanged, this,
            &PlaygroundControls::stopConditionsChanged);
    connect(m_race, &QCheckBox::toggled, this, [this](bool on) {
        m_raceActivation->setEnabled(on);
        emit raceChanged();
    });
    connect(m_raceActivation, &QComboBox::currentIndexChanged, this, [this] {
        if (m_race->isChecked())
            emit raceChanged();
    });
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
    m_step->setEnabled(!running);
}

void PlaygroundControls::setEpoch(long long epoch, double epochsPerSecond) {
    m_lastEpoch = epoch;
    m_lastRate = epochsPerSecond;
    m_epoch->setText(tr("Epoch %1 · %2 epochs/s")
                         .arg(epoch)
                         .arg(epochsPerSecond, 0, 'f', epochsPerSecond < 10 ? 1 : 0));
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
    return m_race->isChecked();
}
void PlaygroundControls::setRaceEnabled(bool on) {
    m_race->setChecked(on);
}
QString PlaygroundControls::raceActivation() const {
    return m_raceActivation->currentData().toString();
}

void PlaygroundControls::setRaceActivations(const QStringList &ids, const QStringList &names) {
    const QSignalBlocker block(m_raceActivation);
    const QString current = raceActivation();
    m_raceActivation->clear();
    for (int i = 0; i < ids.size(); ++i)
        m_raceActivation->addItem(names.value(i, ids[i]), ids[i]);
    int index = m_raceActivation->findData(current);
    if (index < 0) // ReLU against the default tanh is the classic race
        index = m_raceActivation->findData(QStringLiteral("relu"));
    m_raceActivation->setCurrentIndex(std::max(0, index));
}

bool PlaygroundControls::selectRaceActivation(const QString &id) {
    const int index = m_raceActivation->findData(id);
    if (index >= 0)
        m_raceActivation->setCurrentIndex(index);
    return index >= 0;
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
    m_stopLabel->setText(tr("S&top at:"));
    m_stopEpochs->setSpecialValueText(tr("no epoch limit"));
    m_stopEpochs->setSuffix(tr(" epochs"));
    m_targetLoss->setSpecialValueText(tr("no target loss"));
    m_targetLoss->setPrefix(tr("loss ≤ "));
    m_race->setText(tr("&Race against"));
    m_race->setToolTip(tr("Train a second network with another activation on the same data from "
                          "the same initial weights"));
    setEpoch(m_lastEpoch, m_lastRate);
}

void PlaygroundControls::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
