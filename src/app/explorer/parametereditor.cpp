// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametereditor.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "catalogtext.h"

namespace {
constexpr double kSpinLimit = 1e6; // stands in for an infinite hard bound in the spin box
constexpr double kInf = std::numeric_limits<double>::infinity();

int decimalsFor(double step) {
    // One digit more than the step needs, so 1/3 shows as 0.333 and 0.01 as 0.010.
    const int needed = step > 0 ? int(std::ceil(-std::log10(step) - 1e-9)) : 2;
    return std::clamp(needed + 1, 2, 6);
}
} // namespace

int ParameterEditor::s_nextDragId = 1;

ParameterEditor::ParameterEditor(const actlab::ParamSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_value(spec.defaultValue)
    , m_lastFinite(std::isfinite(spec.defaultValue) ? spec.defaultValue : spec.sliderMax)
    , m_sliderMin(spec.sliderMin)
    , m_sliderMax(spec.sliderMax) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(3);

    m_name = new QLabel(QString::fromStdString(spec.name), this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setBold(true);
    m_name->setFont(mono);
    m_reset = new QPushButton(this);
    m_reset->setAutoDefault(false);

    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    QFont small = m_description->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_description->setFont(small); // smaller, but full contrast: it is read on projectors

    if (spec.integer) {
        // A switch: a check box named like the parameter, its description below.
        m_switch = new QCheckBox(QString::fromStdString(spec.name), this);
        m_switch->setFont(mono);
        m_name->hide();
        auto *row = new QHBoxLayout;
        row->addWidget(m_switch);
        row->addStretch();
        row->addWidget(m_reset);
        layout->addLayout(row);
        layout->addWidget(m_description);
        connect(m_switch, &QCheckBox::toggled, this,
                [this](bool on) { userSet(on ? std::max(1.0, m_spec.min) : m_spec.min); });
    } else {
        const double span = spec.sliderMax - spec.sliderMin;
        m_ticks = std::clamp(int(std::lround(span / std::max(spec.step, 1e-12))), 1, 2000);
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setRange(0, m_ticks);
        m_slider->setPageStep(std::max(1, m_ticks / 10));

        m_spin = new QDoubleSpinBox(this);
        m_spin->setDecimals(decimalsFor(spec.step));
        // An excluded 0 at the lower end (softplus' β > 0): the spin box stops one step above.
        const double spinMin = spec.nonZero && spec.min == 0 ? spec.step : spec.min;
        m_spin->setRange(std::isfinite(spinMin) ? spinMin : -kSpinLimit,
                         std::isfinite(spec.max) ? spec.max : kSpinLimit);
        m_spin->setSingleStep(spec.step);
        m_spin->setKeyboardTracking(false); // one edit per typed number, not per keystroke
        m_spin->setAccelerated(true);

        layout->addWidget(m_name);
        layout->addWidget(m_description);
        auto *row = new QHBoxLayout;
        row->addWidget(m_slider, 1);
        row->addWidget(m_spin);
        row->addWidget(m_reset);
        layout->addLayout(row);

        connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragId = s_nextDragId++; });
        connect(m_slider, &QSlider::sliderReleased, this, [this] { m_dragId = 0; });
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            userSet(sliderValue(position), m_slider->isSliderDown() ? m_dragId : 0);
        });
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) { userSet(v); });
    }

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    if (spec.infinityAllowed) {
        m_infinity = new QCheckBox(this);
        buttons->addWidget(m_infinity);
        connect(m_infinity, &QCheckBox::toggled, this,
                [this](bool none) { userSet(none ? kInf : m_lastFinite); });
    }
    for (const actlab::FrameworkDefault &fd : spec.frameworkDefaults) {
        auto *button = new QPushButton(this);
        button->setAutoDefault(false);
        const double value = fd.value;
        connect(button, &QPushButton::clicked, this, [this, value] { userSet(value); });
        m_frameworkButtons.append(button);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    if (buttons->count() > 1)
        layout->addLayout(buttons);
    else
        delete buttons;

    connect(m_reset, &QPushButton::clicked, this, [this] { userSet(m_spec.defaultValue); });

    syncWidgets();
    retranslateUi();
}

ParameterEditor::~ParameterEditor() = default;

int ParameterEditor::sliderPosition(double value) const {
    const double t = (value - m_sliderMin) / (m_sliderMax - m_sliderMin);
    return std::clamp(int(std::lround(t * m_ticks)), 0, m_ticks);
}

