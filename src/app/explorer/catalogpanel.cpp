// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "activationresolver.h"
#include "catalogfiltermodel.h"
#include "catalogitemdelegate.h"
#include "catalogroles.h"
#include "catalogtext.h"
#include "curveicon.h"
#include "formuladialog.h"

using actlab::Family;

namespace {

constexpr QSize kIconSize(44, 28);

const Family kFamilies[] = {Family::Relu,     Family::Sigmoid, Family::Elu,     Family::Gated,
                            Family::Softplus, Family::Shrink,  Family::Classic, Family::Vector};

QString builtinSubtitle(const actlab::ActivationSpec &spec) {
    QStringList names{QString::fromStdString(spec.id)};
    for (const std::string &alias : spec.aliases)
        names << QString::fromStdString(alias);
    return names.join(QStringLiteral(" · "));
}

/// Everything a student might type for this entry: id, aliases (also with spaces for
/// underscores), the English name, the name in the current language and the Chinese name.
QString builtinSearchText(const actlab::ActivationSpec &spec) {
    QStringList words{QString::fromStdString(spec.id),
                      QString::fromStdString(spec.id).replace(QLatin1Char('_'), QLatin1Char(' ')),
                      QString::fromUtf8(spec.texts.name), activationName(spec),
                      chineseCatalogText(spec.texts.name)};
    for (const std::string &alias : spec.aliases) {
        const QString a = QString::fromStdString(alias);
        words << a << QString(a).replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return words.join(QLatin1Char('\n'));
}

} // namespace

CatalogPanel::CatalogPanel(QWidget *parent)
    : QWidget(parent)
    , m_formulas(loadUserFormulas()) {
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(this);
    m_filter = new CatalogFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(kIconSize);
    m_tree->setItemDelegate(new CatalogItemDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAnimated(false);
    m_tree->setIndentation(14);

    m_addButton = new QToolButton(this);
    m_editButton = new QToolButton(this);
    m_removeButton = new QToolButton(this);
    for (QToolButton *button : {m_addButton, m_editButton, m_removeButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    buildModel();
    retranslateUi();
    refreshIcons();
    m_tree->expandAll();
    updateButtons();

    connect(m_search, &QLineEdit::textChanged, this, &CatalogPanel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QStringList ids = visibleIds();
        if (!ids.isEmpty())
            selectActivation(ids.front());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CatalogPanel::showContextMenu);
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(CatalogRoles::FormulaIndex).toInt() >= 0 &&
            !index.data(CatalogRoles::Id).toString().isEmpty())
            editFormulaInteractively();
    });
    connect(m_addButton, &QToolButton::clicked, this, &CatalogPanel::addFormulaInteractively);
    connect(m_editButton, &QToolButton::clicked, this, &CatalogPanel::editFormulaInteractively);
    connect(m_removeButton, &QToolButton::clicked, this, &CatalogPanel::removeFormulaInteractively);
}

CatalogPanel::~CatalogPanel() = default;

void CatalogPanel::buildModel() {
    const auto &entries = actlab::Catalog::builtin().entries();
    for (Family family : kFamilies) {
        QStandardItem *group = nullptr;
        for (const actlab::CatalogEntry &entry : entries) {
            if (entry.spec.family != family)
                continue;
            if (!group) {
                group = new QStandardItem;
                group->setFlags(Qt::ItemIsEnabled);
                group->setData(int(family), CatalogRoles::FamilyKey);
                m_model->appendRow(group);
            }
            auto *item = new QStandardItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setData(QString::fromStdString(entry.spec.id), CatalogRoles::Id);
            item->setData(builtinSubtitle(entry.spec), CatalogRoles::Subtitle);
            item->setData(-1, CatalogRoles::FormulaIndex);
            group->appendRow(item);
        }
    }
    rebuildFormulaGroup();
}

void CatalogPanel::rebuildFormulaGroup() {
    // Rebuilding moves rows under the selection; keep the selection signal quiet meanwhile.
    const QString current = currentId();
    {
        const QScopedValueRollback<bool> guard(m_rebuilding, true);
        if (m_formulaGroup) {
            m_model->removeRow(m_formulaGroup->row());
            m_formulaGroup = nullptr;
        }
        if (!m_formulas.isEmpty()) {
            m_formulaGroup = new QStandardItem;
            m_formulaGroup->setFlags(Qt::ItemIsEnabled);
            m_formulaGroup->setData(int(Family::Formula), CatalogRoles::FamilyKey);
            for (int i = 0; i < m_formulas.size(); ++i) {
                const UserFormula &formula = m_formulas[i];
                auto *item = new QStandardItem(formula.displayName());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setData(formula.id(), CatalogRoles::Id);
                item->setData(QStringLiteral("f(x) = ") + formula.expression,
                              CatalogRoles::Subtitle);
                item->setData(QStringList{formula.name, formula.expression}.join(QLatin1Char('\n')),
                              CatalogRoles::SearchText);
                item->setData(i, CatalogRoles::FormulaIndex);
                item->setToolTip(formula.expression);
                m_formulaGroup->appendRow(item);
            }
            m_model->appendRow(m_formulaGroup);
            m_formulaGroup->setText(familyDisplayName(Family::Formula));
        }
        if (QStandardItem *item = findItem(current)) {
            const QModelIndex index = m_filter->mapFromSource(item->index());
            m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        }
    }
    refreshIcons();
    m_tree->expandAll();
    updateButtons();
}

void CatalogPanel::retranslateUi() {
    m_search->setPlaceholderText(tr("Search: name, id or alias (English or 中文)"));
    m_search->setToolTip(tr("Type part of a name in English or Chinese, a Keras id or an alias, "
                            "e.g. swish or 修正. Enter selects the first match."));
    m_addButton->setText(tr("Add formula…"));
    m_addButton->setToolTip(tr("Define your own activation as a formula in x"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit the selected formula"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected formula"));

    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *group = m_model->item(row);
        group->setText(familyDisplayName(Family(group->data(CatalogRoles::FamilyKey).toInt())));
        for (int i = 0; i < group->rowCount(); ++i) {
            QStandardItem *item = group->child(i);
            if (item->data(CatalogRoles::FormulaIndex).toInt() >= 0)
                continue; // user formulas carry the user's own words
            const ResolvedActivation resolved =
                resolveActivation(item->data(CatalogRoles::Id).toString());
            if (!resolved.entry)
                continue;
            const actlab::ActivationSpec &spec = resolved.entry->spec;
            item->setText(activationName(spec));
            item->setData(builtinSearchText(spec), CatalogRoles::SearchText);
            item->setToolTip(catalogText(spec.texts.traits));
        }
    }
    m_filter->invalidate();
    m_tree->expandAll();
}

