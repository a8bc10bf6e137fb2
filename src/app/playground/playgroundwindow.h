// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class PlaygroundPage;

/**
 * The network playground in a window of its own, so it can sit next to the explorer. Closing
 * it stops training (the page's sessions join their threads) but keeps the set-up.
 */
class PlaygroundWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit PlaygroundWindow(QWidget *parent = nullptr);
    ~PlaygroundWindow() override;

    PlaygroundPage *page() const { return m_page; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();

    PlaygroundPage *m_page = nullptr;
};
