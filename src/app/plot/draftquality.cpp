// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftquality.h"

#include <qcustomplot.h>

DraftQuality::DraftQuality(QCustomPlot *plot)
    : QObject(plot)
    , m_plot(plot) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        finish();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { m_frame.start(); });
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        if (!m_draft && m_frame.isValid())
            m_lastFullMs = double(m_frame.nsecsElapsed()) / 1e6;
    });
}

void DraftQuality::changing() {
    if (!m_draft && m_lastFullMs <= m_budgetMs)
        return;
    if (!m_draft) {
        m_draft = true;
        // "Not antialiased" overrides every element's own setting; both sets are restored after.
        m_antialiased = m_plot->antialiasedElements();
        m_notAntialiased = m_plot->notAntialiasedElements();
        m_plot->setNotAntialiasedElements(m_notAntialiased | QCP::aePlottables);
    }
    m_settle.start();
}

void DraftQuality::finish() {
    m_settle.stop();
    if (!m_draft)
        return;
    m_draft = false;
    m_plot->setNotAntialiasedElements(m_notAntialiased);
    m_plot->setAntialiasedElements(m_antialiased);
}
