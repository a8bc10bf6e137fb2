// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutpassthrough.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QWidget>

ShortcutPassThrough::ShortcutPassThrough(QWidget *window)
    : QObject(window)
    , m_window(window) {}

bool ShortcutPassThrough::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    // A number field never takes a space: Space is the window's (the playground's Play), or,
    // when no shortcut wants it, the field's as before.
    if ((qobject_cast<QSpinBox *>(watched) || qobject_cast<QDoubleSpinBox *>(watched)) &&
        key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        event->ignore();
        return true;
    }
    if (!qobject_cast<QLineEdit *>(watched))
        return false;
    // Typing is the field's: letters, digits, PgUp… without Ctrl, Alt or Meta; F-keys are not.
    const bool command =
        key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool functionKey = key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35;
    if (!command && !functionKey)
        return false;
    for (QKeySequence::StandardKey editing :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
          QKeySequence::Redo, QKeySequence::SelectAll})
        if (key->matches(editing))
            return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false; // a dialog's fields keep their keys
    const QKeySequence pressed(key->keyCombination());
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isEnabled() || !action->isVisible())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts())
            if (shortcut == pressed) {
                event->ignore(); // not the field's: the shortcut fires
                return true;
            }
    }
    return false;
}
