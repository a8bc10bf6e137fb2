// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "labstate.h"

class LabStateBinder;
class MainWindow;
class QAction;
class QMenu;

/**
 * The open lab file: its path, whether it changed since it was saved (the window title's
 * marker), its lesson, and the File menu's New, Open, Open Recent, Save and Save As. Opening
 * reads the whole file first and changes nothing unless it is good; closing, New and Open ask
 * Save / Discard / Cancel when there are unsaved changes. Files dropped on the window open too.
 */
class LabDocument : public QObject {
    Q_OBJECT

public:
    LabDocument(MainWindow *window, LabStateBinder *binder);
    ~LabDocument() override;

    /// Adds New, Open, Open Recent, Save and Save As to the top of `menu`.
    void addActionsTo(QMenu *menu, QAction *before);

    /// Opens `path` (any lab format). On failure, shows why (when `showErrors`), keeps the open
    /// lab untouched and returns the translated reason; empty on success. No unsaved-changes
    /// question here: the interactive paths ask first.
    QString open(const QString &path, bool showErrors = true);
    /// Saves to `path`; empty on success, else the reason (also shown when `showErrors`).
    QString saveAs(const QString &path, bool showErrors = true);
    /// Asks Save / Discard / Cancel when modified; false when the user cancelled.
    bool maybeSave();
    /// File ▸ New: the default state, no path, no lesson (after maybeSave).
    void newLab();

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    /// Compares the window with the saved state now instead of after the usual short delay.
    void checkModifiedNow();
    QStringList recentFiles() const;

    const Lesson &lesson() const { return m_lesson; }
    /// The step shown, or -1.
    int currentStep() const { return m_step; }
    void goToStep(int index);
    /// Lesson editing (the lesson bar's menu); each is an edit of the document.
    void addCurrentAsStep(const LessonStep &textOnly);
    void updateStepState(int index);
    void setStepTexts(int index, const LocalizedText &title, const LocalizedText &text);
    void moveStep(int from, int to);
    void removeStep(int index);
    void setLessonTitle(const LocalizedText &title);

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

signals:
    void lessonChanged();
    void stepChanged(int index);
    void pathChanged(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void openInteractively();
    bool save();
    bool saveInteractively();
    void setBaseline();
    void adoptNewPages();
    void compare();
    void setModified(bool modified);
    void updateTitle();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void lessonEdited();
    /// What "modified" compares: the state without the page shown and the view's x range,
    /// which move while looking around, not while editing.
    QJsonObject comparable(const LabState &state) const;

    MainWindow *m_window;
    LabStateBinder *m_binder;
    QString m_path;
    Lesson m_lesson;
    Lesson m_savedLesson;
    int m_step = -1;
    LabState m_baseline;
    bool m_baselineIsSaved = true; ///< false after a lesson step moved the baseline
    bool m_modified = false;
    QTimer m_compareTimer;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecentAction = nullptr;
};
