// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"

#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QMenu>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include "plot/plotpalette.h"
#include "presentation/presentationreadout.h"
#include "settings.h"
#include "uinumber.h"
#include "uizoom.h"

namespace {

double nearestScale(double wanted) {
    double best = PresentationMode::kDefaultScale;
    if (!std::isfinite(wanted))
        return best;
    for (double s : PresentationMode::kScales)
        if (std::abs(s - wanted) < std::abs(best - wanted))
            best = s;
    return best;
}

} // namespace

PresentationMode::PresentationMode(QWidget *window, PlotView *plot, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_plot(plot)
    , m_readout(new PresentationReadout(plot))
    , m_toggleAction(new QAction(this))
    , m_scaleMenu(new QMenu(window))
    , m_scaleGroup(new QActionGroup(this)) {
    m_toggleAction->setCheckable(true);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_toggleAction, &QAction::toggled, this, &PresentationMode::setActive);
    m_scale = nearestScale(SettingsKeys::presentationScale.get());
    for (double s : kScales) {
        QAction *action = m_scaleMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(s == m_scale);
        action->setData(s);
        m_scaleGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, s] { setScale(s); });
    }
    window->installEventFilter(this); // LanguageChange
    retranslateUi();
}

PresentationMode::~PresentationMode() = default;

void PresentationMode::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    {
        const QSignalBlocker blocker(m_toggleAction);
        m_toggleAction->setChecked(active);
    }
    if (active) {
        m_savedState = m_window->windowState();
        m_savedGeometry = m_window->saveGeometry();
        m_savedRect = m_window->geometry();
        m_toggleAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
        applyScale(m_scale);
        m_window->setWindowState(m_savedState | Qt::WindowFullScreen);
        fit();
        m_readout->setActive(true);
        m_plot->setTracerReadoutShown(false); // the large readout says it all
        emit activeChanged(true);
    } else {
        emit activeChanged(false);
        m_readout->setActive(false);
        m_plot->setTracerReadoutShown(true);
        m_toggleAction->setShortcuts({QKeySequence(Qt::Key_F5)});
        applyScale(1.0);
        m_window->setWindowState(m_savedState);
        // The window may have been resized while presenting (fitTo()): its size before, too.
        if (!(m_savedState & (Qt::WindowFullScreen | Qt::WindowMaximized)))
            m_window->setGeometry(m_savedRect);
    }
}

void PresentationMode::setScale(double scale) {
    const double chosen = nearestScale(scale);
    for (QAction *action : m_scaleGroup->actions())
        action->setChecked(action->data().toDouble() == chosen);
    SettingsKeys::presentationScale.set(chosen);
    if (chosen == m_scale)
        return;
    m_scale = chosen;
    if (m_active) {
        applyScale(chosen);
        fit();
    }
    emit scaleChanged(chosen);
}

void PresentationMode::applyScale(double scale) {
    UiZoom::setPresentationScale(scale);
    PlotPalette::setLineWidthScale(scale);
    m_readout->refresh();
    emit lineWidthsChanged();
}

void PresentationMode::fit() {
    if (const QScreen *screen = m_window->screen())
        fitTo(screen->geometry().size());
}

void PresentationMode::fitTo(QSize screen) {
    if (!m_active || screen.isEmpty())
        return;
    const auto fits = [this, screen] {
        QCoreApplication::sendPostedEvents(); // the new font reaches every size hint
        // Some layouts keep a minimum from the larger text tried before; measure afresh.
        for (QLayout *layout : m_window->findChildren<QLayout *>())
            layout->invalidate();
        const QSize needed = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        return needed.width() <= screen.width() && needed.height() <= screen.height();
    };
    // From the chosen scale down in steps of 0.1; each try lays the window out once.
    double text = m_scale;
    UiZoom::setPresentationScale(text);
    while (text > 1.0 + 1e-9 && !fits()) {
        text = std::max(1.0, std::round(text * 10 - 1) / 10);
        UiZoom::setPresentationScale(text);
    }
    // The last step was not measured: nested layouts would keep the minimum of the step
    // before (an invalidated layout does not invalidate the layouts inside it).
    fits();
    m_readout->refresh();
    // A larger step tried on the way may have grown the window past the screen, which also
    // drops its full-screen state where no window manager keeps it: back to the screen.
    const auto backToScreen = [this] {
        const QScreen *screen = m_window->screen();
        if (!m_active || !screen)
            return;
        const QSize fullScreen = screen->geometry().size();
        if (m_window->width() > fullScreen.width() || m_window->height() > fullScreen.height() ||
            !m_window->isFullScreen()) {
            m_window->resize(fullScreen.boundedTo(m_window->size()));
            m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
        }
    };
    backToScreen();
    // The window system may report the larger size only later: look again then.
    QTimer::singleShot(0, this, backToScreen);
    QTimer::singleShot(200, this, backToScreen);
}

double PresentationMode::textScale() const {
    return UiZoom::presentationScale();
}

void PresentationMode::showReading(const TracerReading &reading) {
    m_readout->showReading(reading);
}

void PresentationMode::clearReading() {
    m_readout->clearReading();
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_active) // once every widget has its new texts
            QTimer::singleShot(0, this, &PresentationMode::fit);
    }
    return QObject::eventFilter(watched, event);
}

void PresentationMode::retranslateUi() {
    m_toggleAction->setText(tr("&Presentation mode"));
    m_toggleAction->setToolTip(
        tr("Full screen with large text and thick lines, for a projector (F5; Esc leaves)"));
    m_scaleMenu->setTitle(tr("Pro&jector scale"));
    for (QAction *action : m_scaleGroup->actions())
        action->setText(tr("Text and lines %1× as large")
                            .arg(UiNumber::real(action->data().toDouble(), 'g', 3)));
}
