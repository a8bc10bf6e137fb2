// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthlabpage.h"

#include <cmath>
#include <thread>

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "depth/depthlabworker.h"
#include "depthcurvesview.h"
#include "depthhistogramview.h"
#include "depthlabfile.h"
#include "depthsettingspanel.h"
#include "filedialogs.h"
#include "phasediagramview.h"
#include "trainingerrortext.h"
#include "uinumber.h"

using namespace actlab::depth;

namespace {
constexpr int kPollMs = 33;

QString phaseText(Phase phase) {
    switch (phase) {
    case Phase::Ordered:
        return DepthLabPage::tr("ordered");
    case Phase::Critical:
        return DepthLabPage::tr("critical");
    case Phase::Chaotic:
        return DepthLabPage::tr("chaotic");
    }
    return {};
}

int workerThreads() {
    return std::max(1, int(std::thread::hardware_concurrency()));
}

std::vector<double> nanVector(std::size_t n) {
    return std::vector<double>(n, std::nan(""));
}

DepthSeries seriesFor(const DepthReport &r, bool measured, const QString &name,
                      const QColor &colour) {
    DepthSeries s;
    s.name = name;
    s.colour = colour;
    const std::size_t n = r.predicted.size();
    for (const LayerPrediction &p : r.predicted) {
        s.predictedStd.push_back(std::sqrt(p.q));
        s.predictedGradient.push_back(p.gradNorm2);
        s.predictedCorrelation.push_back(p.correlation);
    }
    if (!measured || r.measured.layers.size() != n) {
        s.measuredStd = s.measuredGradient = s.measuredCorrelation = s.saturated = s.dead =
            nanVector(n);
        return s;
    }
    for (const LayerStatistics &m : r.measured.layers) {
        s.measuredStd.push_back(std::sqrt(m.preVariance));
        s.measuredGradient.push_back(m.gradNorm2);
        s.measuredCorrelation.push_back(m.correlation);
        s.saturated.push_back(m.saturated);
        s.dead.push_back(m.dead);
        s.histogram.push_back(m.histogram);
    }
    return s;
}
} // namespace

DepthLabPage::DepthLabPage(QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<DepthLabWorker>(workerThreads())) {
    m_settings = new DepthSettingsPanel;
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_settings);
    auto *fileRow = new QHBoxLayout;
    m_open = new QPushButton;
    m_save = new QPushButton;
    m_export = new QPushButton;
    fileRow->addWidget(m_open);
    fileRow->addWidget(m_save);
    fileRow->addWidget(m_export);
    sideLayout->addLayout(fileRow);
    auto *scroll = new QScrollArea;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(250);
    scroll->setMaximumWidth(380);
    scroll->setFrameShape(QFrame::NoFrame);

    m_curves = new DepthCurvesView;
    m_histograms = new DepthHistogramView;
    m_phase = new PhaseDiagramView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_curves, QString());
    m_tabs->addTab(m_histograms, QString());
    m_tabs->addTab(m_phase, QString());
    m_legendHint = new QLabel;
    m_legendHint->setWordWrap(true);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto *centre = new QVBoxLayout;
    centre->addWidget(m_legendHint);
    centre->addWidget(m_tabs, 1);
    centre->addLayout(statusRow);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(centre, 1);

    m_submitTimer.setSingleShot(true);
    m_submitTimer.setInterval(0);
    connect(&m_submitTimer, &QTimer::timeout, this, &DepthLabPage::submit);
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &DepthLabPage::poll);
    m_pollTimer.start();
    connect(m_settings, &DepthSettingsPanel::setupEdited, this, &DepthLabPage::scheduleSubmit);
    connect(m_phase, &PhaseDiagramView::pointMoved, this, [this](int index, double sw, double sb) {
        DepthLabSetup s = m_settings->setup();
        if (index < 0 || index >= int(s.configurations.size()))
            return;
        DepthConfiguration &c = s.configurations[std::size_t(index)];
        c.initializer.reset();
        c.weightVariance = sw;
        c.biasVariance = sb;
        s.phaseConfiguration = index;
        m_settings->setSetup(s);
        scheduleSubmit();
    });
    // One lab file for the whole app: the window's File ▸ Open and Save answer these.
    connect(m_open, &QPushButton::clicked, this, &DepthLabPage::openLabRequested);
    connect(m_save, &QPushButton::clicked, this, &DepthLabPage::saveLabRequested);
    connect(m_export, &QPushButton::clicked, this, &DepthLabPage::exportFigure);
    retranslateUi(); // submits the first request
}

