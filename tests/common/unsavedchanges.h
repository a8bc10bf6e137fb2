// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

/**
 * Tests that close an edited main window (to check what the settings keep) meet the lab's
 * Save / Discard / Cancel question, which would wait for a click forever. Call once from
 * initTestCase(): from then on that question is answered Discard. tst_labdocument does not use
 * this: it answers each question itself and checks what follows.
 */
inline void discardUnsavedChangesQuestions() {
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("unsavedChangesQuestion"))
            box->button(QMessageBox::Discard)->click();
    });
    timer->start();
}