double ParameterEditor::sliderValue(int position) const {
    // Division last, so tick k of a 0.01 grid gives exactly k/100 (0.35, not 0.35000000000000003).
    return m_sliderMin + (position * (m_sliderMax - m_sliderMin)) / m_ticks;
}

void ParameterEditor::coverWithSlider(double value) {
    if (!m_slider || !std::isfinite(value) || (value >= m_sliderMin && value <= m_sliderMax))
        return;
    m_sliderMin = std::min(m_sliderMin, value);
    m_sliderMax = std::max(m_sliderMax, value);
    const double span = m_sliderMax - m_sliderMin;
    m_ticks = std::clamp(int(std::lround(span / std::max(m_spec.step, 1e-12))), 1, 2000);
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, m_ticks);
    m_slider->setPageStep(std::max(1, m_ticks / 10));
    retranslateUi(); // the tooltip names the slider's range
}

void ParameterEditor::setValue(double value) {
    m_value = value;
    if (std::isfinite(value))
        m_lastFinite = value;
    syncWidgets();
}

void ParameterEditor::userSet(double value, int dragId) {
    if (m_spec.nonZero && value == 0) // CELU's α ≠ 0: step past 0 in the direction moved from
        value = m_value > 0 ? -m_spec.step : m_spec.step;
    if (value == m_value)
        return;
    const double old = m_value;
    setValue(value);
    emit valueEdited(old, value, dragId);
}

void ParameterEditor::syncWidgets() {
    const bool infinite = std::isinf(m_value);
    if (m_switch) {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(m_value > m_spec.min);
    }
    if (m_slider) {
        coverWithSlider(m_value);
        const QSignalBlocker sliderBlocker(m_slider);
        const QSignalBlocker spinBlocker(m_spin);
        // While dragging, the slider already shows the position the user holds.
        if (!m_slider->isSliderDown())
            m_slider->setValue(sliderPosition(infinite ? m_lastFinite : m_value));
        m_spin->setValue(infinite ? m_lastFinite : m_value);
        m_slider->setEnabled(!infinite);
        m_spin->setEnabled(!infinite);
    }
    if (m_infinity) {
        const QSignalBlocker blocker(m_infinity);
        m_infinity->setChecked(infinite);
    }
    m_reset->setEnabled(m_value != m_spec.defaultValue);
}

QString ParameterEditor::formatValue(double value) const {
    if (std::isinf(value) && value > 0)
        return tr("None (∞)");
    if (m_spec.integer && m_spec.min == 0 && m_spec.max == 1)
        return value != 0 ? tr("on") : tr("off");
    return QLocale().toString(value, 'g', 6);
}

void ParameterEditor::retranslateUi() {
    const QString description = catalogText(m_spec.description);
    m_name->setToolTip(description);
    m_description->setText(description);
    if (m_switch)
        m_switch->setToolTip(description);
    if (m_slider) {
        const QString range =
            tr("Slider: %1 to %2; allowed: %3 to %4")
                .arg(QLocale().toString(m_sliderMin, 'g', 6),
                     QLocale().toString(m_sliderMax, 'g', 6),
                     std::isfinite(m_spec.min) ? QLocale().toString(m_spec.min, 'g', 6)
                                               : QStringLiteral("−∞"),
                     std::isfinite(m_spec.max) ? QLocale().toString(m_spec.max, 'g', 6)
                                               : QStringLiteral("∞"));
        m_slider->setToolTip(description + QLatin1Char('\n') + range);
        m_spin->setToolTip(description + QLatin1Char('\n') + range);
    }
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Reset to the default, %1 (as in keras.activations)")
                            .arg(formatValue(m_spec.defaultValue)));
    if (m_infinity) {
        m_infinity->setText(tr("None (∞)"));
        m_infinity->setToolTip(tr("No limit: the value None in Keras, i.e. +∞"));
    }
    for (int i = 0; i < m_frameworkButtons.size(); ++i) {
        const actlab::FrameworkDefault &fd = m_spec.frameworkDefaults[std::size_t(i)];
        // "Keras layer" reads "Keras 层" in Chinese; the framework names themselves stay.
        const QString framework = catalogText(fd.framework);
        m_frameworkButtons[i]->setText(tr("%1 %2", "framework name, then its default value")
                                           .arg(framework, formatValue(fd.value)));
        m_frameworkButtons[i]->setToolTip(
            tr("Use %1's default: %2").arg(framework, formatValue(fd.value)));
    }
}

void ParameterEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
