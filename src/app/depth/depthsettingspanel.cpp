// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthsettingspanel.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "initializertext.h"
#include "plot/plotpalette.h"
#include "uinumber.h"

using actlab::Initializer;
using actlab::depth::DropoutKind;

namespace {
constexpr int kWidths[] = {16, 32, 64, 128, 256, 512, 1024, 2048};
constexpr Initializer kInitializers[] = {Initializer::GlorotUniform, Initializer::GlorotNormal,
                                         Initializer::HeUniform,     Initializer::HeNormal,
                                         Initializer::LecunUniform,  Initializer::LecunNormal};
const QString kFormulaItem = QStringLiteral("expr:");

QIcon swatch(const QColor &colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 12, 12);
    return QIcon(pixmap);
}
} // namespace

DepthSettingsPanel::DepthSettingsPanel(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);

    // ---- the configurations
    m_listBox = new QGroupBox;
    auto *listLayout = new QVBoxLayout(m_listBox);
    m_table = new QTableWidget(0, 3);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    listLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton;
    m_remove = new QPushButton;
    m_defaults = new QPushButton;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_defaults);
    listLayout->addLayout(buttons);
    layout->addWidget(m_listBox);

    // ---- the selected configuration
    m_editorBox = new QGroupBox;
    auto *editor = new QFormLayout(m_editorBox);
    editor->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_activation = new QComboBox;
    m_activation->setMinimumContentsLength(10);
    m_activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formula = new QLineEdit;
    m_formula->setClearButtonEnabled(true);
    m_init = new QComboBox;
    m_weightVariance = new QDoubleSpinBox;
    m_weightVariance->setRange(0.01, 100);
    m_weightVariance->setDecimals(3);
    m_weightVariance->setSingleStep(0.05);
    m_biasVariance = new QDoubleSpinBox;
    m_biasVariance->setRange(0, 100);
    m_biasVariance->setDecimals(3);
    m_biasVariance->setSingleStep(0.01);
    m_visible = new QCheckBox;
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    editor->addRow(m_activationLabel = new QLabel, m_activation);
    editor->addRow(QString(), m_formula);
    editor->addRow(m_initLabel = new QLabel, m_init);
    editor->addRow(m_weightLabel = new QLabel, m_weightVariance);
    editor->addRow(m_biasLabel = new QLabel, m_biasVariance);
    editor->addRow(QString(), m_visible);
    editor->addRow(m_error);
    layout->addWidget(m_editorBox);

    // ---- what every configuration shares
    m_networkBox = new QGroupBox;
    auto *network = new QFormLayout(m_networkBox);
    network->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_depth = new QSpinBox;
    m_depth->setRange(1, actlab::depth::kMaxDepth);
    m_width = new QComboBox;
    for (int w : kWidths)
        m_width->addItem(UiNumber::whole(w), w);
    m_batch = new QSpinBox;
    m_batch->setRange(2, actlab::depth::kMaxBatch);
    m_batch->setSingleStep(64);
    m_inputVariance = new QDoubleSpinBox;
    m_inputVariance->setRange(0.001, 100);
    m_inputVariance->setDecimals(3);
    m_inputVariance->setSingleStep(0.1);
    m_correlation = new QDoubleSpinBox;
    m_correlation->setRange(-1, 1);
    m_correlation->setDecimals(2);
    m_correlation->setSingleStep(0.05);
    m_dropout = new QComboBox;
    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0, actlab::depth::kMaxDropoutRate);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(0.05);
    auto *dropoutRow = new QHBoxLayout;
    dropoutRow->addWidget(m_dropout, 1);
    dropoutRow->addWidget(m_rate);
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1'000'000);
    network->addRow(m_depthLabel = new QLabel, m_depth);
    network->addRow(m_widthLabel = new QLabel, m_width);
    network->addRow(m_batchLabel = new QLabel, m_batch);
    network->addRow(m_inputVarianceLabel = new QLabel, m_inputVariance);
    network->addRow(m_correlationLabel = new QLabel, m_correlation);
    network->addRow(m_dropoutLabel = new QLabel, dropoutRow);
    network->addRow(m_seedLabel = new QLabel, m_seed);
    layout->addWidget(m_networkBox);
    layout->addStretch(1);

    // ---- wiring: every edit goes through m_setup, then setupEdited
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            selectConfiguration(row);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (int(m_setup.configurations.size()) >= DepthLabSetup::maxConfigurations)
            return;
        m_setup.configurations.push_back(m_setup.configurations.at(std::size_t(m_selected)));
        m_selected = int(m_setup.configurations.size()) - 1;
        refreshTable();
        refreshEditor();
        emit setupEdited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_setup.configurations.size() <= 1)
            return;
        m_setup.configurations.erase(m_setup.configurations.begin() + m_selected);
        m_selected = std::min(m_selected, int(m_setup.configurations.size()) - 1);
        m_setup.phaseConfiguration = m_selected;
        refreshTable();
        refreshEditor();
        emit setupEdited();
    });
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        setSetup(DepthLabSetup::defaults());
        emit setupEdited();
    });
    connect(m_activation, &QComboBox::activated, this, [this] {
        const QString id = m_activation->currentData().toString();
        editConfiguration([&](DepthConfiguration &c) {
            if (id == kFormulaItem) {
                c.activation.formula = m_formula->text().isEmpty()
                                           ? std::string("sin(x)")
                                           : m_formula->text().toStdString();
            } else {
                c.activation = {};
                c.activation.id = id.toStdString();
            }
        });
    });
    connect(m_formula, &QLineEdit::editingFinished, this, [this] {
        if (m_formula->text().trimmed().isEmpty())
            return;
        editConfiguration(
            [&](DepthConfiguration &c) { c.activation.formula = m_formula->text().toStdString(); });
    });
    connect(m_init, &QComboBox::activated, this, [this] {
        const int index = m_init->currentData().toInt();
        editConfiguration([&](DepthConfiguration &c) {
            if (index < 0) {
                // Explicit σ_w²: start from what the initialiser gave, so nothing jumps.
                if (c.initializer)
                    c.weightVariance = actlab::depth::effectiveWeightVariance(
                        {c.initializer, c.weightVariance}, m_setup.width);
                c.initializer.reset();
            } else {
                c.initializer = kInitializers[index];
            }
        });
    });
    connect(m_weightVariance, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editConfiguration([&](DepthConfiguration &c) {
            c.initializer.reset();
            c.weightVariance = v;
        });
    });
    connect(m_biasVariance, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editConfiguration([&](DepthConfiguration &c) { c.biasVariance = v; });
    });
    connect(m_visible, &QCheckBox::toggled, this,
            [this](bool on) { editConfiguration([&](DepthConfiguration &c) { c.visible = on; }); });
    connect(m_depth, &QSpinBox::valueChanged, this,
            [this](int v) { editNetwork([&](DepthLabSetup &s) { s.depth = v; }); });
    connect(m_width, &QComboBox::activated, this, [this] {
        editNetwork([&](DepthLabSetup &s) { s.width = m_width->currentData().toInt(); });
    });
    connect(m_batch, &QSpinBox::valueChanged, this,
            [this](int v) { editNetwork([&](DepthLabSetup &s) { s.batch = v; }); });
    connect(m_inputVariance, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { editNetwork([&](DepthLabSetup &s) { s.inputVariance = v; }); });
    connect(m_correlation, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { editNetwork([&](DepthLabSetup &s) { s.correlation = v; }); });
    connect(m_dropout, &QComboBox::activated, this, [this] {
        editNetwork([&](DepthLabSetup &s) {
            s.dropout = static_cast<DropoutKind>(m_dropout->currentData().toInt());
        });
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { editNetwork([&](DepthLabSetup &s) { s.dropoutRate = v; }); });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this](int v) { editNetwork([&](DepthLabSetup &s) { s.seed = std::uint64_t(v); }); });

    retranslateUi();
    setSetup(DepthLabSetup::defaults());
}

