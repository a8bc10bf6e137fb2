// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

/**
 * Makes a window's shortcuts work whatever has focus. On X11 a QLineEdit claims Ctrl+A, B, D,
 * E, F, H and K for emacs-style editing, so with the cursor in a search box (as at start-up)
 * Ctrl+E (export) or Ctrl+K (compare) did nothing. Installed on the application, it lets the
 * shortcut of any enabled action of `window` that uses Ctrl, Alt, Meta or a function key
 * through a text field, except the editing keys a text field must keep (copy, cut, paste,
 * undo, redo, select all). Plain keys stay the field's: R is a letter of "relu" there. A number
 * field (spin box) lets Space through too, as a number has no space: with the cursor in the
 * playground's learning rate, Space still starts training.
 */
class ShortcutPassThrough : public QObject {
    Q_OBJECT

public:
    explicit ShortcutPassThrough(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
