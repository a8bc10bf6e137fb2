// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationspanel.h"

#include <cmath>

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "plot/charttheme.h"
#include "plot/plotpalette.h"
#include "uinumber.h"

namespace {

constexpr int kKeyRole = Qt::UserRole; ///< an item's identity key

/// An identity's title or explanation, marked QT_TRANSLATE_NOOP("Identities", ...) in the core.
QString identityText(const char *english) {
    return QCoreApplication::translate("Identities", english);
}

/// A difference as a person reads it: 0 as 0, rounding-sized ones in scientific notation
/// (2.2e-16), visible ones as a plain decimal (0.0203).
QString differenceText(double difference) {
    if (difference == 0)
        return UiNumber::real(0);
    if (difference < 1e-3)
        return UiNumber::scientific(difference, 2);
    return UiNumber::real(difference, 'g', 3);
}

} // namespace

RelationsPanel::RelationsPanel(QWidget *parent)
    : QWidget(parent) {
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_list = new QListWidget;
    for (const actlab::Identity &identity : actlab::identities()) {
        auto *item = new QListWidgetItem(QString::fromUtf8(identity.formula), m_list);
        item->setData(kKeyRole, QString::fromStdString(identity.key));
    }
    // Exactly as tall as its rows: every identity shows, and the plot gets the rest. A narrow
    // dock elides a long formula rather than hiding the last row behind a scroll bar.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    fitListHeight();
    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);

    m_plot = new QCustomPlot;
    m_plot->setMinimumHeight(200);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeLegendItems);
    for (int side = 0; side < 2; ++side)
        m_plot->addGraph()->setAdaptiveSampling(false);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->xAxis->setRange(kDefaultLo, kDefaultHi);
    m_marker = new QCPItemStraightLine(m_plot); // where the largest difference is
    m_marker->setLayer(QStringLiteral("grid"));

    m_difference = new QLabel;
    m_difference->setWordWrap(true);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    m_open = new QPushButton;

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    // On a short screen the panel scrolls instead of squeezing the plot under its labels.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_difference);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this] { resample(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const actlab::Identity *identity = current())
            emit openAsPins(pinsFor(*identity));
    });

    applyTheme();
    retranslateUi();
    m_list->setCurrentRow(0); // shows it
}

RelationsPanel::~RelationsPanel() = default;

int RelationsPanel::count() const {
    return m_list->count();
}

int RelationsPanel::currentIndex() const {
    return m_list->currentRow();
}

void RelationsPanel::setCurrentIndex(int index) {
    m_list->setCurrentRow(index);
}

bool RelationsPanel::selectIdentity(const QString &key) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kKeyRole).toString() == key) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

QString RelationsPanel::currentKey() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

QList<Pin> RelationsPanel::pinsFor(const actlab::Identity &identity) {
    QList<Pin> pins;
    for (const actlab::IdentityTerm &term : identity.terms)
        pins << Pin{QString::fromStdString(term.id), term.params, {}, true};
    return pins;
}

void RelationsPanel::setXRange(double lo, double hi) {
    m_plot->xAxis->setRange(lo, hi); // resamples through rangeChanged
}

