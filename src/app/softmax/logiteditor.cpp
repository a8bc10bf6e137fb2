// SPDX-License-Identifier: GPL-3.0-or-later
#include "logiteditor.h"

#include <algorithm>
#include <cmath>

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include "softmax/softmaxbreakdown.h"

namespace {
constexpr int kSliderSteps = 10;        ///< slider units per logit unit: steps of 0.1
constexpr double kTeachingRange = 10.0; ///< the sliders' ±range until a typed value widens it
constexpr double kLogitLimit = 1e6;     ///< the spin boxes' ±range
// Temperature slider: 10^(position / kTemperatureSteps) for positions −200..200, 0.01 to 100.
constexpr int kTemperatureSteps = 100;
constexpr int kTemperatureDecades = 2;

QString subscript(int n) {
    static const QChar digits[] = {u'₀', u'₁', u'₂', u'₃', u'₄', u'₅', u'₆', u'₇', u'₈', u'₉'};
    QString out;
    for (QChar c : QString::number(n))
        out += digits[c.digitValue()];
    return out;
}
} // namespace

LogitEditor::LogitEditor(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    m_countLabel = new QLabel;
    m_count = new QSpinBox;
    m_count->setRange(int(actlab::kSoftmaxMinLogits), int(actlab::kSoftmaxMaxLogits));
    m_countLabel->setBuddy(m_count);
    layout->addWidget(m_countLabel, 0, 0);
    layout->addWidget(m_count, 0, 1, 1, 2, Qt::AlignLeft);

    m_rows = new QGridLayout;
    m_rows->setColumnStretch(1, 1);
    layout->addLayout(m_rows, 1, 0, 1, 3);

    m_temperatureLabel = new QLabel;
    m_temperatureSlider = new QSlider(Qt::Horizontal);
    m_temperatureSlider->setRange(-kTemperatureDecades * kTemperatureSteps,
                                  kTemperatureDecades * kTemperatureSteps);
    m_temperatureBox = new QDoubleSpinBox;
    m_temperatureBox->setDecimals(3);
    m_temperatureBox->setRange(0.001, 1000.0);
    m_temperatureBox->setValue(1.0);
    m_temperatureLabel->setBuddy(m_temperatureBox);
    layout->addWidget(m_temperatureLabel, 2, 0);
    layout->addWidget(m_temperatureSlider, 2, 1);
    layout->addWidget(m_temperatureBox, 2, 2);
    layout->setRowStretch(3, 1);

    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_updating)
            return;
        setCount(n);
        emit changed();
    });
    connect(m_temperatureSlider, &QSlider::valueChanged, this, [this](int position) {
        if (m_updating)
            return;
        const double t = std::pow(10.0, double(position) / kTemperatureSteps);
        const QSignalBlocker blocker(m_temperatureBox);
        m_temperatureBox->setValue(t);
        emit changed();
    });
    connect(m_temperatureBox, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_updating)
            return;
        syncTemperatureSlider();
        emit changed();
    });

    setLogits({2.0, 1.0, 0.1});
    syncTemperatureSlider();
    retranslateUi();
}

std::vector<double> LogitEditor::logits() const {
    std::vector<double> out;
    for (int i = 0; i < m_count->value(); ++i)
        out.push_back(m_logitRows[std::size_t(i)].box->value());
    return out;
}

double LogitEditor::temperature() const {
    return m_temperatureBox->value();
}

QDoubleSpinBox *LogitEditor::logitBox(int index) const {
    return index < int(m_logitRows.size()) ? m_logitRows[std::size_t(index)].box : nullptr;
}

QSlider *LogitEditor::logitSlider(int index) const {
    return index < int(m_logitRows.size()) ? m_logitRows[std::size_t(index)].slider : nullptr;
}

