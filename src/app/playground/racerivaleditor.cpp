// SPDX-License-Identifier: GPL-3.0-or-later
#include "racerivaleditor.h"

#include <cmath>
#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>

#include "activations/catalog.h"

RaceRivalEditor::RaceRivalEditor(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(this);
    m_differsLabel = new QLabel(this);
    m_setting = new QComboBox(this);
    m_setting->setObjectName(QStringLiteral("raceSettingCombo"));
    m_setting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < static_cast<int>(RaceSetup::Setting::Count); ++i)
        m_setting->addItem(QString(), i);
    m_differsLabel->setBuddy(m_setting);

    // One editor per setting; only the chosen one is shown.
    m_values = new QStackedWidget(this);
    auto *activationPage = new QWidget(m_values);
    auto *activationLayout = new QHBoxLayout(activationPage);
    activationLayout->setContentsMargins(0, 0, 0, 0);
    m_activation = new QComboBox(activationPage);
    m_activation->setObjectName(QStringLiteral("raceActivationCombo"));
    // Long names (Continuously differentiable ELU) must not set the playground's minimum width.
    m_activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activation->setMinimumContentsLength(16);
    m_params = new QLineEdit(activationPage);
    m_params->setObjectName(QStringLiteral("raceParamsEdit"));
    m_params->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    activationLayout->addWidget(m_activation);
    activationLayout->addWidget(m_params, 1);
    m_optimizer = new QComboBox(m_values);
    m_learningRate = new QDoubleSpinBox(m_values);
    m_learningRate->setDecimals(5);
    m_learningRate->setRange(0.00001, 1000); // high enough to watch a run diverge
    m_learningRate->setSingleStep(0.01);
    m_l2 = new QDoubleSpinBox(m_values);
    m_l2->setDecimals(5);
    m_l2->setRange(0, 1);
    m_l2->setSingleStep(0.001);
    m_batchSize = new QSpinBox(m_values);
    m_batchSize->setRange(1, 100000);
    // In the order of RaceSetup::Setting.
    for (QWidget *w : {activationPage, static_cast<QWidget *>(m_optimizer),
                       static_cast<QWidget *>(m_learningRate), static_cast<QWidget *>(m_l2),
                       static_cast<QWidget *>(m_batchSize)})
        m_values->addWidget(w);

    layout->addWidget(m_enabled);
    layout->addWidget(m_differsLabel);
    layout->addWidget(m_setting);
    layout->addWidget(m_values, 1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_setting->setEnabled(on);
        m_values->setEnabled(on);
        emitChanged();
    });
    connect(m_setting, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_values->setCurrentIndex(index);
        emitChanged();
    });
    connect(m_activation, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_params->clear(); // another activation starts from its own defaults
        updateParamsHint();
        emitChanged();
    });
    connect(m_params, &QLineEdit::editingFinished, this, [this] {
        std::vector<double> values;
        const bool ok = parseParams(values);
        m_params->setStyleSheet(ok ? QString() : QStringLiteral("color: #d55e00;"));
        if (ok)
            emitChanged();
    });
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, &RaceRivalEditor::emitChanged);
    for (QDoubleSpinBox *spin : {m_learningRate, m_l2})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RaceRivalEditor::emitChanged);
    connect(m_batchSize, &QSpinBox::valueChanged, this, &RaceRivalEditor::emitChanged);

    setRace(RaceSetup{});
    retranslateUi();
}

RaceRivalEditor::~RaceRivalEditor() = default;

void RaceRivalEditor::emitChanged() {
    if (!m_updating)
        emit changed();
}

RaceSetup RaceRivalEditor::race() const {
    RaceSetup r;
    r.enabled = m_enabled->isChecked();
    r.setting = static_cast<RaceSetup::Setting>(std::max(0, m_setting->currentIndex()));
    r.activation = m_activation->currentData().toString();
    if (r.activation.isEmpty())
        r.activation = RaceSetup{}.activation;
    if (!parseParams(r.params))
        r.params.clear(); // not a list of numbers: the defaults (the field says so in colour)
    r.optimizer = m_optimizer->currentData().toString();
    r.learningRate = m_learningRate->value();
    r.l2 = m_l2->value();
    r.batchSize = m_batchSize->value();
    return r;
}

