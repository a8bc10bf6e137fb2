// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorercontroller.h"

#include <optional>

#include <QLocale>
#include <QUndoGroup>
#include <QUndoStack>

#include "activationresolver.h"
#include "catalogpanel.h"
#include "comparisonbar.h"
#include "explorerviews.h"
#include "infopanel.h"
#include "neuronpanel.h"
#include "parameterpanel.h"
#include "pinboard.h"
#include "settings.h"
#include "userformula.h"

namespace {

std::optional<std::vector<double>> validValues(const actlab::ActivationSpec &spec,
                                               const QVariantList &stored) {
    if (std::size_t(stored.size()) != spec.params.size())
        return std::nullopt;
    std::vector<double> values;
    const QLocale c = QLocale::c();
    for (const QVariant &v : stored) {
        bool ok = false;
        // Written with QLocale::c(), which reads "inf" back as +∞ (relu's max_value None).
        const double d = c.toDouble(v.toString(), &ok);
        if (!ok)
            return std::nullopt;
        values.push_back(d);
    }
    if (actlab::firstInvalidParam(spec, values) >= 0)
        return std::nullopt;
    return values;
}

} // namespace

ExplorerController::ExplorerController(CatalogPanel *catalog, ParameterPanel *parameters,
                                       InfoPanel *info, ExplorerViews *views,
                                       ComparisonBar *comparisonBar, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_parameters(parameters)
    , m_info(info)
    , m_views(views)
    , m_comparisonBar(comparisonBar) {
    const QVariantMap stored = SettingsKeys::parameterValues.get();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const ResolvedActivation resolved = resolveActivation(it.key());
        if (!resolved.entry)
            continue;
        if (auto values = validValues(resolved.entry->spec, it.value().toList()))
            m_values.insert(resolved.id, *values);
    }

    m_pins = new PinBoard(this);
    m_parameters->undoGroup()->addStack(m_pins->undoStack());
    // A pin change makes the pins' history the one Edit → Undo reaches.
    connect(m_pins->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_parameters->undoGroup()->setActiveStack(m_pins->undoStack()); });
    connect(m_pins, &PinBoard::changed, this, [this] {
        rebuildPlot();
        updateComparisonBar();
        emit comparisonsChanged(comparisons());
    });

    m_persistTimer.setSingleShot(true);
    m_persistTimer.setInterval(400);
    connect(&m_persistTimer, &QTimer::timeout, this, &ExplorerController::saveNow);

    connect(m_catalog, &CatalogPanel::activationSelected, this,
            &ExplorerController::showActivation);
    connect(m_catalog, &CatalogPanel::compareRequested, this,
            [this](const QString &id) { addComparison(id); });
    connect(m_catalog, &CatalogPanel::formulaReplaced, this,
            &ExplorerController::onFormulaReplaced);
    connect(m_parameters, &ParameterPanel::parametersChanged, this,
            &ExplorerController::onParametersChanged);
    connect(m_comparisonBar, &ComparisonBar::removeRequested, m_pins, &PinBoard::remove);
    connect(m_comparisonBar, &ComparisonBar::visibilityRequested, m_pins, &PinBoard::setVisible);
    connect(m_comparisonBar, &ComparisonBar::moveRequested, m_pins, &PinBoard::move);
    connect(m_comparisonBar, &ComparisonBar::renameRequested, m_pins, &PinBoard::rename);
    connect(m_comparisonBar, &ComparisonBar::clearRequested, m_pins, &PinBoard::clear);
}

ExplorerController::~ExplorerController() {
    if (m_persistTimer.isActive())
        saveNow();
}