DepthLabPage::~DepthLabPage() = default;

const DepthLabSetup &DepthLabPage::setup() const {
    return m_settings->setup();
}

const std::vector<std::optional<DepthReport>> &DepthLabPage::reports() const {
    return m_reports;
}

void DepthLabPage::setSetup(const DepthLabSetup &setup) {
    m_settings->setSetup(setup);
    submit();
}

void DepthLabPage::setTheme(PlotTheme theme) {
    m_curves->setTheme(theme);
    m_histograms->setTheme(theme);
    m_phase->setTheme(theme);
}

QString DepthLabPage::openFile(const QString &path, bool showErrors) {
    auto loaded = DepthLabFile::load(path);
    if (const auto *error = std::get_if<QString>(&loaded)) {
        if (showErrors)
            QMessageBox::warning(this, tr("Open depth-lab file"), *error);
        return *error;
    }
    setSetup(std::get<DepthLabSetup>(loaded));
    return {};
}

QString DepthLabPage::saveFile(const QString &path) {
    return DepthLabFile::save(path, m_settings->setup());
}

void DepthLabPage::scheduleSubmit() {
    m_upToDate = false; // what is shown is stale from now on, not from the submit
    m_submitTimer.start();
}

void DepthLabPage::submit() {
    const DepthLabSetup &s = m_settings->setup();
    DepthLabRequest request;
    m_requestedConfigurations.clear();
    QString error;
    for (std::size_t i = 0; i < s.configurations.size(); ++i) {
        if (!s.configurations[i].visible)
            continue;
        auto config = s.propagationConfig(i);
        if (const auto *problem = std::get_if<actlab::ActivationError>(&config)) {
            if (int(i) == m_settings->selectedConfiguration())
                error = activationErrorText(*problem);
            continue;
        }
        if (int(i) == s.phaseConfiguration)
            request.phaseConfig = int(request.configs.size());
        request.configs.push_back(std::get<PropagationConfig>(std::move(config)));
        m_requestedConfigurations.push_back(int(i));
    }
    m_settings->setConfigurationError(error);
    request.phaseWeightVariances = PhaseDiagramView::weightAxis();
    request.phaseBiasVariances = PhaseDiagramView::biasAxis();
    if (request.phaseConfig < 0)
        m_phase->clearDiagram();
    m_request = m_worker->submit(std::move(request));
    m_upToDate = false;
    m_status->setText(tr("Computing…"));
    updatePhasePoints();
}

void DepthLabPage::poll() {
    if (auto result = m_worker->takeLatest())
        showResult(*result);
    m_progress->setVisible(!m_upToDate);
    if (!m_upToDate)
        m_progress->setValue(int(1000 * m_worker->progress()));
}

