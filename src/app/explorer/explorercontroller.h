// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class CatalogPanel;
class ComparisonBar;
class InfoPanel;
class NeuronPanel;
class ParameterPanel;
class PlotView;

/**
 * The explorer's wiring and state, so MainWindow only assembles: the current activation and
 * the comparisons, the parameter values of every activation the user touched, and their
 * persistence. Catalog selection → parameter panel + info panel + plot; parameter edits →
 * plot (setParams, the slider path) + info panel (kinks).
 */
class ExplorerController : public QObject {
    Q_OBJECT

public:
    static constexpr int maxComparisons = 2; ///< a second and a third activation

    ExplorerController(CatalogPanel *catalog, ParameterPanel *parameters, InfoPanel *info,
                       PlotView *plot, ComparisonBar *comparisonBar, QObject *parent = nullptr);
    ~ExplorerController() override;

    /// Selects the remembered activation (or relu) and the remembered comparisons.
    void restore();
    /// Writes pending parameter values to the settings now.
    void saveNow();
    /// A view that follows the current activation and its parameters (the one-neuron view).
    void setNeuronPanel(NeuronPanel *neuron);

    QString currentId() const { return m_currentId; }
    std::vector<double> values(const QString &id) const;

    QStringList comparisons() const { return m_comparisons; }
    /// False when it is the current activation, already compared, unknown, or the list is full.
    bool addComparison(const QString &id);
    void removeComparison(const QString &id);
    void clearComparisons();

signals:
    void currentChanged(const QString &id);
    void comparisonsChanged(const QStringList &ids);

private:
    void showActivation(const QString &id);
    void onParametersChanged(const std::vector<double> &values);
    void onFormulaReplaced(const QString &oldId, const QString &newId);
    void rebuildPlot();
    void updateComparisonBar();
    void persistSoon();

    CatalogPanel *m_catalog;
    ParameterPanel *m_parameters;
    InfoPanel *m_info;
    PlotView *m_plot;
    ComparisonBar *m_comparisonBar;
    NeuronPanel *m_neuron = nullptr;

    QString m_currentId;
    QStringList m_comparisons;
    QHash<QString, std::vector<double>> m_values; ///< only ids whose values the user changed
    QTimer m_persistTimer; ///< coalesces settings writes while a slider is dragged
};
