// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include "pin.h"

class QUndoStack;

/**
 * The explorer's pins, in order, with every change an undoable step on its own undo stack (the
 * main window's Undo reaches it through the parameter panel's undo group). Remembered in the
 * settings after each change.
 */
class PinBoard : public QObject {
    Q_OBJECT

public:
    explicit PinBoard(QObject *parent = nullptr);
    ~PinBoard() override;

    const QList<Pin> &pins() const { return m_pins; }
    QUndoStack *undoStack() const { return m_undo; }

    void add(const Pin &pin);
    /// Appends several pins as one undo step ("pin 2 activations"); nothing for an empty list.
    void addAll(const QList<Pin> &pins);
    void remove(int index);
    void move(int from, int to);
    void setVisible(int index, bool visible);
    void rename(int index, const QString &name);
    void clear();
    /// Replaces the list without an undo step (start-up, a formula that changed its id).
    void reset(const QList<Pin> &pins);

signals:
    void changed();

private:
    friend class PinListCommand;
    void change(QList<Pin> after, const QString &text);
    void apply(const QList<Pin> &pins);

    QList<Pin> m_pins;
    QUndoStack *m_undo = nullptr;
};