void RaceRivalEditor::setRace(const RaceSetup &race) {
    const bool was = std::exchange(m_updating, true);
    m_enabled->setChecked(race.enabled);
    m_setting->setEnabled(race.enabled);
    m_values->setEnabled(race.enabled);
    m_setting->setCurrentIndex(static_cast<int>(race.setting));
    m_values->setCurrentIndex(static_cast<int>(race.setting));
    selectActivation(race.activation);
    QStringList texts;
    const QLocale c = QLocale::c();
    for (double v : race.params)
        texts << (std::isinf(v) ? (v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"))
                                : c.toString(v, 'g', 12));
    m_params->setText(texts.join(QStringLiteral(", ")));
    m_params->setStyleSheet(QString());
    if (m_optimizer->count() == 0)
        retranslateUi();
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(race.optimizer)));
    m_learningRate->setValue(race.learningRate);
    m_l2->setValue(race.l2);
    m_batchSize->setValue(race.batchSize);
    updateParamsHint();
    m_updating = was;
}

void RaceRivalEditor::setActivations(const QStringList &ids, const QStringList &names) {
    const bool was = std::exchange(m_updating, true);
    const QString current = m_activation->currentData().toString();
    m_activation->clear();
    for (int i = 0; i < ids.size(); ++i)
        m_activation->addItem(names.value(i, ids[i]), ids[i]);
    int index = m_activation->findData(current);
    if (index < 0) // ReLU against the default tanh is the classic race
        index = m_activation->findData(RaceSetup{}.activation);
    m_activation->setCurrentIndex(std::max(0, index));
    m_updating = was;
    updateParamsHint();
}

bool RaceRivalEditor::selectActivation(const QString &id) {
    const int index = m_activation->findData(id);
    if (index >= 0)
        m_activation->setCurrentIndex(index);
    return index >= 0;
}

void RaceRivalEditor::selectSetting(RaceSetup::Setting setting) {
    m_setting->setCurrentIndex(static_cast<int>(setting));
}

bool RaceRivalEditor::parseParams(std::vector<double> &out) const {
    out.clear();
    const QString text = m_params->text().trimmed();
    if (text.isEmpty())
        return true;
    // Both separators, so that "0,5" style locales can still type "0.5; 2".
    for (QString part :
         text.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts)) {
        part = part.toLower();
        if (part == QLatin1String("inf") || part == QLatin1String("-inf")) {
            out.push_back(part.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY);
            continue;
        }
        bool ok = false;
        const double v = QLocale::c().toDouble(part, &ok);
        if (!ok || !std::isfinite(v)) {
            out.clear();
            return false;
        }
        out.push_back(v);
    }
    return true;
}

void RaceRivalEditor::updateParamsHint() {
    const QString id = m_activation->currentData().toString();
    const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(id.toStdString());
    QStringList names;
    if (entry)
        for (const actlab::ParamSpec &p : entry->spec.params)
            names << QStringLiteral("%1 = %2").arg(QString::fromStdString(p.name),
                                                   QLocale::c().toString(p.defaultValue, 'g', 6));
    m_params->setVisible(!names.isEmpty());
    m_params->setPlaceholderText(names.join(QStringLiteral(", ")));
    m_params->setToolTip(
        tr("The rival's own parameter values, in this order, separated by commas: %1. Empty: "
           "the defaults.")
            .arg(names.join(QStringLiteral(", "))));
}

void RaceRivalEditor::retranslateUi() {
    const bool was = std::exchange(m_updating, true);
    m_enabled->setText(tr("&Race a rival"));
    m_enabled->setToolTip(tr("Train a second network that differs in one setting, on the same "
                             "data and from the same initial weights"));
    m_differsLabel->setText(tr("that differs in"));
    const QStringList settings{tr("activation"), tr("optimiser"), tr("learning rate"), tr("L2"),
                               tr("batch size")};
    for (int i = 0; i < settings.size(); ++i)
        m_setting->setItemText(i, settings[i]);
    const QString optimizer = m_optimizer->currentData().toString();
    m_optimizer->clear();
    m_optimizer->addItem(tr("SGD"), QStringLiteral("sgd"));
    m_optimizer->addItem(tr("SGD with momentum"), QStringLiteral("momentum"));
    m_optimizer->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(optimizer)));
    m_learningRate->setToolTip(tr("The rival's learning rate"));
    m_l2->setToolTip(tr("The rival's L2 weight decay"));
    m_batchSize->setToolTip(tr("The rival's batch size"));
    m_activation->setToolTip(tr("The rival's activation (the set-up panel's list, with your "
                                "formulas)"));
    updateParamsHint();
    m_updating = was;
}

void RaceRivalEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange) // the interface zoom or presentation mode
        m_params->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
