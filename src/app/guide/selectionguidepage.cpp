// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionguidepage.h"

#include <algorithm>

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "data/datasetgenerator.h"
#include "guide/selectionguide.h"

namespace {

constexpr int kKeyRole = Qt::UserRole; ///< a situation item's key; empty on group headings
/// Wide enough for a comfortable line, narrow enough to read without losing the line.
constexpr int kMaxTextWidth = 760;

using Situation = SelectionGuide::Situation;
using DemoKind = SelectionGuide::Demonstration::Kind;

QLabel *wrappingLabel() {
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *headingLabel() {
    auto *label = new QLabel;
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// The activation's display name in the current language, or its id when unknown.
QString displayName(const QString &id) {
    const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(id.toStdString());
    return entry ? activationName(entry->spec) : id;
}

QString displayNames(const QStringList &ids) {
    QStringList names;
    for (const QString &id : ids)
        names << displayName(id);
    return QLocale().createSeparatedList(names);
}

QString datasetName(const QString &key) {
    const auto kind = actlab::datasetKindFromKey(key.toStdString());
    return kind ? QCoreApplication::translate("Dataset", actlab::datasetKindInfo(*kind).name) : key;
}

std::size_t maxChoices() {
    std::size_t n = 0;
    for (const Situation &s : SelectionGuide::situations())
        n = std::max(n, s.choices.size());
    return n;
}

std::size_t maxPitfalls() {
    std::size_t n = 0;
    for (const Situation &s : SelectionGuide::situations())
        n = std::max(n, s.pitfalls.size());
    return n;
}

} // namespace

SelectionGuidePage::SelectionGuidePage(QWidget *parent)
    : QWidget(parent) {
    // Left: the situations, under two headings that cannot be selected (the keyboard skips
    // them, as QTreeView skips disabled rows).
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_model = new QStandardItemModel(this);
    for (SelectionGuide::Group group :
         {SelectionGuide::Group::HiddenLayers, SelectionGuide::Group::OutputLayer}) {
        auto *heading = new QStandardItem;
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        m_groupItems << heading;
        for (const Situation &s : SelectionGuide::situations())
            if (s.group == group) {
                auto *item = new QStandardItem;
                item->setData(s.key, kKeyRole);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                heading->appendRow(item);
            }
        m_model->appendRow(heading);
    }
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setMinimumWidth(200);
    m_tree->expandAll();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_intro);
    leftLayout->addWidget(m_tree, 1);

    // Right: the answer, in a scroll area so that a short screen scrolls instead of clipping.
    m_title = wrappingLabel();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_recommendHeading = headingLabel();
    m_summary = wrappingLabel();
    auto *choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    for (std::size_t i = 0; i < maxChoices(); ++i) {
        ChoiceRow row;
        row.name = headingLabel();
        row.role = wrappingLabel();
        row.open = new QPushButton;
        const int r = static_cast<int>(i);
        choices->addWidget(row.name, r, 0);
        choices->addWidget(row.role, r, 1);
        choices->addWidget(row.open, r, 2, Qt::AlignTop);
        connect(row.open, &QPushButton::clicked, this, [this, i] {
            if (i < m_choices.size() && !m_choices[i].id.isEmpty())
                emit openActivation(m_choices[i].id);
        });
        m_choices.push_back(row);
    }
    m_whyHeading = headingLabel();
    m_why = wrappingLabel();
    m_pitfallsHeading = headingLabel();
    auto *pitfalls = new QGridLayout;
    pitfalls->setColumnStretch(1, 1);
    for (std::size_t i = 0; i < maxPitfalls(); ++i) {
        PitfallRow row{new QLabel(QStringLiteral("•")), wrappingLabel()};
        pitfalls->addWidget(row.bullet, static_cast<int>(i), 0, Qt::AlignTop);
        pitfalls->addWidget(row.text, static_cast<int>(i), 1);
        m_pitfalls.push_back(row);
    }
    m_demoHeading = headingLabel();
    m_demoCaption = wrappingLabel();
    m_demoButton = new QPushButton;
    connect(m_demoButton, &QPushButton::clicked, this, &SelectionGuidePage::runDemonstration);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demoButton);
    demoRow->addStretch(1);

    auto *column = new QWidget;
    column->setMaximumWidth(kMaxTextWidth);
    auto *answer = new QVBoxLayout(column);
    answer->addWidget(m_title);
    answer->addSpacing(6);
    answer->addWidget(m_recommendHeading);
    answer->addWidget(m_summary);
    answer->addLayout(choices);
    answer->addSpacing(6);
    answer->addWidget(m_whyHeading);
    answer->addWidget(m_why);
    answer->addSpacing(6);
    answer->addWidget(m_pitfallsHeading);
    answer->addLayout(pitfalls);
    answer->addSpacing(6);
    answer->addWidget(m_demoHeading);
    answer->addWidget(m_demoCaption);
    answer->addLayout(demoRow);
    answer->addStretch(1);
    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->addWidget(column, 1); // up to its maximum width; the stretch takes the rest
    contentLayout->addStretch(0);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_scroll);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 700});
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_splitter);

    // Keyboard: the list first, then the answer's buttons in reading order.
    setFocusProxy(m_tree);
    QWidget *previous = m_tree;
    for (const ChoiceRow &row : m_choices) {
        setTabOrder(previous, row.open);
        previous = row.open;
    }
    setTabOrder(previous, m_demoButton);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrent(); });

    updateHeadingColours();
    retranslateUi();
    m_tree->setCurrentIndex(m_groupItems.front()->child(0)->index());
}

SelectionGuidePage::~SelectionGuidePage() = default;

