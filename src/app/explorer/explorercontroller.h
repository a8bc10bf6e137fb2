// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "explorer/pin.h"

class CatalogPanel;
class ComparisonBar;
class InfoPanel;
class NeuronPanel;
class PinBoard;
class ParameterPanel;
class ExplorerViews;

/**
 * The explorer's wiring and state, so MainWindow only assembles: the current activation and
 * the pins (activations kept in the plot with their own parameters), the parameter values of
 * every activation the user touched, and their persistence. Catalog selection → parameter
 * panel + info panel + the views; parameter edits → views (setParams, the slider path) + info panel
 * (kinks). A pin identical to the current curve is not drawn twice.
 */
class ExplorerController : public QObject {
    Q_OBJECT

public:
    ExplorerController(CatalogPanel *catalog, ParameterPanel *parameters, InfoPanel *info,
                       ExplorerViews *views, ComparisonBar *comparisonBar,
                       QObject *parent = nullptr);
    ~ExplorerController() override;

    /// Selects the remembered activation (or relu) and the remembered comparisons.
    void restore();
    /// Writes pending parameter values to the settings now.
    void saveNow();
    /// A view that follows the current activation and its parameters (the one-neuron view).
    void setNeuronPanel(NeuronPanel *neuron);

    QString currentId() const { return m_currentId; }
    std::vector<double> values(const QString &id) const;

    /// The ids of the pins, in order (hidden ones too).
    QStringList comparisons() const;
    /// Pins `id` with its remembered parameters; false when unknown or when that exact curve
    /// (same activation, same parameters) is already the current one or pinned.
    bool addComparison(const QString &id);
    /// Pins the current activation with its current parameters (same rule).
    bool pinCurrent();
    /// Pins each of `pins` that is not drawn yet (same rule), as one undo step; how many.
    int pinAll(const QList<Pin> &pins);
    /// Shows a lab file's explorer: `id` current with `values`, and exactly `pins` (their
    /// values already checked). The pins replace the list without an undo step, as opening a
    /// file is not an edit to undo.
    void showState(const QString &id, const std::vector<double> &values, const QList<Pin> &pins);
    void removeComparison(const QString &id);
    void clearComparisons();
    PinBoard *pins() const { return m_pins; }

signals:
    void currentChanged(const QString &id);
    void comparisonsChanged(const QStringList &ids);

private:
    void showActivation(const QString &id);
    void onParametersChanged(const std::vector<double> &values);
    void onFormulaReplaced(const QString &oldId, const QString &newId);
    void rebuildPlot();
    /// True when a visible pin is exactly the current curve (and so is not drawn twice).
    bool hidesAPin() const;
    void updateComparisonBar();
    void persistSoon();

    CatalogPanel *m_catalog;
    ParameterPanel *m_parameters;
    InfoPanel *m_info;
    ExplorerViews *m_views;
    ComparisonBar *m_comparisonBar;
    NeuronPanel *m_neuron = nullptr;

    bool addPin(const QString &id, const std::vector<double> &values);
    /// The pin for `id` at `values`, unless unknown, the current curve, or among `pinned`.
    std::optional<Pin> newPin(const QString &id, const std::vector<double> &values,
                              const QList<Pin> &pinned) const;

    QString m_currentId;
    PinBoard *m_pins = nullptr;
    QHash<QString, std::vector<double>> m_values; ///< only ids whose values the user changed
    QTimer m_persistTimer; ///< coalesces settings writes while a slider is dragged
};