DepthSettingsPanel::~DepthSettingsPanel() = default;

QColor DepthSettingsPanel::colour(int index) {
    return PlotPalette::curveColour(PlotTheme::Light, index);
}

QString DepthSettingsPanel::label(const DepthConfiguration &c) {
    const QString activation = c.activation.formula.empty()
                                   ? QString::fromStdString(c.activation.id)
                                   : QString::fromStdString(c.activation.formula);
    const QString weights = c.initializer
                                ? initializerDisplayName(*c.initializer)
                                : tr("σ_w² = %1").arg(QLocale().toString(c.weightVariance, 'g', 4));
    QString text = tr("%1 · %2").arg(activation, weights);
    if (c.biasVariance > 0)
        text += tr(", σ_b² = %1").arg(QLocale().toString(c.biasVariance, 'g', 3));
    return text;
}

void DepthSettingsPanel::setSetup(const DepthLabSetup &setup) {
    m_setup = setup;
    m_selected = std::clamp(setup.phaseConfiguration, 0, int(setup.configurations.size()) - 1);
    m_chi1.clear();
    m_phases.clear();
    refreshTable();
    refreshEditor();
    refreshNetwork();
}

void DepthSettingsPanel::selectConfiguration(int index) {
    if (index < 0 || index >= int(m_setup.configurations.size()))
        return;
    const bool changed = index != m_selected;
    m_selected = index;
    m_setup.phaseConfiguration = index;
    refreshTable();
    refreshEditor();
    if (changed)
        emit setupEdited(); // the phase diagram follows the selection
}

