// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QTest>

#include "languagemanager.h"
#include "mainwindow.h"

/**
 * The screen-fit tests (tst_mainwindow, tst_presentationmode): a main window of `screen`'s
 * size, opened in English and then in Chinese, handed to `check(window, language)`. Stops at
 * the first failure.
 */
template <class Check>
void forEachLanguageAt(LanguageManager &languages, QSize screen, Check check) {
    for (const char *code : {"en", "zh_CN"}) {
        const QString language = QString::fromLatin1(code);
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        check(window, language);
        if (QTest::currentTestFailed())
            return;
    }
}

/// Empty when the window's minimum size fits `screen`, else the size it needs.
inline QString sizeBeyond(const MainWindow &window, QSize screen) {
    QCoreApplication::processEvents(); // let the layouts settle first
    const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
    if (needed.width() <= screen.width() && needed.height() <= screen.height())
        return {};
    return QStringLiteral("needs %1×%2").arg(needed.width()).arg(needed.height());
}
