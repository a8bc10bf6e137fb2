// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
#include <QTimer>
#include <QWidget>

#include "activationresolver.h"

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;

/**
 * Everything the catalog knows about the current activation, in the current language: the
 * typeset formula, its properties as a table, traits, when to use it and its pitfalls, the
 * paper, Keras 3 and PyTorch code with Copy buttons, and how frameworks differ (defaults, and
 * the derivative each one returns at a kink for the current parameters).
 */
class InfoPanel : public QWidget {
    Q_OBJECT

public:
    explicit InfoPanel(QWidget *parent = nullptr);
    ~InfoPanel() override;

    /// Shows an activation (built-in or formula; `formulaName` names a formula).
    void setActivation(const ResolvedActivation &activation, const std::vector<double> &params,
                       const QString &formulaName = {});
    /// The kink list depends on the parameters (threshold's t); the rest does not.
    void setParams(const std::vector<double> &params);

    QString formulaHtml() const;
    QLabel *formulaLabel() const { return m_formula; }
    QPushButton *kerasCopyButton() const { return m_kerasCopy; }
    QPushButton *pytorchCopyButton() const { return m_pytorchCopy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillProperties();
    void fillFrameworks();
    QLabel *addTextSection(QGroupBox **box);
    QLabel *addCodeSection(QGroupBox **box, QPushButton **copy);

    ResolvedActivation m_activation;
    std::vector<double> m_params;
    /// While a slider is dragged the kink list is refreshed at most every 150 ms (relaying out
    /// the page costs more than sampling the curve); the last values are always shown.
    QTimer m_throttle;
    bool m_paramsPending = false;
    QString m_formulaName;

    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_note = nullptr;
    QGroupBox *m_propertiesBox = nullptr;
    QGridLayout *m_propertiesGrid = nullptr;
    QList<QLabel *> m_propertyKeys;
    QList<QLabel *> m_propertyValues;
    QGroupBox *m_traitsBox = nullptr;
    QLabel *m_traits = nullptr;
    QGroupBox *m_whenBox = nullptr;
    QLabel *m_when = nullptr;
    QGroupBox *m_pitfallsBox = nullptr;
    QLabel *m_pitfalls = nullptr;
    QGroupBox *m_paperBox = nullptr;
    QLabel *m_paper = nullptr;
    QGroupBox *m_kerasBox = nullptr;
    QLabel *m_keras = nullptr;
    QPushButton *m_kerasCopy = nullptr;
    QGroupBox *m_pytorchBox = nullptr;
    QLabel *m_pytorch = nullptr;
    QPushButton *m_pytorchCopy = nullptr;
    QGroupBox *m_frameworksBox = nullptr;
    QLabel *m_frameworks = nullptr;
};
