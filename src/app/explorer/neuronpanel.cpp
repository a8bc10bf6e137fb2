// SPDX-License-Identifier: GPL-3.0-or-later
#include "neuronpanel.h"

#include <cmath>
#include <functional>
#include <memory>

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include "activations/affineinput.h"
#include "uinumber.h"

namespace {
constexpr double kSliderReach = 5.0; ///< w and b sliders cover −5…5
constexpr int kSliderSteps = 20;     ///< slider units per unit: steps of 0.05
constexpr double kBoxReach = 100.0;  ///< typed values reach further

/// A slider and spin box kept in step; the spin box holds the value.
void link(QSlider *slider, QDoubleSpinBox *box, QWidget *owner, const std::function<void()> &done) {
    slider->setRange(int(-kSliderReach * kSliderSteps), int(kSliderReach * kSliderSteps));
    box->setRange(-kBoxReach, kBoxReach);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    QObject::connect(slider, &QSlider::valueChanged, owner, [box, done](int position) {
        const QSignalBlocker blocker(box);
        box->setValue(double(position) / kSliderSteps);
        done();
    });
    QObject::connect(box, &QDoubleSpinBox::valueChanged, owner, [slider, done](double v) {
        const QSignalBlocker blocker(slider);
        slider->setValue(int(std::lround(v * kSliderSteps))); // clamps to the slider's ends
        done();
    });
}
} // namespace

NeuronPanel::NeuronPanel(QWidget *parent)
    : QWidget(parent) {
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_weightLabel = new QLabel;
    m_weightSlider = new QSlider(Qt::Horizontal);
    m_weightBox = new QDoubleSpinBox;
    m_biasLabel = new QLabel;
    m_biasSlider = new QSlider(Qt::Horizontal);
    m_biasBox = new QDoubleSpinBox;
    m_weightLabel->setBuddy(m_weightBox);
    m_biasLabel->setBuddy(m_biasBox);
    m_reset = new QPushButton;
    m_readout = new QLabel;
    m_readout->setWordWrap(true);
    m_plot = new PlotView;
    m_plot->setMinimumHeight(180);
    m_plot->setDerivativeVisible(1, true);
    m_plot->setLegendShown(false); // the key below says which line is which
    m_key = new QLabel;
    m_key->setWordWrap(true);

    link(m_weightSlider, m_weightBox, this, [this] { apply(); });
    link(m_biasSlider, m_biasBox, this, [this] { apply(); });
    {
        const QSignalBlocker blockSlider(m_weightSlider), blockBox(m_weightBox);
        m_weightBox->setValue(1.0);
        m_weightSlider->setValue(kSliderSteps);
    }
    connect(m_reset, &QPushButton::clicked, this, [this] { setWeightAndBias(1.0, 0.0); });

    auto *sliders = new QGridLayout;
    sliders->setColumnStretch(1, 1);
    sliders->addWidget(m_weightLabel, 0, 0);
    sliders->addWidget(m_weightSlider, 0, 1);
    sliders->addWidget(m_weightBox, 0, 2);
    sliders->addWidget(m_biasLabel, 1, 0);
    sliders->addWidget(m_biasSlider, 1, 1);
    sliders->addWidget(m_biasBox, 1, 2);
    sliders->addWidget(m_reset, 2, 0, 1, 3, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(sliders);
    layout->addWidget(m_readout);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_key);
    retranslateUi();
}

NeuronPanel::~NeuronPanel() = default;

double NeuronPanel::weight() const {
    return m_weightBox->value();
}

double NeuronPanel::bias() const {
    return m_biasBox->value();
}

void NeuronPanel::setActivation(const PlottedActivation &activation) {
    m_base = activation;
    if (!m_base.function) {
        m_plot->setActivations({});
        return;
    }
    PlottedActivation neuron = m_base;
    neuron.function =
        std::make_shared<actlab::AffineInputFunction>(m_base.function, weight(), bias());
    neuron.label = label();
    m_plot->setActivations({neuron});
    updateReadout();
}

void NeuronPanel::setParams(const std::vector<double> &params) {
    m_base.params = params;
    m_plot->setParams(0, params);
    updateReadout();
}

void NeuronPanel::setWeightAndBias(double weight, double bias) {
    {
        const QSignalBlocker blockWeight(m_weightBox), blockBias(m_biasBox);
        m_weightBox->setValue(weight);
        m_biasBox->setValue(bias);
    }
    {
        const QSignalBlocker blockWeight(m_weightSlider), blockBias(m_biasSlider);
        m_weightSlider->setValue(int(std::lround(weight * kSliderSteps)));
        m_biasSlider->setValue(int(std::lround(bias * kSliderSteps)));
    }
    apply();
}

void NeuronPanel::apply() {
    if (!m_base.function)
        return;
    // The slider path: the same curve object under a new input map, no rebuild of the graphs.
    m_plot->setFunction(
        0, std::make_shared<actlab::AffineInputFunction>(m_base.function, weight(), bias()),
        label());
    updateReadout();
}

QString NeuronPanel::label() const {
    // A formula, the same in every language: the catalog id ("sigmoid(2·x − 1)"), or f for a
    // typed formula.
    const QString name =
        m_base.spec ? QString::fromStdString(m_base.spec->id) : QStringLiteral("f");
    return QStringLiteral("%1(%2·x %3 %4)")
        .arg(name, UiNumber::real(weight(), 'g', 3),
             bias() < 0 ? QStringLiteral("−") : QStringLiteral("+"),
             UiNumber::real(std::fabs(bias()), 'g', 3));
}

void NeuronPanel::updateReadout() {
    const double w = weight(), b = bias();
    if (!m_base.function) {
        m_readout->clear();
        return;
    }
    if (w == 0) {
        const double constant = m_base.function->value(b, m_base.params);
        m_readout->setText(tr("With w = 0 the neuron ignores its input: it outputs f(b) = %1 for "
                              "every x, a flat line with slope 0.")
                               .arg(UiNumber::real(constant, 'g', 4)));
        return;
    }
    // What f shows at its input 0 (ReLU's corner, sigmoid's midpoint) appears at x = −b/w.
    m_readout->setText(
        tr("The point where f has input 0 moves to x = −b/w = %1; the curve is "
           "%2 times as steep as f.")
            .arg(UiNumber::real(-b / w + 0.0, 'g', 4), UiNumber::real(std::fabs(w), 'g', 3)));
}

void NeuronPanel::retranslateUi() {
    m_intro->setText(tr("One neuron with one input computes f(w·x + b). The weight w stretches "
                        "the curve (and mirrors it when negative); the bias b shifts it, and with "
                        "it the region where the neuron saturates or goes flat."));
    m_weightLabel->setText(tr("&Weight w:"));
    m_biasLabel->setText(tr("&Bias b:"));
    const QString weightTip = tr("Multiplies the input before the activation.");
    const QString biasTip = tr("Added to w·x before the activation.");
    m_weightSlider->setToolTip(weightTip);
    m_weightBox->setToolTip(weightTip);
    m_biasSlider->setToolTip(biasTip);
    m_biasBox->setToolTip(biasTip);
    m_reset->setText(tr("Reset to w = 1, b = 0"));
    m_key->setText(tr("Solid: f(w·x + b). Dashed: its slope, w·f′(w·x + b)."));
    updateReadout();
}

void NeuronPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
