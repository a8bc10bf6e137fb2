// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundsetuppanel.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QSlider>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "data/datasetgenerator.h"
#include "explorer/formuladialog.h"
#include "explorer/userformula.h"
#include "initializertext.h"
#include "playgroundpalette.h"
#include "ui_playgroundsetuppanel.h"

namespace {
constexpr int kSliderSteps = 1000;
const QString kCsvKey = QStringLiteral("csv");

/// A small picture of a generator's data, so the picker shows what each problem looks like.
QIcon datasetThumbnail(const actlab::DatasetKindInfo &info) {
    actlab::DatasetOptions options;
    options.kind = info.kind;
    options.n = 240;
    options.noise = 0.05;
    options.classes = 2;
    const actlab::Dataset data = actlab::generateDataset(options);
    QPixmap pixmap(40, 40);
    pixmap.fill(PlaygroundPalette::neutralColor());
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const actlab::Domain d = data.domain;
    double tLo = 0, tHi = 1;
    if (!data.isClassification() && data.size() > 0) {
        const auto [lo, hi] = std::minmax_element(data.target.begin(), data.target.end());
        tLo = *lo;
        tHi = *hi;
    }
    for (std::size_t i = 0; i < data.size(); ++i) {
        const double x = (data.x1[i] - d.x1Min) / (d.x1Max - d.x1Min);
        double y = 0;
        QColor c;
        if (data.inputDims == 1) {
            y = (data.target[i] - d.x2Min) / (d.x2Max - d.x2Min);
            c = PlaygroundPalette::positiveColor();
        } else {
            y = (data.x2[i] - d.x2Min) / (d.x2Max - d.x2Min);
            c = data.isClassification()
                    ? PlaygroundPalette::classColor(static_cast<int>(data.target[i]))
                    : QColor::fromRgb(PlaygroundPalette::diverging(
                          2 * (data.target[i] - tLo) / std::max(1e-9, tHi - tLo) - 1));
        }
        p.setBrush(c);
        p.drawEllipse(QPointF(2 + 36 * x, 38 - 36 * y), 1.4, 1.4);
    }
    return QIcon(pixmap);
}
} // namespace

PlaygroundSetupPanel::PlaygroundSetupPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaygroundSetupPanel>()) {
    m_ui->setupUi(this);
    m_ui->datasetCombo->setIconSize(QSize(40, 40));
    m_paramsForm = new QFormLayout(m_ui->paramsHost);
    m_paramsForm->setContentsMargins(0, 0, 0, 0);
    m_ui->csvLabel->hide();
    fillCombos();
    fillActivations();
    setSetup(PlaygroundSetup());

    for (QSpinBox *spin :
         {m_ui->samplesSpin, m_ui->classesSpin, m_ui->testFractionSpin, m_ui->dataSeedSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PlaygroundSetupPanel::emitDataChanged);
    connect(m_ui->noiseSpin, &QDoubleSpinBox::valueChanged, this,
            &PlaygroundSetupPanel::emitDataChanged);
    connect(m_ui->datasetCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDataControls();
        emitDataChanged();
    });
    connect(m_ui->regenerateButton, &QPushButton::clicked, this,
            &PlaygroundSetupPanel::dataChanged);
    connect(m_ui->loadCsvButton, &QPushButton::clicked, this, &PlaygroundSetupPanel::csvRequested);

    const auto network = [this] {
        if (!m_updating)
            emit networkChanged();
    };
    for (QCheckBox *box :
         {m_ui->featureX1, m_ui->featureX2, m_ui->featureX1Squared, m_ui->featureX2Squared,
          m_ui->featureX1X2, m_ui->featureSinX1, m_ui->featureSinX2})
        connect(box, &QCheckBox::toggled, this, network);
    connect(m_ui->hiddenSpin, &QSpinBox::valueChanged, this, network);
    connect(m_ui->hidden2Spin, &QSpinBox::valueChanged, this, network);
    connect(m_ui->initializerCombo, &QComboBox::currentIndexChanged, this, network);
    connect(m_ui->seedSpin, &QSpinBox::valueChanged, this, network);
    connect(m_ui->activationCombo, &QComboBox::currentIndexChanged, this, [this, network] {
        if (m_updating)
            return;
        rebuildParams({});
        network();
    });
    connect(m_ui->formulaButton, &QToolButton::clicked, this, &PlaygroundSetupPanel::addFormula);

    const auto training = [this] {
        if (!m_updating)
            emit trainingChanged();
    };
    connect(m_ui->optimizerCombo, &QComboBox::currentIndexChanged, this, training);
    connect(m_ui->learningRateSpin, &QDoubleSpinBox::valueChanged, this, training);
    connect(m_ui->batchSpin, &QSpinBox::valueChanged, this, training);
    connect(m_ui->l2Spin, &QDoubleSpinBox::valueChanged, this, training);
}

