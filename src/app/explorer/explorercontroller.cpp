// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorercontroller.h"

#include <optional>

#include <QLocale>

#include "activationresolver.h"
#include "catalogpanel.h"
#include "comparisonbar.h"
#include "infopanel.h"
#include "neuronpanel.h"
#include "parameterpanel.h"
#include "plot/plotview.h"
#include "settings.h"
#include "userformula.h"

namespace {

/// Values remembered for `spec`, or nothing when they no longer fit it (a changed catalog).
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
                                       InfoPanel *info, PlotView *plot,
                                       ComparisonBar *comparisonBar, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_parameters(parameters)
    , m_info(info)
    , m_plot(plot)
    , m_comparisonBar(comparisonBar) {
    const QVariantMap stored = SettingsKeys::parameterValues.get();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const ResolvedActivation resolved = resolveActivation(it.key());
        if (!resolved.entry)
            continue;
        if (auto values = validValues(resolved.entry->spec, it.value().toList()))
            m_values.insert(resolved.id, *values);
    }

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
    connect(m_comparisonBar, &ComparisonBar::removeRequested, this,
            &ExplorerController::removeComparison);
    connect(m_comparisonBar, &ComparisonBar::clearRequested, this,
            &ExplorerController::clearComparisons);
}

ExplorerController::~ExplorerController() {
    if (m_persistTimer.isActive())
        saveNow();
}

void ExplorerController::restore() {
    for (const QString &id : SettingsKeys::comparisons.get()) {
        const ResolvedActivation resolved = resolveActivation(id);
        if (resolved.isValid() && !m_comparisons.contains(resolved.id) &&
            m_comparisons.size() < maxComparisons)
            m_comparisons << resolved.id;
    }
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
        m_neuron->setActivation({resolved.id, resolved.function, current, resolved.spec(), {}});
    if (m_comparisons.removeAll(m_currentId) > 0) {
        SettingsKeys::comparisons.set(m_comparisons);
        emit comparisonsChanged(m_comparisons);
    }
    rebuildPlot();
    updateComparisonBar();
    SettingsKeys::lastActivation.set(m_currentId);
    emit currentChanged(m_currentId);
}

void ExplorerController::onParametersChanged(const std::vector<double> &values) {
    if (m_parameters->activationId() != m_currentId)
        return;
    m_values.insert(m_currentId, values);
    m_plot->setParams(0, values); // the slider-drag path: resample and queue one replot
    m_info->setParams(values);
    if (m_neuron)
        m_neuron->setParams(values);
    persistSoon();
}

void ExplorerController::rebuildPlot() {
    QList<PlottedActivation> list;
    QStringList ids{m_currentId};
    ids << m_comparisons;
    for (const QString &id : std::as_const(ids)) {
        const ResolvedActivation resolved = resolveActivation(id);
        if (!resolved.isValid())
            continue;
        list.append({resolved.id, resolved.function, values(resolved.id), resolved.spec(), {}});
    }
    m_plot->setActivations(list);
}

bool ExplorerController::addComparison(const QString &id) {
    const ResolvedActivation resolved = resolveActivation(id);
    if (!resolved.isValid() || resolved.id == m_currentId || m_comparisons.contains(resolved.id) ||
        m_comparisons.size() >= maxComparisons)
        return false;
    m_comparisons << resolved.id;
    SettingsKeys::comparisons.set(m_comparisons);
    rebuildPlot();
    updateComparisonBar();
    emit comparisonsChanged(m_comparisons);
    return true;
}

void ExplorerController::removeComparison(const QString &id) {
    if (m_comparisons.removeAll(id) == 0)
        return;
    SettingsKeys::comparisons.set(m_comparisons);
    rebuildPlot();
    updateComparisonBar();
    emit comparisonsChanged(m_comparisons);
}

void ExplorerController::clearComparisons() {
    if (m_comparisons.isEmpty())
        return;
    m_comparisons.clear();
    SettingsKeys::comparisons.set(m_comparisons);
    rebuildPlot();
    updateComparisonBar();
    emit comparisonsChanged(m_comparisons);
}

void ExplorerController::onFormulaReplaced(const QString &oldId, const QString &newId) {
    m_values.remove(oldId);
    const qsizetype at = m_comparisons.indexOf(oldId);
    if (at >= 0) {
        if (newId.isEmpty() || m_comparisons.contains(newId))
            m_comparisons.removeAt(at);
        else
            m_comparisons[at] = newId;
        SettingsKeys::comparisons.set(m_comparisons);
        emit comparisonsChanged(m_comparisons);
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
    m_comparisonBar->setIds(m_comparisons);
}

void ExplorerController::setNeuronPanel(NeuronPanel *neuron) {
    m_neuron = neuron;
    const ResolvedActivation resolved = resolveActivation(m_currentId);
    if (m_neuron && resolved.isValid())
        m_neuron->setActivation(
            {resolved.id, resolved.function, values(resolved.id), resolved.spec(), {}});
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
