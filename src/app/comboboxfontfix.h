// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/**
 * Qt 6.4's combo boxes and buttons keep size hints cached from the font they were first
 * measured with (QComboBox forgets only one of its two caches on a font change), so after a
 * larger text size (interface zoom, presentation mode) they kept the larger width and pages
 * no longer fitted small screens. Installed on the application, this makes them measure
 * afresh when their font changes.
 */
class ComboBoxFontFix : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