PlaygroundSetupPanel::~PlaygroundSetupPanel() = default;

void PlaygroundSetupPanel::emitDataChanged() {
    if (!m_updating)
        emit dataChanged();
}

void PlaygroundSetupPanel::fillCombos() {
    const bool was = std::exchange(m_updating, true);
    QComboBox *data = m_ui->datasetCombo;
    const QString dataKey = data->currentData().toString();
    data->clear();
    for (const actlab::DatasetKindInfo &info : actlab::datasetKinds()) {
        static std::vector<QIcon> icons; // generating the thumbnails once is enough
        const std::size_t i = static_cast<std::size_t>(data->count());
        if (icons.size() <= i)
            icons.push_back(datasetThumbnail(info));
        data->addItem(icons[i], QCoreApplication::translate("Dataset", info.name),
                      QString::fromLatin1(info.key));
    }
    if (!m_csvPath.isEmpty())
        data->addItem(tr("CSV file"), kCsvKey);
    data->setCurrentIndex(std::max(0, data->findData(dataKey)));

    auto fill = [](QComboBox *combo, const std::vector<std::pair<QString, QString>> &items) {
        const QString key = combo->currentData().toString();
        combo->clear();
        for (const auto &[id, text] : items)
            combo->addItem(text, id);
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    };
    fill(m_ui->optimizerCombo, {{QStringLiteral("sgd"), tr("SGD")},
                                {QStringLiteral("momentum"), tr("SGD with momentum")},
                                {QStringLiteral("adam"), tr("Adam")}});
    std::vector<std::pair<QString, QString>> initializers;
    for (actlab::Initializer init :
         {actlab::Initializer::GlorotUniform, actlab::Initializer::GlorotNormal,
          actlab::Initializer::HeUniform, actlab::Initializer::HeNormal,
          actlab::Initializer::LecunUniform, actlab::Initializer::LecunNormal})
        initializers.emplace_back(QString::fromLatin1(actlab::initializerKey(init)),
                                  initializerDisplayName(init));
    fill(m_ui->initializerCombo, initializers);
    m_updating = was;
}

void PlaygroundSetupPanel::fillActivations() {
    const bool was = std::exchange(m_updating, true);
    QComboBox *combo = m_ui->activationCombo;
    const QString id = combo->currentData().toString();
    combo->clear();
    // Only scalar activations make sense for a hidden unit; softmax and friends need a vector.
    for (const actlab::CatalogEntry &entry : actlab::Catalog::builtin().entries())
        if (!entry.spec.isVector && entry.scalar)
            combo->addItem(activationName(entry.spec), QString::fromStdString(entry.spec.id));
    const QList<UserFormula> formulas = loadUserFormulas();
    if (!formulas.isEmpty())
        combo->insertSeparator(combo->count());
    for (const UserFormula &formula : formulas)
        combo->addItem(formula.displayName(), formula.id());
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
    m_updating = was;
}

bool PlaygroundSetupPanel::selectActivation(const QString &id) {
    int index = m_ui->activationCombo->findData(id);
    if (index < 0 && UserFormula::isFormulaId(id)) {
        // A lab file may bring a formula this machine does not know yet.
        m_ui->activationCombo->addItem(id.mid(UserFormula::idPrefix().size()), id);
        index = m_ui->activationCombo->count() - 1;
    }
    if (index < 0)
        return false;
    m_ui->activationCombo->setCurrentIndex(index);
    return true;
}

QStringList PlaygroundSetupPanel::activationIds() const {
    QStringList ids;
    for (int i = 0; i < m_ui->activationCombo->count(); ++i)
        if (!m_ui->activationCombo->itemData(i).toString().isEmpty())
            ids << m_ui->activationCombo->itemData(i).toString();
    return ids;
}

void PlaygroundSetupPanel::addFormula() {
    FormulaDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserFormula formula = dialog.formula();
    QList<UserFormula> formulas = loadUserFormulas();
    if (!formulas.contains(formula)) {
        formulas.append(formula);
        saveUserFormulas(formulas);
    }
    fillActivations();
    selectActivation(formula.id());
}

