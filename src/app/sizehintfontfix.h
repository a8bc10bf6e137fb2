// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/**
 * Qt 6.4's combo boxes and spin boxes keep a minimum size hint cached from the font they
 * were first measured with (a font change clears only the size hint), so after a larger text
 * size (interface zoom, presentation mode) they kept the larger width and pages no longer
 * fitted small screens. Installed on the application, this makes them measure afresh when
 * their font changes, through the public calls that clear both caches.
 */
class SizeHintFontFix : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
