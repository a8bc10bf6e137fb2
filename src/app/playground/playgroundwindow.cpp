// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundwindow.h"

#include "playgroundcontrols.h"
#include "playgroundpage.h"

#include <QCloseEvent>
#include <QEvent>
#include <QToolButton>

PlaygroundWindow::PlaygroundWindow(QWidget *parent)
    : QMainWindow(parent) {
    // A window of its own even when MainWindow owns it (parent for lifetime only).
    setWindowFlag(Qt::Window);
    m_page = new PlaygroundPage(this);
    setCentralWidget(m_page);
    resize(1500, 900);
    retranslateUi();
}

PlaygroundWindow::~PlaygroundWindow() = default;

void PlaygroundWindow::retranslateUi() {
    setWindowTitle(tr("Network playground — ActLab"));
}

void PlaygroundWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void PlaygroundWindow::closeEvent(QCloseEvent *event) {
    // Nobody is watching: do not keep two cores busy in the background.
    if (m_page->controls()->isRunning())
        m_page->controls()->playButton()->click();
    event->accept();
}