void DepthSettingsPanel::setTheoryColumns(const std::vector<double> &chi1,
                                          const QStringList &phases) {
    m_chi1 = chi1;
    m_phases = phases;
    refreshTable();
}

void DepthSettingsPanel::setConfigurationError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DepthSettingsPanel::editConfiguration(
    const std::function<void(DepthConfiguration &)> &change) {
    if (m_updating)
        return;
    change(m_setup.configurations.at(std::size_t(m_selected)));
    refreshTable();
    refreshEditor();
    emit setupEdited();
}

void DepthSettingsPanel::editNetwork(const std::function<void(DepthLabSetup &)> &change) {
    if (m_updating)
        return;
    change(m_setup);
    refreshNetwork();
    refreshEditor(); // the effective σ_w² of an initialiser depends on nothing but is shown
    emit setupEdited();
}

void DepthSettingsPanel::refreshTable() {
    const bool was = std::exchange(m_updating, true);
    const int n = int(m_setup.configurations.size());
    m_table->setRowCount(n);
    const QLocale locale;
    for (int i = 0; i < n; ++i) {
        const DepthConfiguration &c = m_setup.configurations[std::size_t(i)];
        auto *name = new QTableWidgetItem(swatch(colour(i)), label(c));
        name->setToolTip(label(c));
        if (!c.visible)
            name->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_table->setItem(i, 0, name);
        const double chi = i < int(m_chi1.size()) ? m_chi1[std::size_t(i)] : NAN;
        m_table->setItem(i, 1,
                         new QTableWidgetItem(std::isfinite(chi) ? locale.toString(chi, 'g', 3)
                                                                 : QStringLiteral("…")));
        m_table->setItem(i, 2, new QTableWidgetItem(i < m_phases.size() ? m_phases[i] : QString()));
    }
    m_table->setCurrentCell(m_selected, 0);
    m_add->setEnabled(n < DepthLabSetup::maxConfigurations);
    m_remove->setEnabled(n > 1);
    m_updating = was;
}

void DepthSettingsPanel::refreshEditor() {
    const bool was = std::exchange(m_updating, true);
    const DepthConfiguration &c = m_setup.configurations.at(std::size_t(m_selected));
    const bool formula = !c.activation.formula.empty();
    const int index =
        m_activation->findData(formula ? kFormulaItem : QString::fromStdString(c.activation.id));
    m_activation->setCurrentIndex(std::max(0, index));
    m_formula->setVisible(formula);
    if (formula)
        m_formula->setText(QString::fromStdString(c.activation.formula));
    m_init->setCurrentIndex(std::max(
        0, m_init->findData(c.initializer ? int(std::find(std::begin(kInitializers),
                                                          std::end(kInitializers), *c.initializer) -
                                                std::begin(kInitializers))
                                          : -1)));
    m_weightVariance->setValue(
        actlab::depth::effectiveWeightVariance({c.initializer, c.weightVariance}, m_setup.width));
    m_biasVariance->setValue(c.biasVariance);
    m_visible->setChecked(c.visible);
    m_updating = was;
}