void PlaygroundSetupPanel::rebuildParams(const std::vector<double> &values) {
    while (m_paramsForm->rowCount() > 0)
        m_paramsForm->removeRow(0);
    m_paramRows.clear();
    const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(
        m_ui->activationCombo->currentData().toString().toStdString());
    if (!entry) {
        m_ui->paramsHost->setVisible(false);
        return;
    }
    const auto &params = entry->spec.params;
    m_ui->paramsHost->setVisible(!params.empty());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const actlab::ParamSpec &spec = params[i];
        const double value = i < values.size() ? values[i] : spec.defaultValue;
        ParamRow row;
        auto *line = new QWidget(m_ui->paramsHost);
        auto *layout = new QHBoxLayout(line);
        layout->setContentsMargins(0, 0, 0, 0);
        row.slider = new QSlider(Qt::Horizontal, line);
        row.spin = new QDoubleSpinBox(line);
        const double lo = std::isfinite(spec.min) ? spec.min : -1e6;
        const double hi = std::isfinite(spec.max) ? spec.max : 1e6;
        row.spin->setRange(lo, hi);
        row.spin->setDecimals(spec.integer ? 0 : 3);
        row.spin->setSingleStep(spec.integer ? 1 : spec.step);
        const int steps =
            spec.integer ? static_cast<int>(spec.sliderMax - spec.sliderMin) : kSliderSteps;
        row.slider->setRange(0, std::max(1, steps));
        layout->addWidget(row.slider, 1);
        layout->addWidget(row.spin);
        if (spec.infinityAllowed) {
            row.none = new QCheckBox(tr("none"), line);
            row.none->setToolTip(tr("No limit (+∞)"));
            layout->addWidget(row.none);
        }
        const double sMin = spec.sliderMin, sMax = spec.sliderMax;
        QSlider *slider = row.slider;
        QDoubleSpinBox *spin = row.spin;
        QCheckBox *none = row.none;
        // The slider covers the comfortable range, the box the whole valid one.
        connect(slider, &QSlider::valueChanged, this, [=, this](int pos) {
            if (m_updating)
                return;
            const QSignalBlocker block(spin);
            spin->setValue(sMin + (sMax - sMin) * pos / std::max(1, slider->maximum()));
            emit networkChanged();
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
            if (m_updating)
                return;
            const QSignalBlocker block(slider);
            slider->setValue(static_cast<int>(
                std::lround((v - sMin) / std::max(1e-12, sMax - sMin) * slider->maximum())));
            emit networkChanged();
        });
        if (none)
            connect(none, &QCheckBox::toggled, this, [=, this](bool on) {
                slider->setEnabled(!on);
                spin->setEnabled(!on);
                if (!m_updating)
                    emit networkChanged();
            });
        const bool was = std::exchange(m_updating, true);
        const bool infinite = std::isinf(value) && value > 0 && none;
        if (none)
            none->setChecked(infinite);
        slider->setEnabled(!infinite);
        spin->setEnabled(!infinite);
        const double shown = infinite ? spec.sliderMax : value;
        spin->setValue(shown);
        slider->setValue(static_cast<int>(
            std::lround((shown - sMin) / std::max(1e-12, sMax - sMin) * slider->maximum())));
        m_updating = was;
        auto *label = new QLabel(QString::fromStdString(spec.name), m_ui->paramsHost);
        label->setToolTip(catalogText(spec.description));
        m_paramsForm->addRow(label, line);
        m_paramRows.push_back(row);
    }
}

void PlaygroundSetupPanel::updateDataControls() {
    const QString key = m_ui->datasetCombo->currentData().toString();
    const auto kind = actlab::datasetKindFromKey(key.toStdString());
    const bool generated = kind.has_value();
    m_ui->classesSpin->setEnabled(generated && actlab::datasetKindInfo(*kind).multiClass);
    m_ui->samplesSpin->setEnabled(generated);
    m_ui->noiseSpin->setEnabled(generated);
    m_ui->dataSeedSpin->setEnabled(generated);
    m_ui->regenerateButton->setEnabled(generated);
    // Input features of the second coordinate mean nothing for 1-D data.
    const bool twoD = !generated || actlab::datasetKindInfo(*kind).inputDims == 2;
    for (QCheckBox *box :
         {m_ui->featureX2, m_ui->featureX2Squared, m_ui->featureX1X2, m_ui->featureSinX2})
        box->setEnabled(twoD);
}