void ExplorerController::restore() {
    QList<Pin> pins;
    for (const Pin &pin : pinsFromVariant(SettingsKeys::pins.get())) {
        const ResolvedActivation resolved = resolveActivation(pin.id);
        // Settings from another version or edited by hand: a pin whose values do not fit its
        // activation is dropped, never drawn with missing parameters.
        if (resolved.isValid() && hasValidValues(resolved, pin.params))
            pins << pin;
    }
    if (pins.isEmpty()) { // comparisons kept by an earlier version become pins
        for (const QString &id : SettingsKeys::comparisons.get()) {
            const ResolvedActivation resolved = resolveActivation(id);
            if (resolved.isValid())
                pins << Pin{resolved.id, values(resolved.id), {}, true};
        }
    }
    m_pins->reset(pins);
    if (!m_catalog->selectActivation(SettingsKeys::lastActivation.get()) &&
        !m_catalog->selectActivation(QStringLiteral("relu"))) {
        const QStringList ids = m_catalog->visibleIds();
        if (!ids.isEmpty())
            m_catalog->selectActivation(ids.front());
    }
    updateComparisonBar();
}

std::vector<double> ExplorerController::values(const QString &id) const {
    const auto it = m_values.constFind(id);
    if (it != m_values.cend())
        return *it;
    const ResolvedActivation resolved = resolveActivation(id);
    return resolved.entry ? resolved.entry->spec.defaultParams() : std::vector<double>{};
}

void ExplorerController::showActivation(const QString &id) {
    const ResolvedActivation resolved = resolveActivation(id);
    if (!resolved.isValid())
        return; // a formula that no longer compiles: keep showing what is there
    m_currentId = resolved.id;
    const std::vector<double> current = values(m_currentId);
    const QString formulaName = resolved.isFormula() ? m_catalog->displayName(id) : QString();
    m_parameters->setActivation(m_currentId, resolved.spec(), current, formulaName);
    m_info->setActivation(resolved, current, formulaName);
    if (m_neuron)
        m_neuron->setActivation({resolved.id, resolved.function, current, resolved.spec(), {}, -1});
    rebuildPlot();
    updateComparisonBar();
    SettingsKeys::lastActivation.set(m_currentId);
    emit currentChanged(m_currentId);
}

void ExplorerController::onParametersChanged(const std::vector<double> &values) {
    if (m_parameters->activationId() != m_currentId)
        return;
    const bool duplicateBefore = hidesAPin();
    m_values.insert(m_currentId, values);
    if (duplicateBefore != hidesAPin())
        rebuildPlot(); // a pin identical to the current curve appears or disappears
    else {
        m_views->setParams(0, values); // the slider-drag path: resample and queue one replot
    }
    m_info->setParams(values);
    if (m_neuron)
        m_neuron->setParams(values);
    persistSoon();
}

bool ExplorerController::hidesAPin() const {
    const std::vector<double> current = values(m_currentId);
    for (const Pin &pin : m_pins->pins())
        if (pin.visible && pin.id == m_currentId && pin.params == current)
            return true;
    return false;
}

void ExplorerController::rebuildPlot() {
    QList<PlottedActivation> list;
    const ResolvedActivation current = resolveActivation(m_currentId);
    const std::vector<double> currentValues = values(m_currentId);
    if (current.isValid())
        list.append({current.id, current.function, currentValues, current.spec(), {}, 0});
    const QList<Pin> &pins = m_pins->pins();
    for (int i = 0; i < pins.size(); ++i) {
        const Pin &pin = pins[i];
        if (!pin.visible || (pin.id == m_currentId && pin.params == currentValues))
            continue; // hidden, or the very curve already drawn as the current one
        const ResolvedActivation resolved = resolveActivation(pin.id);
        if (!resolved.isValid())
            continue;
        // Each pin keeps its colour whatever is hidden before it: colour i + 1.
        list.append({resolved.id, resolved.function, pin.params, resolved.spec(), pin.name, i + 1});
    }
    m_views->setActivations(list);
}

QStringList ExplorerController::comparisons() const {
    QStringList ids;
    for (const Pin &pin : m_pins->pins())
        ids << pin.id;
    return ids;
}

std::optional<Pin> ExplorerController::newPin(const QString &id, const std::vector<double> &values,
                                              const QList<Pin> &pinned) const {
    const ResolvedActivation resolved = resolveActivation(id);
    if (!resolved.isValid() || !hasValidValues(resolved, values))
        return std::nullopt;
    if (resolved.id == m_currentId && values == this->values(m_currentId))
        return std::nullopt; // already drawn as the current curve
    for (const Pin &pin : pinned)
        if (pin.id == resolved.id && pin.params == values)
            return std::nullopt;
    return Pin{resolved.id, values, {}, true};
}

