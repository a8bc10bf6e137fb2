// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class LabDocument;
class QAction;
class QLabel;
class QToolButton;

/**
 * The lesson bar above the pages: the lesson's title, "Step 3 of 7", the step's title and
 * text in the interface language (else the other), Previous and Next (PgUp / PgDn; the arrow
 * keys too while presenting). Its actions also edit the lesson: add the current state as a
 * step, update a step to the current state, edit its texts, move it, delete it. Hidden while
 * the open lab has no lesson. All lesson data lives in LabDocument; the bar only shows it.
 */
class LessonBar : public QFrame {
    Q_OBJECT

public:
    explicit LessonBar(LabDocument *document, QWidget *parent = nullptr);
    ~LessonBar() override;

    /// The Lesson menu's actions, in order (nullptr marks a separator).
    QList<QAction *> menuActions() const;
    /// Presenting: the arrow keys step too, and the step's text is larger.
    void setPresenting(bool presenting);

    QAction *previousAction() const { return m_previousAction; }
    QAction *nextAction() const { return m_nextAction; }
    QAction *addStepAction() const { return m_addAction; }
    QAction *editStepAction() const { return m_editAction; }
    QAction *updateStepAction() const { return m_updateAction; }
    QAction *moveEarlierAction() const { return m_earlierAction; }
    QAction *moveLaterAction() const { return m_laterAction; }
    QAction *deleteStepAction() const { return m_deleteAction; }
    QLabel *counterLabel() const { return m_counter; }
    QLabel *stepTitleLabel() const { return m_stepTitle; }
    QLabel *stepTextLabel() const { return m_stepText; }

signals:
    /// The bar appeared or disappeared (a lesson was opened, started or closed).
    void shownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void editStep(int index);
    void addStep();
    void updateShortcuts();

    LabDocument *m_document;
    bool m_presenting = false;
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_stepText = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_updateAction = nullptr;
    QAction *m_earlierAction = nullptr;
    QAction *m_laterAction = nullptr;
    QAction *m_deleteAction = nullptr;
};
