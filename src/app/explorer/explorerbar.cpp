// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerbar.h"

#include <QEvent>
#include <QGridLayout>

namespace {
/// Room the pins keep beside the view buttons before these move down: a few chips' worth.
constexpr int kPinsRoom = 260;
} // namespace

ExplorerBar::ExplorerBar(QWidget *pins, QWidget *views, QWidget *parent)
    : QWidget(parent)
    , m_pins(pins)
    , m_views(views)
    , m_layout(new QGridLayout(this)) {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_pins, 0, 0);
    m_layout->addWidget(m_views, 0, 1, Qt::AlignRight);
    m_layout->setColumnStretch(0, 1);
}

void ExplorerBar::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    arrange();
}

bool ExplorerBar::event(QEvent *event) {
    // New texts (another language, a larger interface zoom) change what fits.
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    return QWidget::event(event);
}

void ExplorerBar::arrange() {
    const bool stacked = width() < kPinsRoom + m_views->sizeHint().width();
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    m_layout->removeWidget(m_views);
    if (stacked)
        m_layout->addWidget(m_views, 1, 0, Qt::AlignRight);
    else
        m_layout->addWidget(m_views, 0, 1, Qt::AlignRight);
}
