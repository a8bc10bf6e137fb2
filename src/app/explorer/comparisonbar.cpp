// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

#include "activationresolver.h"
#include "plot/plotpalette.h"
#include "plot/plotview.h"

namespace {
QIcon swatch(const QColor &colour, bool visible) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(visible ? QBrush(colour) : Qt::NoBrush); // hollow while hidden
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}
} // namespace

ComparisonBar::ComparisonBar(NameProvider names, QWidget *parent)
    : QWidget(parent)
    , m_names(std::move(names)) {
    m_label = new QLabel(this);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    m_clear = new QToolButton(this);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &ComparisonBar::clearRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_label);
    layout->addLayout(m_chips);
    layout->addStretch();
    layout->addWidget(m_clear);
    rebuild();
}

ComparisonBar::~ComparisonBar() = default;

void ComparisonBar::setPins(const QList<Pin> &pins) {
    m_pins = pins;
    rebuild();
}

QString ComparisonBar::label(const Pin &pin) const {
    if (!pin.name.isEmpty())
        return pin.name;
    const ResolvedActivation resolved = resolveActivation(pin.id);
    if (!resolved.spec())
        return m_names(pin.id); // a formula, by the name the catalog gives it
    // The legend's own rule: the name with the parameters that differ from their defaults.
    return plottedName({resolved.id, resolved.function, pin.params, resolved.spec(), {}, -1});
}

QMenu *ComparisonBar::menuFor(int index, QWidget *owner) {
    auto *menu = new QMenu(owner); // goes with its chip
    const Pin &pin = m_pins[index];
    menu->addAction(tr("&Rename…"), this, [this, index] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename pin"),
                                                   tr("Name in the legend (empty: automatic):"),
                                                   QLineEdit::Normal, m_pins[index].name, &ok);
        if (ok)
            emit renameRequested(index, name);
    });
    menu->addAction(
        pin.visible ? tr("&Hide") : tr("&Show"), this,
        [this, index, visible = pin.visible] { emit visibilityRequested(index, !visible); });
    QAction *left = menu->addAction(tr("Move &left"), this,
                                    [this, index] { emit moveRequested(index, index - 1); });
    left->setEnabled(index > 0);
    QAction *right = menu->addAction(tr("Move r&ight"), this,
                                     [this, index] { emit moveRequested(index, index + 1); });
    right->setEnabled(index + 1 < m_pins.size());
    menu->addSeparator();
    menu->addAction(tr("Re&move"), this, [this, index] { emit removeRequested(index); });
    return menu;
}

void ComparisonBar::rebuild() {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_label->setText(tr("Pinned:"));
    m_clear->setText(tr("Clear pins"));
    m_clear->setToolTip(tr("Remove every pin (Ctrl+Z brings them back)"));
    for (int i = 0; i < m_pins.size(); ++i) {
        auto *button = new QToolButton(this);
        const QString text = label(m_pins[i]);
        button->setText(m_pins[i].visible ? text : tr("%1 (hidden)").arg(text));
        button->setIcon(
            swatch(PlotPalette::curveColour(PlotTheme::Light, i + 1), m_pins[i].visible));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(menuFor(i, button));
        button->setToolTip(tr("Rename, hide, move or remove %1").arg(text));
        m_chips->addWidget(button);
        m_buttons.append(button);
    }
    setVisible(!m_pins.isEmpty());
}

void ComparisonBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
