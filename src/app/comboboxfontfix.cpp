// SPDX-License-Identifier: GPL-3.0-or-later
#include "comboboxfontfix.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>

bool ComboBoxFontFix::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FontChange && watched->isWidgetType())
        if (auto *widget = static_cast<QWidget *>(watched);
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget)) {
            // A style change is the one event after which QComboBox measures itself afresh
            // (both caches cleared); its other effects are no-ops for an unchanged style.
            QEvent styleChange(QEvent::StyleChange);
            QCoreApplication::sendEvent(widget, &styleChange);
        }
    return QObject::eventFilter(watched, event);
}
