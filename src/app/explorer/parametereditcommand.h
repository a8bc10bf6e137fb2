// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QUndoCommand>

/**
 * One parameter edit on the undo stack. A slider drag produces many edits with the same drag id;
 * they merge into a single step, so Ctrl+Z undoes the whole drag.
 */
class ParameterEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(int index, double value)>;

    ParameterEditCommand(Apply apply, int index, const QString &name, double oldValue,
                         double newValue, int dragId);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    int index() const { return m_index; }
    double oldValue() const { return m_old; }
    double newValue() const { return m_new; }

private:
    Apply m_apply;
    int m_index;
    double m_old;
    double m_new;
    int m_dragId;
};