void DepthLabPage::showResult(const DepthLabResult &result) {
    if (result.request != m_request)
        return;
    const DepthLabSetup &s = m_settings->setup();
    m_reports = result.reports;
    std::vector<DepthSeries> series;
    std::vector<double> chi1(s.configurations.size(), std::nan(""));
    QStringList phases;
    for (std::size_t i = 0; i < s.configurations.size(); ++i)
        phases << QString();
    int measured = 0;
    for (std::size_t k = 0; k < result.reports.size(); ++k) {
        if (!result.reports[k])
            continue;
        const int index = m_requestedConfigurations[k];
        const DepthReport &r = *result.reports[k];
        measured += result.measured[k] ? 1 : 0;
        series.push_back(seriesFor(r, result.measured[k],
                                   DepthSettingsPanel::label(s.configurations[std::size_t(index)]),
                                   DepthSettingsPanel::colour(index)));
        series.back().histogramRange = 4;
        chi1[std::size_t(index)] = r.theory.chi1;
        phases[index] = phaseText(r.theory.phase);
    }
    m_curves->setSeries(series);
    std::vector<DepthSeries> measuredSeries;
    for (const DepthSeries &one : series)
        if (!one.histogram.empty())
            measuredSeries.push_back(one);
    m_histograms->setSeries(measuredSeries);
    m_settings->setTheoryColumns(chi1, phases);
    if (result.phase) {
        const DepthConfiguration &c = s.configurations.at(std::size_t(s.phaseConfiguration));
        m_phase->setDiagram(*result.phase, QString::fromStdString(c.activation.formula.empty()
                                                                      ? c.activation.id
                                                                      : c.activation.formula));
    }
    m_upToDate = result.finished;
    m_status->setText(
        result.finished
            ? tr("Measured on a random network of depth %1 and width %2 with %3 inputs, for %n "
                 "configuration(s).",
                 nullptr, measured)
                  .arg(UiNumber::whole(s.depth), UiNumber::whole(s.width), UiNumber::whole(s.batch))
            : tr("Measuring… %1 of %2 configurations done.")
                  .arg(UiNumber::whole(measured),
                       UiNumber::whole(qsizetype(result.reports.size()))));
}

void DepthLabPage::updatePhasePoints() {
    const DepthLabSetup &s = m_settings->setup();
    const DepthConfiguration &selected = s.configurations.at(std::size_t(s.phaseConfiguration));
    std::vector<PhaseDiagramView::Point> points;
    for (std::size_t i = 0; i < s.configurations.size(); ++i) {
        const DepthConfiguration &c = s.configurations[i];
        PhaseDiagramView::Point p;
        p.weightVariance = effectiveWeightVariance({c.initializer, c.weightVariance}, s.width);
        p.biasVariance = c.biasVariance;
        p.colour = DepthSettingsPanel::colour(int(i));
        p.sameActivation = c.activation == selected.activation;
        points.push_back(p);
    }
    m_phase->setPoints(points);
}

void DepthLabPage::exportFigure() {
    auto *plot = m_tabs->currentIndex() == 0   ? m_curves->customPlot()
                 : m_tabs->currentIndex() == 1 ? m_histograms->customPlot()
                                               : m_phase->customPlot();
    QString path =
        FileDialogs::saveFileName(this, tr("Export figure"), QStringLiteral("depth-lab.png"),
                                  tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    const bool pdf =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const bool ok = pdf ? plot->savePdf(path) : plot->savePng(path, 0, 0, 2.0);
    if (!ok)
        QMessageBox::warning(this, tr("Export figure"), tr("Cannot write %1.").arg(path));
}

void DepthLabPage::retranslateUi() {
    m_tabs->setTabText(0, tr("Signals and gradients"));
    m_tabs->setTabText(1, tr("Histograms through depth"));
    m_tabs->setTabText(2, tr("Phase diagram"));
    m_tabs->setTabToolTip(2, tr("Drag a point to change its weight and bias variances"));
    m_legendHint->setText(tr("Solid: measured on a random network · dashed: mean-field theory. "
                             "Wheel: zoom · drag: pan."));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open a lab file (Ctrl+O)"));
    m_save->setText(tr("&Save…"));
    m_save->setToolTip(tr("Save the lab, these configurations and settings included (Ctrl+S)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the chart shown as PNG or PDF"));
    submit(); // names, phases and status are rebuilt from the next result (cached: cheap)
}

void DepthLabPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
