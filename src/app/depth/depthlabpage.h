// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <QTimer>
#include <QWidget>

#include "depth/depthexperiment.h"
#include "depthlabsetup.h"
#include "plot/plotview.h"

namespace actlab::depth {
class DepthLabWorker;
struct DepthLabResult;
} // namespace actlab::depth

class DepthCurvesView;
class DepthHistogramView;
class DepthSettingsPanel;
class PhaseDiagramView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

/**
 * The depth lab: how signals and gradients survive through many layers, for several
 * configurations side by side, measured on a random network (solid) and predicted by
 * mean-field theory (dashed), with histograms through depth and the phase diagram.
 * Every change submits a request to a background worker; a display-rate timer picks up what
 * it has published, so the window never waits and a dragged control cancels stale work.
 */
class DepthLabPage : public QWidget {
    Q_OBJECT

public:
    explicit DepthLabPage(QWidget *parent = nullptr);
    ~DepthLabPage() override;

    const DepthLabSetup &setup() const;
    void setSetup(const DepthLabSetup &setup);
    void setTheme(PlotTheme theme);

    /// Opens a depth-lab file; on failure shows why and keeps the current set-up. Returns
    /// the error (empty on success) for callers without a window (tests, --lab).
    QString openFile(const QString &path, bool showErrors = true);
    QString saveFile(const QString &path);

    DepthSettingsPanel *settingsPanel() const { return m_settings; }
    DepthCurvesView *curvesView() const { return m_curves; }
    DepthHistogramView *histogramView() const { return m_histograms; }
    PhaseDiagramView *phaseView() const { return m_phase; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    /// True once every configuration of the newest request is measured (tests).
    bool isUpToDate() const { return m_upToDate; }
    /// The newest reports shown, per configuration (tests).
    const std::vector<std::optional<actlab::depth::DepthReport>> &reports() const;

signals:
    /// The page's Open and Save buttons: the window's lab document opens or saves.
    void openLabRequested();
    void saveLabRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void scheduleSubmit();
    void submit();
    void poll();
    void showResult(const actlab::depth::DepthLabResult &result);
    void updatePhasePoints();
    void exportFigure();

    DepthSettingsPanel *m_settings = nullptr;
    DepthCurvesView *m_curves = nullptr;
    DepthHistogramView *m_histograms = nullptr;
    PhaseDiagramView *m_phase = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legendHint = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_export = nullptr;
    std::unique_ptr<actlab::depth::DepthLabWorker> m_worker;
    std::vector<std::optional<actlab::depth::DepthReport>> m_reports;
    std::vector<int> m_requestedConfigurations; ///< setup index of each request entry
    std::uint64_t m_request = 0;
    bool m_upToDate = false;
    QTimer m_submitTimer; ///< coalesces a burst of edits into one request
    QTimer m_pollTimer;   ///< display rate
};