bool ExplorerController::addPin(const QString &id, const std::vector<double> &values) {
    const std::optional<Pin> pin = newPin(id, values, m_pins->pins());
    if (pin)
        m_pins->add(*pin);
    return pin.has_value();
}

int ExplorerController::pinAll(const QList<Pin> &pins) {
    QList<Pin> pinned = m_pins->pins(), added;
    for (const Pin &candidate : pins) {
        if (const std::optional<Pin> pin = newPin(candidate.id, candidate.params, pinned)) {
            pinned << *pin;
            added << *pin;
        }
    }
    if (!added.isEmpty())
        m_pins->addAll(added); // one undo step for the lot
    return int(added.size());
}

void ExplorerController::showState(const QString &id, const std::vector<double> &values,
                                   const QList<Pin> &pins) {
    const ResolvedActivation resolved = resolveActivation(id);
    if (!resolved.isValid() || !hasValidValues(resolved, values))
        return;
    m_values.insert(resolved.id, values);
    m_pins->reset(pins);
    // Selecting the entry that is already selected emits nothing: show it directly then.
    if (m_catalog->currentId() == resolved.id || !m_catalog->selectActivation(resolved.id))
        showActivation(resolved.id);
    persistSoon();
}

bool ExplorerController::addComparison(const QString &id) {
    const ResolvedActivation resolved = resolveActivation(id);
    return resolved.isValid() && addPin(resolved.id, values(resolved.id));
}

bool ExplorerController::pinCurrent() {
    const std::vector<double> current = values(m_currentId);
    for (const Pin &pin : m_pins->pins())
        if (pin.id == m_currentId && pin.params == current)
            return false;
    const ResolvedActivation resolved = resolveActivation(m_currentId);
    if (!resolved.isValid())
        return false;
    m_pins->add(Pin{m_currentId, current, {}, true});
    return true;
}

void ExplorerController::removeComparison(const QString &id) {
    const QStringList ids = comparisons();
    const qsizetype at = ids.indexOf(id);
    if (at >= 0)
        m_pins->remove(int(at));
}

void ExplorerController::clearComparisons() {
    m_pins->clear();
}

void ExplorerController::onFormulaReplaced(const QString &oldId, const QString &newId) {
    m_values.remove(oldId);
    // Pins of an edited formula follow it; of a removed one, go (not an undoable pin change:
    // the formula itself is gone).
    QList<Pin> pins;
    bool touched = false;
    for (Pin pin : m_pins->pins()) {
        if (pin.id == oldId) {
            touched = true;
            if (newId.isEmpty())
                continue;
            pin.id = newId;
        }
        pins << pin;
    }
    if (touched) {
        m_pins->undoStack()->clear(); // its steps name a formula that no longer exists
        m_pins->reset(pins);
    }
    if (m_currentId == oldId) {
        if (newId.isEmpty() || !m_catalog->selectActivation(newId)) {
            const QStringList ids = m_catalog->visibleIds();
            if (!ids.isEmpty())
                m_catalog->selectActivation(ids.front());
        }
    } else {
        rebuildPlot();
    }
    updateComparisonBar();
}

void ExplorerController::updateComparisonBar() {
    m_comparisonBar->setPins(m_pins->pins());
}

void ExplorerController::setNeuronPanel(NeuronPanel *neuron) {
    m_neuron = neuron;
    const ResolvedActivation resolved = resolveActivation(m_currentId);
    if (m_neuron && resolved.isValid())
        m_neuron->setActivation(
            {resolved.id, resolved.function, values(resolved.id), resolved.spec(), {}, -1});
}

void ExplorerController::persistSoon() {
    m_persistTimer.start();
}

void ExplorerController::saveNow() {
    m_persistTimer.stop();
    QVariantMap map;
    const QLocale c = QLocale::c();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (UserFormula::isFormulaId(it.key()))
            continue;
        QVariantList list;
        for (double v : it.value())
            list << c.toString(v, 'g', 17); // round-trips every double, "inf" included
        map.insert(it.key(), list);
    }
    SettingsKeys::parameterValues.set(map);
}