PlaygroundSetup PlaygroundSetupPanel::setup() const {
    PlaygroundSetup s;
    s.dataset = m_ui->datasetCombo->currentData().toString();
    s.csvPath = m_csvPath;
    s.samples = m_ui->samplesSpin->value();
    s.noise = m_ui->noiseSpin->value();
    s.classes = m_ui->classesSpin->value();
    s.testFraction = m_ui->testFractionSpin->value() / 100.0;
    s.dataSeed = m_ui->dataSeedSpin->value();
    const QCheckBox *boxes[] = {m_ui->featureX1,        m_ui->featureX2,   m_ui->featureX1Squared,
                                m_ui->featureX2Squared, m_ui->featureX1X2, m_ui->featureSinX1,
                                m_ui->featureSinX2};
    for (int f = 0; f < PlaygroundSetup::FeatureCount; ++f)
        s.features[static_cast<std::size_t>(f)] = boxes[f]->isChecked();
    s.hiddenUnits = m_ui->hiddenSpin->value();
    s.secondHiddenUnits = m_ui->hidden2Spin->value();
    s.activation = m_ui->activationCombo->currentData().toString();
    for (const ParamRow &row : m_paramRows)
        s.params.push_back(row.none && row.none->isChecked() ? INFINITY : row.spin->value());
    s.optimizer = m_ui->optimizerCombo->currentData().toString();
    s.learningRate = m_ui->learningRateSpin->value();
    s.batchSize = m_ui->batchSpin->value();
    s.l2 = m_ui->l2Spin->value();
    s.initializer = m_ui->initializerCombo->currentData().toString();
    s.seed = m_ui->seedSpin->value();
    return s;
}

void PlaygroundSetupPanel::setSetup(const PlaygroundSetup &s) {
    const bool was = std::exchange(m_updating, true);
    m_csvPath = s.dataset == kCsvKey ? s.csvPath : QString();
    fillCombos();
    m_ui->datasetCombo->setCurrentIndex(std::max(0, m_ui->datasetCombo->findData(s.dataset)));
    m_ui->samplesSpin->setValue(s.samples);
    m_ui->noiseSpin->setValue(s.noise);
    m_ui->classesSpin->setValue(s.classes);
    m_ui->testFractionSpin->setValue(static_cast<int>(std::lround(s.testFraction * 100)));
    m_ui->dataSeedSpin->setValue(s.dataSeed);
    QCheckBox *boxes[] = {m_ui->featureX1,        m_ui->featureX2,   m_ui->featureX1Squared,
                          m_ui->featureX2Squared, m_ui->featureX1X2, m_ui->featureSinX1,
                          m_ui->featureSinX2};
    for (int f = 0; f < PlaygroundSetup::FeatureCount; ++f)
        boxes[f]->setChecked(s.features[static_cast<std::size_t>(f)]);
    m_ui->hiddenSpin->setValue(s.hiddenUnits);
    m_ui->hidden2Spin->setValue(s.secondHiddenUnits);
    selectActivation(s.activation);
    rebuildParams(s.params);
    m_ui->optimizerCombo->setCurrentIndex(std::max(0, m_ui->optimizerCombo->findData(s.optimizer)));
    m_ui->learningRateSpin->setValue(s.learningRate);
    m_ui->batchSpin->setValue(s.batchSize);
    m_ui->l2Spin->setValue(s.l2);
    m_ui->initializerCombo->setCurrentIndex(
        std::max(0, m_ui->initializerCombo->findData(s.initializer)));
    m_ui->seedSpin->setValue(s.seed);
    updateDataControls();
    m_updating = was;
}

void PlaygroundSetupPanel::setTaskText(const QString &text) {
    m_ui->taskValue->setText(text);
}

void PlaygroundSetupPanel::setCsvStatus(const QString &text, bool error) {
    m_ui->csvLabel->setVisible(!text.isEmpty());
    m_ui->csvLabel->setText(text);
    m_ui->csvLabel->setStyleSheet(error ? QStringLiteral("color: #d55e00;") : QString());
}

void PlaygroundSetupPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        fillActivations();
        const std::vector<double> params = setup().params;
        rebuildParams(params);
    }
    QWidget::changeEvent(event);
}