void LogitEditor::setLogits(const std::vector<double> &logits) {
    m_updating = true;
    std::vector<double> values(logits.begin(),
                               logits.begin() + std::min(logits.size(), actlab::kSoftmaxMaxLogits));
    values.resize(std::max(values.size(), actlab::kSoftmaxMinLogits), 0.0);
    m_count->setValue(int(values.size()));
    setCount(int(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        m_logitRows[i].box->setValue(values[i]);
        syncSlider(m_logitRows[i]);
    }
    m_updating = false;
}

void LogitEditor::setTemperature(double temperature) {
    m_updating = true;
    m_temperatureBox->setValue(temperature);
    syncTemperatureSlider();
    m_updating = false;
}

void LogitEditor::setCount(int count) {
    // Rows are created once and hidden, so a value survives lowering and raising the count.
    while (int(m_logitRows.size()) < count) {
        const int index = int(m_logitRows.size());
        Row row;
        row.label = new QLabel(QStringLiteral("x") + subscript(index + 1));
        row.slider = new QSlider(Qt::Horizontal);
        row.slider->setRange(int(-kTeachingRange * kSliderSteps),
                             int(kTeachingRange * kSliderSteps));
        row.box = new QDoubleSpinBox;
        row.box->setDecimals(3);
        row.box->setRange(-kLogitLimit, kLogitLimit);
        row.box->setSingleStep(0.1);
        row.label->setBuddy(row.box);
        m_rows->addWidget(row.label, index, 0);
        m_rows->addWidget(row.slider, index, 1);
        m_rows->addWidget(row.box, index, 2);
        connect(row.slider, &QSlider::valueChanged, this, [this, index](int position) {
            if (m_updating)
                return;
            const QSignalBlocker blocker(m_logitRows[std::size_t(index)].box);
            m_logitRows[std::size_t(index)].box->setValue(double(position) / kSliderSteps);
            emit changed();
        });
        connect(row.box, &QDoubleSpinBox::valueChanged, this, [this, index] {
            if (m_updating)
                return;
            syncSlider(m_logitRows[std::size_t(index)]);
            emit changed();
        });
        m_logitRows.push_back(row);
        retranslateUi();
    }
    for (std::size_t i = 0; i < m_logitRows.size(); ++i) {
        const bool shown = int(i) < count;
        m_logitRows[i].label->setVisible(shown);
        m_logitRows[i].slider->setVisible(shown);
        m_logitRows[i].box->setVisible(shown);
    }
}

void LogitEditor::syncSlider(const Row &row) {
    const double v = row.box->value();
    // A typed value beyond the teaching range widens the slider to reach it.
    const double reach = std::max(kTeachingRange, std::ceil(std::fabs(v)));
    const QSignalBlocker blocker(row.slider);
    row.slider->setRange(int(-reach * kSliderSteps), int(reach * kSliderSteps));
    row.slider->setValue(int(std::lround(v * kSliderSteps)));
}

void LogitEditor::syncTemperatureSlider() {
    const QSignalBlocker blocker(m_temperatureSlider);
    m_temperatureSlider->setValue(
        int(std::lround(std::log10(m_temperatureBox->value()) * kTemperatureSteps)));
}

void LogitEditor::retranslateUi() {
    m_countLabel->setText(tr("&Number of logits:"));
    m_count->setToolTip(tr("How many scores (logits) go into softmax: from %1 to %2.")
                            .arg(qulonglong(actlab::kSoftmaxMinLogits))
                            .arg(qulonglong(actlab::kSoftmaxMaxLogits)));
    m_temperatureLabel->setText(tr("&Temperature T:"));
    const QString temperatureTip =
        tr("Every logit is divided by T before the exponential. Small T sharpens the "
           "distribution towards the largest logit; large T flattens it.");
    m_temperatureSlider->setToolTip(temperatureTip);
    m_temperatureBox->setToolTip(temperatureTip);
    for (std::size_t i = 0; i < m_logitRows.size(); ++i) {
        const QString tip =
            tr("Logit x%1: drag, or type any value (the slider widens to reach it).").arg(i + 1);
        m_logitRows[i].slider->setToolTip(tip);
        m_logitRows[i].box->setToolTip(tip);
    }
}

void LogitEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