void CatalogPanel::refreshIcons() {
    const QColor curve = palette().color(QPalette::Text);
    QColor axes = palette().color(QPalette::Text);
    axes.setAlphaF(0.35f);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *group = m_model->item(row);
        for (int i = 0; i < group->rowCount(); ++i) {
            QStandardItem *item = group->child(i);
            const ResolvedActivation resolved =
                resolveActivation(item->data(CatalogRoles::Id).toString());
            if (!resolved.isValid()) {
                item->setIcon(QIcon());
                continue;
            }
            const std::vector<double> params =
                resolved.entry ? resolved.entry->spec.defaultParams() : std::vector<double>{};
            item->setIcon(curveIcon(*resolved.function, params, curve, axes, kIconSize));
        }
    }
}

QString CatalogPanel::currentId() const {
    return m_tree->currentIndex().data(CatalogRoles::Id).toString();
}

QStandardItem *CatalogPanel::findItem(const QString &id) const {
    if (id.isEmpty())
        return nullptr;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *group = m_model->item(row);
        for (int i = 0; i < group->rowCount(); ++i)
            if (group->child(i)->data(CatalogRoles::Id).toString() == id)
                return group->child(i);
    }
    return nullptr;
}

bool CatalogPanel::selectActivation(const QString &id) {
    QString canonical = id;
    if (!UserFormula::isFormulaId(id)) {
        const ResolvedActivation resolved = resolveActivation(id);
        if (!resolved.entry)
            return false;
        canonical = resolved.id;
    }
    QStandardItem *item = findItem(canonical);
    if (!item)
        return false;
    QModelIndex index = m_filter->mapFromSource(item->index());
    if (!index.isValid()) { // hidden by the search: show everything again
        m_search->clear();
        index = m_filter->mapFromSource(item->index());
    }
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    // Before the first show the view has no height to scroll in: the top stays in view.
    if (m_tree->isVisible()) {
        if (index.row() == 0) // show the family heading with its first entry
            m_tree->scrollTo(index.parent());
        m_tree->scrollTo(index);
    }
    return true;
}

void CatalogPanel::selectRelative(int delta) {
    const QStringList ids = visibleIds();
    if (ids.isEmpty())
        return;
    const qsizetype at = ids.indexOf(currentId());
    qsizetype next = 0;
    if (at < 0)
        next = delta >= 0 ? 0 : ids.size() - 1;
    else
        next = ((at + delta) % ids.size() + ids.size()) % ids.size();
    selectActivation(ids[next]);
}

void CatalogPanel::setSearchText(const QString &text) {
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    // Filtering moves the view's current row when it hides it; that is not a user's choice, so
    // the shown activation stays, and is selected again once the search lets it through.
    const QScopedValueRollback<bool> guard(m_rebuilding, true);
    m_filter->setSearchText(text);
    m_tree->expandAll();
    const QStandardItem *shown = findItem(m_lastEmitted);
    const QModelIndex index = shown ? m_filter->mapFromSource(shown->index()) : QModelIndex();
    if (index.isValid())
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_tree->selectionModel()->clear();
    updateButtons();
}