void RelationsPanel::setTheme(PlotTheme theme) {
    m_theme = theme;
    applyTheme();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

const actlab::Identity *RelationsPanel::current() const {
    return actlab::findIdentity(currentKey().toStdString());
}

void RelationsPanel::showCurrent() {
    const actlab::Identity *identity = current();
    m_open->setEnabled(identity != nullptr);
    if (identity) {
        m_plot->graph(0)->setName(QString::fromUtf8(identity->lhsLabel));
        m_plot->graph(1)->setName(QString::fromUtf8(identity->rhsLabel));
    }
    resample();
}

void RelationsPanel::resample() {
    const actlab::Identity *identity = current();
    if (!identity) {
        m_comparison = {};
        m_plot->graph(0)->data()->clear();
        m_plot->graph(1)->data()->clear();
        m_marker->setVisible(false);
        updateTexts();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const QCPRange x = m_plot->xAxis->range();
    m_comparison = actlab::compareIdentity(*identity, x.lower, x.upper, kSamples);
    const auto graphData = [this](const std::vector<double> &y) {
        QVector<QCPGraphData> data;
        data.reserve(qsizetype(y.size()));
        for (std::size_t i = 0; i < y.size(); ++i)
            data.append(QCPGraphData(m_comparison.x[i], std::isfinite(y[i]) ? y[i] : qQNaN()));
        return data;
    };
    m_plot->graph(0)->data()->set(graphData(m_comparison.lhs), true);
    m_plot->graph(1)->data()->set(graphData(m_comparison.rhs), true);
    // Both curves in view with a margin; a flat pair gets a unit-high window around it.
    const double span = m_comparison.yMax - m_comparison.yMin;
    const double margin = span > 1e-9 ? 0.08 * span : 0.5;
    m_plot->yAxis->setRange(m_comparison.yMin - margin, m_comparison.yMax + margin);
    m_marker->point1->setCoords(m_comparison.maxDifferenceAt, 0);
    m_marker->point2->setCoords(m_comparison.maxDifferenceAt, 1);
    m_marker->setVisible(!m_comparison.x.empty());
    updateTexts();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RelationsPanel::updateTexts() {
    const actlab::Identity *identity = current();
    if (!identity) {
        m_title->clear();
        m_explanation->clear();
        m_difference->clear();
        m_verdict->clear();
        m_open->setToolTip({});
        return;
    }
    m_title->setText(identityText(identity->title));
    m_explanation->setText(identityText(identity->explanation));
    const QCPRange x = m_plot->xAxis->range();
    m_difference->setText(tr("Largest difference on [%1, %2]: %3 at x = %4")
                              .arg(UiNumber::real(x.lower, 'g', 3), UiNumber::real(x.upper, 'g', 3),
                                   differenceText(m_comparison.maxDifference),
                                   UiNumber::real(m_comparison.maxDifferenceAt + 0.0, 'g', 3)));
    m_verdict->setText(identity->exact
                           ? tr("Exact: both sides are the same function, and what difference "
                                "remains is rounding in double precision.")
                           : tr("Approximate: the gap between the curves is real, not rounding."));
    QStringList names;
    for (const actlab::IdentityTerm &term : identity->terms) {
        const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(term.id);
        PlottedActivation a;
        a.id = QString::fromStdString(term.id);
        a.params = term.params;
        a.spec = entry ? &entry->spec : nullptr;
        names << plottedName(a);
    }
    m_open->setToolTip(tr("Pin %1 to the explorer's plot, with the parameters this relation "
                          "needs (one undo step)")
                           .arg(QLocale().createSeparatedList(names)));
}

void RelationsPanel::applyTheme() {
    applyChartTheme(m_plot, m_theme);
    const PlotPalette palette = PlotPalette::forTheme(m_theme);
    m_plot->legend->setBrush(palette.legendBackground);
    m_plot->legend->setBorderPen(QPen(palette.legendBorder));
    m_plot->legend->setTextColor(palette.foreground);
    // The left side solid, the right side dashed on top of it: where they coincide, the dashes
    // run along the solid line.
    m_plot->graph(0)->setPen(
        QPen(PlotPalette::curveColour(m_theme, 0), PlotPalette::penWidth(0), Qt::SolidLine));
    m_plot->graph(1)->setPen(
        QPen(PlotPalette::curveColour(m_theme, 1), PlotPalette::penWidth(1), Qt::DashLine));
    m_marker->setPen(QPen(palette.guide, 1, Qt::DotLine));
}

void RelationsPanel::retranslateUi() {
    m_intro->setText(tr("Relations every student should know. Pick one: its two sides are drawn "
                        "as two curves, the second dashed, so where they agree you see a single "
                        "line."));
    m_list->setToolTip(tr("Pick a relation to draw its two sides"));
    for (int row = 0; row < m_list->count(); ++row) {
        const actlab::Identity *identity =
            actlab::findIdentity(m_list->item(row)->data(kKeyRole).toString().toStdString());
        if (identity)
            m_list->item(row)->setToolTip(identityText(identity->title));
    }
    m_plot->xAxis->setLabel(tr("input x"));
    m_plot->yAxis->setLabel(tr("value of each side"));
    m_plot->setToolTip(tr("Drag to pan, wheel to zoom: the largest difference follows the "
                          "visible range, and the dotted line marks where it is"));
    m_open->setText(tr("Open as &pins"));
    updateTexts();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RelationsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange) // the interface zoom
        fitListHeight();
    QWidget::changeEvent(event);
}

void RelationsPanel::fitListHeight() {
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth());
}
