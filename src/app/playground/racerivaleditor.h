// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "playgroundsetup.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

/**
 * Race mode's set-up: on or off, which ONE setting the rival changes (activation with its own
 * parameters or a typed formula, optimiser, learning rate, L2 or batch size), and the rival's
 * value for it. The initialiser and seed are not offered: both runs must start from identical
 * weights.
 */
class RaceRivalEditor : public QWidget {
    Q_OBJECT

public:
    explicit RaceRivalEditor(QWidget *parent = nullptr);
    ~RaceRivalEditor() override;

    RaceSetup race() const;
    /// Shows `race` without emitting changed().
    void setRace(const RaceSetup &race);
    /// The activations offered (the set-up panel's list: catalog and the user's formulas).
    void setActivations(const QStringList &ids, const QStringList &names);
    bool selectActivation(const QString &id);
    void selectSetting(RaceSetup::Setting setting);

    QComboBox *settingCombo() const { return m_setting; }
    QLineEdit *paramsEdit() const { return m_params; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateParamsHint();
    /// Parses the parameter field ("0.1, inf"); false when it is not a list of numbers.
    bool parseParams(std::vector<double> &out) const;
    void emitChanged();

    QCheckBox *m_enabled = nullptr;
    QLabel *m_differsLabel = nullptr;
    QComboBox *m_setting = nullptr;
    QStackedWidget *m_values = nullptr;
    QComboBox *m_activation = nullptr;
    QLineEdit *m_params = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QDoubleSpinBox *m_l2 = nullptr;
    QSpinBox *m_batchSize = nullptr;
    bool m_updating = false;
};