QString CatalogPanel::searchText() const {
    return m_search->text();
}

QStringList CatalogPanel::visibleIds() const {
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex group = m_filter->index(row, 0);
        for (int i = 0; i < m_filter->rowCount(group); ++i)
            ids << m_filter->index(i, 0, group).data(CatalogRoles::Id).toString();
    }
    return ids;
}

QString CatalogPanel::displayName(const QString &id) const {
    if (QStandardItem *item = findItem(id))
        return item->text();
    const ResolvedActivation resolved = resolveActivation(id);
    if (resolved.entry)
        return activationName(resolved.entry->spec);
    return UserFormula::isFormulaId(id) ? id.mid(UserFormula::idPrefix().size()) : id;
}

void CatalogPanel::onCurrentChanged(const QModelIndex &current) {
    updateButtons();
    if (m_rebuilding)
        return;
    const QString id = current.data(CatalogRoles::Id).toString();
    if (id.isEmpty() || id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit activationSelected(id);
}

void CatalogPanel::updateButtons() {
    const bool formula = currentFormulaIndex() >= 0;
    m_editButton->setEnabled(formula);
    m_removeButton->setEnabled(formula);
}

int CatalogPanel::currentFormulaIndex() const {
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || index.data(CatalogRoles::Id).toString().isEmpty())
        return -1;
    return index.data(CatalogRoles::FormulaIndex).toInt();
}

void CatalogPanel::persistFormulas() {
    saveUserFormulas(m_formulas);
}

QString CatalogPanel::addFormula(const UserFormula &formula) {
    for (const UserFormula &existing : std::as_const(m_formulas))
        if (existing.expression == formula.expression)
            return existing.id();
    m_formulas.append(formula);
    persistFormulas();
    rebuildFormulaGroup();
    return formula.id();
}

void CatalogPanel::replaceFormula(int index, const UserFormula &formula) {
    if (index < 0 || index >= m_formulas.size())
        return;
    const QString oldId = m_formulas[index].id();
    m_formulas[index] = formula;
    persistFormulas();
    rebuildFormulaGroup();
    if (oldId != formula.id())
        emit formulaReplaced(oldId, formula.id());
}

void CatalogPanel::removeFormula(int index) {
    if (index < 0 || index >= m_formulas.size())
        return;
    const QString oldId = m_formulas.takeAt(index).id();
    persistFormulas();
    rebuildFormulaGroup();
    emit formulaReplaced(oldId, QString());
}

void CatalogPanel::addFormulaInteractively() {
    FormulaDialog dialog(this);
    dialog.setWindowTitle(tr("Add a formula"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectActivation(addFormula(dialog.formula()));
}

void CatalogPanel::editFormulaInteractively() {
    const int index = currentFormulaIndex();
    if (index < 0)
        return;
    FormulaDialog dialog(this);
    dialog.setWindowTitle(tr("Edit formula"));
    dialog.setFormula(m_formulas[index]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    replaceFormula(index, dialog.formula());
}

void CatalogPanel::removeFormulaInteractively() {
    const int index = currentFormulaIndex();
    if (index < 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove formula"),
        tr("Remove the formula \"%1\"?").arg(m_formulas[index].displayName()));
    if (answer == QMessageBox::Yes)
        removeFormula(index);
}

void CatalogPanel::showContextMenu(const QPoint &position) {
    const QModelIndex index = m_tree->indexAt(position);
    const QString id = index.data(CatalogRoles::Id).toString();
    QMenu menu(this);
    if (!id.isEmpty() && id != currentId())
        menu.addAction(tr("Compare with the current activation"), this,
                       [this, id] { emit compareRequested(id); });
    if (!id.isEmpty() && index.data(CatalogRoles::FormulaIndex).toInt() >= 0) {
        m_tree->setCurrentIndex(index);
        menu.addAction(tr("Edit formula…"), this, &CatalogPanel::editFormulaInteractively);
        menu.addAction(tr("Remove formula"), this, &CatalogPanel::removeFormulaInteractively);
    }
    menu.addAction(tr("Add formula…"), this, &CatalogPanel::addFormulaInteractively);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void CatalogPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Once the window has its final size: start from the top (the first family heading in
    // view) and scroll only as far as the selected entry needs.
    QTimer::singleShot(0, this, [this] {
        m_tree->scrollToTop();
        if (m_tree->currentIndex().isValid())
            m_tree->scrollTo(m_tree->currentIndex(), QAbstractItemView::EnsureVisible);
    });
}

void CatalogPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refreshIcons();
    QWidget::changeEvent(event);
}