void DepthSettingsPanel::refreshNetwork() {
    const bool was = std::exchange(m_updating, true);
    m_depth->setValue(m_setup.depth);
    const int w = m_width->findData(m_setup.width);
    if (w < 0)
        m_width->addItem(UiNumber::whole(m_setup.width), m_setup.width); // from a lab file
    m_width->setCurrentIndex(m_width->findData(m_setup.width));
    m_batch->setValue(m_setup.batch);
    m_inputVariance->setValue(m_setup.inputVariance);
    m_correlation->setValue(m_setup.correlation);
    m_dropout->setCurrentIndex(std::max(0, m_dropout->findData(int(m_setup.dropout))));
    m_rate->setValue(m_setup.dropoutRate);
    m_rate->setEnabled(m_setup.dropout != DropoutKind::None);
    m_seed->setValue(int(std::min<std::uint64_t>(m_setup.seed, 1'000'000)));
    m_updating = was;
}

void DepthSettingsPanel::fillActivationCombo() {
    const bool was = std::exchange(m_updating, true);
    m_activation->clear();
    for (const actlab::CatalogEntry &e : actlab::Catalog::builtin().entries()) {
        if (!e.scalar)
            continue; // softmax and friends act on whole vectors, not on single units
        m_activation->addItem(
            tr("%1 — %2").arg(QString::fromStdString(e.spec.id), activationName(e.spec)),
            QString::fromStdString(e.spec.id));
    }
    m_activation->addItem(tr("Typed formula…"), kFormulaItem);
    m_updating = was;
}

void DepthSettingsPanel::retranslateUi() {
    m_listBox->setTitle(tr("Configurations"));
    m_table->setHorizontalHeaderLabels({tr("Activation · weights"), tr("χ₁"), tr("Phase")});
    m_table->setToolTip(tr("Each line is drawn in its own colour. χ₁ < 1: ordered, signals "
                           "converge and gradients vanish; χ₁ > 1: chaotic, gradients explode."));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a copy of the selected configuration (up to %1)")
                          .arg(UiNumber::whole(DepthLabSetup::maxConfigurations)));
    m_remove->setText(tr("&Remove"));
    m_defaults->setText(tr("De&faults"));
    m_defaults->setToolTip(tr("sigmoid and tanh with Glorot, ReLU and GELU with He, SELU with "
                              "LeCun normal"));
    m_editorBox->setTitle(tr("Selected configuration"));
    m_activationLabel->setText(tr("Activation"));
    m_formula->setPlaceholderText(tr("a formula in x, e.g. x*sigmoid(x)"));
    m_initLabel->setText(tr("Weights"));
    m_weightLabel->setText(tr("σ_w²"));
    m_weightVariance->setToolTip(tr("Weight variance times the width: Wᵢⱼ ~ N(0, σ_w²/N). "
                                    "Typing a value replaces the initialiser."));
    m_biasLabel->setText(tr("σ_b²"));
    m_biasVariance->setToolTip(tr("Bias variance: bᵢ ~ N(0, σ_b²)"));
    m_visible->setText(tr("Show in the charts"));
    m_networkBox->setTitle(tr("Network"));
    m_depthLabel->setText(tr("Depth L"));
    m_widthLabel->setText(tr("Width N"));
    m_batchLabel->setText(tr("Inputs"));
    m_batch->setToolTip(tr("How many random inputs are pushed through; pairs of them start with "
                           "correlation c⁰"));
    m_inputVarianceLabel->setText(tr("Input variance q⁰"));
    m_correlationLabel->setText(tr("Input correlation c⁰"));
    m_dropoutLabel->setText(tr("Dropout"));
    m_rate->setToolTip(tr("Dropout rate p"));
    m_seedLabel->setText(tr("Seed"));
    m_seed->setToolTip(tr("The same seed draws the same network and inputs"));

    const bool was = std::exchange(m_updating, true);
    m_init->clear();
    for (int i = 0; i < int(std::size(kInitializers)); ++i)
        m_init->addItem(initializerDisplayName(kInitializers[i]), i);
    m_init->addItem(tr("Explicit σ_w²"), -1);
    m_dropout->clear();
    m_dropout->addItem(tr("None"), int(DropoutKind::None));
    m_dropout->addItem(tr("Standard"), int(DropoutKind::Standard));
    m_dropout->addItem(tr("AlphaDropout"), int(DropoutKind::Alpha));
    m_updating = was;
    fillActivationCombo();
    refreshTable();
    refreshEditor();
    refreshNetwork();
}

void DepthSettingsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
