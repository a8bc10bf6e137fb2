// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "activations/activationspec.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

/**
 * Edits one parameter: a slider over the spec's slider range and a spin box limited to its hard
 * range, a reset-to-default button and one button per framework default; an integer switch
 * (gelu's approximate) is a check box instead, and a parameter that may be +∞ (relu's max_value)
 * gets a "None (∞)" check box. Only edits made by the user are reported (valueEdited); setValue()
 * is silent, so undo and programmatic changes never echo back as new edits.
 */
class ParameterEditor : public QWidget {
    Q_OBJECT

public:
    ParameterEditor(const actlab::ParamSpec &spec, QWidget *parent = nullptr);
    ~ParameterEditor() override;

    double value() const { return m_value; }
    void setValue(double value);
    const actlab::ParamSpec &spec() const { return m_spec; }

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QPushButton *resetButton() const { return m_reset; }
    /// One per ParamSpec::frameworkDefaults entry, in that order.
    const QList<QPushButton *> &frameworkButtons() const { return m_frameworkButtons; }
    QCheckBox *switchBox() const { return m_switch; }     ///< integer switches only
    QCheckBox *infinityBox() const { return m_infinity; } ///< infinityAllowed only

    /// Formats a value as shown on buttons: "0.01", "None (∞)", "on"/"off" for switches.
    QString formatValue(double value) const;

signals:
    /// The user changed the value. Edits with the same non-zero `dragId` belong to one slider
    /// drag and may be merged into one undo step.
    void valueEdited(double oldValue, double newValue, int dragId);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Widens the slider's range so that a finite `value` typed outside it has a position.
    void coverWithSlider(double value);
    void retranslateUi();
    void userSet(double value, int dragId = 0);
    void syncWidgets();
    int sliderPosition(double value) const;
    double sliderValue(int position) const;

    actlab::ParamSpec m_spec;
    double m_value = 0;
    double m_lastFinite = 0; ///< restored when "None (∞)" is unticked
    int m_ticks = 100;
    double m_sliderMin = 0; ///< the slider's range: the spec's teaching range, widened to
    double m_sliderMax = 1; ///< include any value typed outside it
    int m_dragId = 0;
    static int s_nextDragId;

    QLabel *m_name = nullptr;
    QLabel *m_description = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
    QCheckBox *m_switch = nullptr;
    QCheckBox *m_infinity = nullptr;
    QPushButton *m_reset = nullptr;
    QList<QPushButton *> m_frameworkButtons;
};
