// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appinfo.h"
#include "languagemanager.h"
#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_placeholder);
    createMenus();
    retranslateUi();
    resize(1280, 800);
    restoreGeometry(SettingsKeys::mainWindowGeometry.get());
    restoreState(SettingsKeys::mainWindowState.get());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        // Each language is named in its own script, so it can be found whatever the UI shows.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_languages->currentLanguage());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_languages->setLanguage(code);
            SettingsKeys::language.set(code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("ActLab — Activation Function Lab"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ActLab"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_placeholder->setText(tr("Choose an activation from the catalog."));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->currentLanguage());
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About ActLab"),
        tr("<h3>ActLab %1</h3>"
           "<p>A laboratory for neural-network activation functions: their shapes, exact "
           "derivatives, and what they do to a network that learns.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0), muParser (BSD-2-Clause), "
           "Eigen (MPL-2.0) and oneTBB (Apache-2.0).</p>")
            .arg(QString::fromLatin1(AppInfo::version), QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    SettingsKeys::mainWindowGeometry.set(saveGeometry());
    SettingsKeys::mainWindowState.set(saveState());
    event->accept();
}
