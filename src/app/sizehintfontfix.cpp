// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizehintfontfix.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QSpinBox>

bool SizeHintFontFix::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::FontChange || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    // setRange() is the public call that clears both of a spin box's caches.
    if (auto *spin = qobject_cast<QSpinBox *>(watched)) {
        spin->setRange(spin->minimum(), spin->maximum());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(watched)) {
        spin->setRange(spin->minimum(), spin->maximum());
    } else if (auto *combo = qobject_cast<QComboBox *>(watched)) {
        // After a style change QComboBox measures itself afresh (both caches cleared); its
        // other effects are no-ops for an unchanged style.
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(combo, &styleChange);
    }
    return QObject::eventFilter(watched, event);
}
