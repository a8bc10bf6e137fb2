// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "labstate.h"

class MainWindow;

/**
 * Reads the window's state into a LabState and shows a LabState in the window: the page, the
 * explorer (selection, parameters, pins, view, threshold, x range, overlays, the formulas it
 * uses), the softmax lab, the playground and the depth lab. It only asks the pages through
 * their public interfaces; MainWindow stays the assembler. It also tells its owner when the
 * user changed something a lab file holds (changed()), so the document can mark itself.
 */
class LabStateBinder : public QObject {
    Q_OBJECT

public:
    explicit LabStateBinder(MainWindow *window);
    ~LabStateBinder() override;

    /// Everything a lab file holds; pages not built yet are left out.
    LabState capture() const;
    /// Shows `state`: its sections replace what they describe; absent sections stay as they are.
    void apply(const LabState &state);
    /// True while apply() runs (the changes it makes are not the user's).
    bool isApplying() const { return m_applying; }
    /// Connects the change signals of a page built after the binder (MainWindow calls it).
    void watchPages();

signals:
    /// Something a lab file holds may have changed (coalesce before comparing).
    void changed();

private:
    ExplorerLabState captureExplorer() const;
    void applyExplorer(const ExplorerLabState &state);
    void notify();

    MainWindow *m_window;
    bool m_applying = false;
    bool m_watchingPlayground = false;
    bool m_watchingSoftmax = false;
    bool m_watchingDepth = false;
};
