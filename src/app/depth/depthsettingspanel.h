// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "depthlabsetup.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

/**
 * The depth lab's inputs: the list of configurations (activation, initialiser, σ_w², σ_b²)
 * with an editor for the selected one, and the network settings they share (depth, width,
 * batch, q⁰, c⁰, dropout, seed). It edits a DepthLabSetup and says when it changed; the
 * configurations' χ₁ and phase, computed elsewhere, are shown in the list.
 */
class DepthSettingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit DepthSettingsPanel(QWidget *parent = nullptr);
    ~DepthSettingsPanel() override;

    const DepthLabSetup &setup() const { return m_setup; }
    void setSetup(const DepthLabSetup &setup);
    int selectedConfiguration() const { return m_selected; }
    void selectConfiguration(int index);
    /// Colour of configuration i in every chart.
    static QColor colour(int index);
    /// "tanh · Glorot uniform" or "relu · σ_w² = 2".
    static QString label(const DepthConfiguration &c);
    /// Shows χ₁ and the phase of each configuration (NaN: not known yet).
    void setTheoryColumns(const std::vector<double> &chi1, const QStringList &phases);
    /// Shows an error under the editor (an activation that does not resolve); empty hides it.
    void setConfigurationError(const QString &message);

    QTableWidget *table() const { return m_table; }
    QSpinBox *depthSpin() const { return m_depth; }
    QComboBox *widthCombo() const { return m_width; }
    QComboBox *activationCombo() const { return m_activation; }
    QComboBox *dropoutCombo() const { return m_dropout; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    /// The set-up changed by the user (not by setSetup).
    void setupEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillActivationCombo();
    void refreshTable();
    void refreshEditor();
    void refreshNetwork();
    void editConfiguration(const std::function<void(DepthConfiguration &)> &change);
    void editNetwork(const std::function<void(DepthLabSetup &)> &change);

    DepthLabSetup m_setup = DepthLabSetup::defaults();
    int m_selected = 0;
    bool m_updating = false; ///< widgets are being filled from m_setup: no echo
    std::vector<double> m_chi1;
    QStringList m_phases;

    QGroupBox *m_listBox = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_defaults = nullptr;

    QGroupBox *m_editorBox = nullptr;
    QLabel *m_activationLabel = nullptr;
    QComboBox *m_activation = nullptr;
    QLineEdit *m_formula = nullptr;
    QLabel *m_initLabel = nullptr;
    QComboBox *m_init = nullptr;
    QLabel *m_weightLabel = nullptr;
    QDoubleSpinBox *m_weightVariance = nullptr;
    QLabel *m_biasLabel = nullptr;
    QDoubleSpinBox *m_biasVariance = nullptr;
    QCheckBox *m_visible = nullptr;
    QLabel *m_error = nullptr;

    QGroupBox *m_networkBox = nullptr;
    QLabel *m_depthLabel = nullptr;
    QSpinBox *m_depth = nullptr;
    QLabel *m_widthLabel = nullptr;
    QComboBox *m_width = nullptr;
    QLabel *m_batchLabel = nullptr;
    QSpinBox *m_batch = nullptr;
    QLabel *m_inputVarianceLabel = nullptr;
    QDoubleSpinBox *m_inputVariance = nullptr;
    QLabel *m_correlationLabel = nullptr;
    QDoubleSpinBox *m_correlation = nullptr;
    QLabel *m_dropoutLabel = nullptr;
    QComboBox *m_dropout = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
};
