// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QHash>
#include <QList>
#include <QWidget>

#include "activations/activationspec.h"

class ParameterEditor;
class QLabel;
class QPushButton;
class QUndoGroup;
class QUndoStack;
class QVBoxLayout;

/**
 * The parameters of the current activation, one ParameterEditor each. Every edit (slider drag,
 * spin box, reset, framework default) goes through an undo stack, one stack per activation in a
 * QUndoGroup, and emits parametersChanged() with all values at once, live while dragging.
 */
class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget *parent = nullptr);
    ~ParameterPanel() override;

    /// Shows `spec`'s parameters with `values` (defaults where missing). For a formula, pass a
    /// null spec and its name. Does not emit parametersChanged().
    void setActivation(const QString &id, const actlab::ActivationSpec *spec,
                       const std::vector<double> &values, const QString &formulaName = {});
    QString activationId() const { return m_id; }
    std::vector<double> values() const;

    /// Resets every parameter to its default as one undoable step.
    void resetAll();

    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *currentUndoStack() const;
    const QList<ParameterEditor *> &editors() const { return m_editors; }

signals:
    void parametersChanged(const std::vector<double> &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QUndoStack *ownStack();
    void applyValue(int index, double value);
    void pushEdit(int index, double oldValue, double newValue, int dragId);

    QString m_id;
    const actlab::ActivationSpec *m_spec = nullptr;
    QString m_formulaName;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_resetAll = nullptr;
    QWidget *m_editorsHost = nullptr;
    QVBoxLayout *m_editorsLayout = nullptr;
    QList<ParameterEditor *> m_editors;
    QUndoGroup *m_undoGroup = nullptr;
    QHash<QString, QUndoStack *> m_stacks;
};