bool SelectionGuidePage::selectSituation(const QString &key) {
    for (const QStandardItem *group : std::as_const(m_groupItems))
        for (int i = 0; i < group->rowCount(); ++i)
            if (group->child(i)->data(kKeyRole).toString() == key) {
                m_tree->setCurrentIndex(group->child(i)->index());
                return true;
            }
    return false;
}

QString SelectionGuidePage::currentKey() const {
    return m_tree->currentIndex().data(kKeyRole).toString();
}

QList<QLabel *> SelectionGuidePage::pitfallLabels() const {
    QList<QLabel *> labels;
    for (const PitfallRow &row : m_pitfalls)
        if (!row.text->isHidden())
            labels << row.text;
    return labels;
}

QList<QPushButton *> SelectionGuidePage::openButtons() const {
    QList<QPushButton *> buttons;
    for (const ChoiceRow &row : m_choices)
        if (!row.open->isHidden())
            buttons << row.open;
    return buttons;
}

void SelectionGuidePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateHeadingColours();
    QWidget::changeEvent(event);
}

void SelectionGuidePage::retranslateUi() {
    m_intro->setText(tr("Choose the situation closest to yours."));
    m_tree->setAccessibleName(tr("Situations"));
    for (int g = 0; g < m_groupItems.size(); ++g) {
        QStandardItem *heading = m_groupItems[g];
        heading->setText(SelectionGuide::groupTitle(g == 0 ? SelectionGuide::Group::HiddenLayers
                                                           : SelectionGuide::Group::OutputLayer));
        for (int i = 0; i < heading->rowCount(); ++i) {
            QStandardItem *item = heading->child(i);
            if (const Situation *s = SelectionGuide::find(item->data(kKeyRole).toString())) {
                item->setText(SelectionGuide::text(s->title));
                item->setToolTip(SelectionGuide::text(s->summary));
            }
        }
    }
    m_recommendHeading->setText(tr("Recommendation"));
    m_whyHeading->setText(tr("Why"));
    m_pitfallsHeading->setText(tr("Pitfalls"));
    m_demoButton->setText(tr("Show the demonstration"));
    for (const ChoiceRow &row : m_choices)
        row.open->setText(tr("Open in the catalog"));
    showCurrent();
}

void SelectionGuidePage::updateHeadingColours() {
    // The headings are disabled items (so that nothing selects them), but they are titles, not
    // unavailable choices: they keep the normal text colour.
    for (QStandardItem *heading : std::as_const(m_groupItems))
        heading->setForeground(palette().brush(QPalette::Active, QPalette::WindowText));
}

void SelectionGuidePage::showCurrent() {
    const Situation *s = SelectionGuide::find(currentKey());
    if (!s)
        return; // nothing selectable other than situations: only before the first selection
    m_title->setText(SelectionGuide::text(s->title));
    m_summary->setText(SelectionGuide::text(s->summary));
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        ChoiceRow &row = m_choices[i];
        const bool used = i < s->choices.size();
        row.name->setVisible(used);
        row.role->setVisible(used);
        row.open->setVisible(used);
        row.id = used ? s->choices[i].id : QString();
        if (!used)
            continue;
        const QString name = displayName(row.id);
        row.name->setText(tr("%1 (%2)", "activation name and catalog id").arg(name, row.id));
        row.role->setText(SelectionGuide::text(s->choices[i].role));
        row.open->setToolTip(
            tr("Show %1 in the explorer: its curve, derivatives, parameters and properties")
                .arg(name));
        row.open->setAccessibleName(tr("Open %1 in the catalog").arg(name));
    }
    m_why->setText(SelectionGuide::text(s->why));
    for (std::size_t i = 0; i < m_pitfalls.size(); ++i) {
        const bool used = i < s->pitfalls.size();
        m_pitfalls[i].bullet->setVisible(used);
        m_pitfalls[i].text->setVisible(used);
        m_pitfalls[i].text->setText(used ? SelectionGuide::text(s->pitfalls[i]) : QString());
    }

    const SelectionGuide::Demonstration &demo = s->demonstration;
    const bool hasDemo = demo.kind != DemoKind::None;
    m_demoHeading->setVisible(hasDemo);
    m_demoCaption->setVisible(hasDemo);
    m_demoButton->setVisible(hasDemo);
    if (demo.kind == DemoKind::Gradients) {
        m_demoHeading->setText(tr("Demonstration: gradient view"));
        m_demoButton->setToolTip(
            tr("Pin %1 in the explorer and compare their derivatives in the gradient view")
                .arg(displayNames(demo.ids)));
    } else if (demo.kind == DemoKind::Race) {
        m_demoHeading->setText(tr("Demonstration: a race in the playground"));
        m_demoButton->setToolTip(tr("Open the playground with a race on the “%1” data: network A "
                                    "uses %2, network B uses %3, everything else is the same")
                                     .arg(datasetName(demo.dataset), displayName(demo.ids.value(0)),
                                          displayName(demo.ids.value(1))));
    }
    m_demoCaption->setText(SelectionGuide::text(demo.caption));
    m_scroll->verticalScrollBar()->setValue(0);
}

void SelectionGuidePage::runDemonstration() {
    const Situation *s = SelectionGuide::find(currentKey());
    if (!s)
        return;
    const SelectionGuide::Demonstration &demo = s->demonstration;
    if (demo.kind == DemoKind::Gradients)
        emit showGradients(demo.ids);
    else if (demo.kind == DemoKind::Race && demo.ids.size() == 2)
        emit openRace(demo.ids[0], demo.ids[1], demo.dataset);
}
