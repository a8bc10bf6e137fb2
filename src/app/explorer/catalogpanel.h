// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "userformula.h"

class CatalogFilterModel;
class QLineEdit;
class QModelIndex;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

/**
 * The left dock: every activation grouped by family, each with a small curve icon, a search box
 * that matches ids, aliases and names in both languages, and the user's own formulas under
 * "My formulas" (added, edited and removed through FormulaDialog, kept in the settings).
 * Selecting an entry emits activationSelected(); nothing else happens here.
 */
class CatalogPanel : public QWidget {
    Q_OBJECT

public:
    explicit CatalogPanel(QWidget *parent = nullptr);
    ~CatalogPanel() override;

    /// The selected id, or empty.
    QString currentId() const;
    /// Selects an id (aliases accepted), clearing the search if it hides the entry.
    /// Emits activationSelected() when the selection changes. False if the id is unknown.
    bool selectActivation(const QString &id);
    /// Moves the selection by `delta` entries among the visible ones, wrapping around.
    void selectRelative(int delta);

    void setSearchText(const QString &text);
    QString searchText() const;
    /// Ids of the entries the search leaves visible, top to bottom.
    QStringList visibleIds() const;
    /// Display name of an id in the current language (formula names included).
    QString displayName(const QString &id) const;

    QList<UserFormula> formulas() const { return m_formulas; }
    /// Adds a formula (persisted); returns its id.
    QString addFormula(const UserFormula &formula);
    void replaceFormula(int index, const UserFormula &formula);
    void removeFormula(int index);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    QStandardItemModel *model() const { return m_model; }

signals:
    void activationSelected(const QString &id);
    /// The user asked to draw this activation next to the current one.
    void compareRequested(const QString &id);
    /// A formula was edited or removed; `oldId` is gone and `newId` (maybe empty) replaces it.
    /// If `oldId` was selected, nothing is selected now: the receiver chooses what to show.
    void formulaReplaced(const QString &oldId, const QString &newId);

public slots:
    void addFormulaInteractively();
    void editFormulaInteractively();
    void removeFormulaInteractively();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildModel();
    void rebuildFormulaGroup();
    void retranslateUi();
    void refreshIcons();
    void updateButtons();
    void onCurrentChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &position);
    QStandardItem *findItem(const QString &id) const;
    int currentFormulaIndex() const;
    void persistFormulas();

    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    CatalogFilterModel *m_filter = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QStandardItem *m_formulaGroup = nullptr;
    QList<UserFormula> m_formulas;
    QString m_lastEmitted;
    bool m_shownOnce = false;
    bool m_rebuilding = false; ///< rows are being replaced: selection changes are not the user's
};
