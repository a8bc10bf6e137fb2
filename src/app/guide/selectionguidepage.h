// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

/**
 * The selection guide: situations on the left, grouped into hidden layers and the output layer;
 * on the right the answer for the chosen one (recommended activations, why, pitfalls) with a
 * button per activation that opens its catalog entry and, where one exists, a button that opens
 * the demonstration. The page only shows SelectionGuide's content and emits what the user asked
 * for; MainWindow connects the signals to the explorer and the playground.
 */
class SelectionGuidePage : public QWidget {
    Q_OBJECT

public:
    explicit SelectionGuidePage(QWidget *parent = nullptr);
    ~SelectionGuidePage() override;

    /// Shows the situation with this key (SelectionGuide::Situation::key); false when unknown.
    bool selectSituation(const QString &key);
    /// The key of the situation shown.
    QString currentKey() const;

    QTreeView *situationTree() const { return m_tree; }
    QScrollArea *answerArea() const { return m_scroll; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *whyLabel() const { return m_why; }
    /// The pitfalls of the situation shown, one label each.
    QList<QLabel *> pitfallLabels() const;
    /// "Open in the catalog", one per recommended activation of the situation shown, in order.
    QList<QPushButton *> openButtons() const;
    /// Hidden when the situation has no demonstration.
    QPushButton *demonstrationButton() const { return m_demoButton; }

signals:
    /// The user wants to see activation `id` in the explorer's catalog.
    void openActivation(const QString &id);
    /// The user wants these activations' derivatives compared in the gradient view.
    void showGradients(const QStringList &ids);
    /// The user wants a playground race: network A with `first`, network B with `second`, on
    /// the dataset generator `dataset` ("spiral", "sine", ...).
    void openRace(const QString &first, const QString &second, const QString &dataset);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ChoiceRow {
        QLabel *name = nullptr;
        QLabel *role = nullptr;
        QPushButton *open = nullptr;
        QString id;
    };
    struct PitfallRow {
        QLabel *bullet = nullptr;
        QLabel *text = nullptr;
    };

    void retranslateUi();
    void updateHeadingColours();
    void showCurrent();
    void runDemonstration();

    QLabel *m_intro = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<QStandardItem *> m_groupItems;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_recommendHeading = nullptr;
    QLabel *m_summary = nullptr;
    std::vector<ChoiceRow> m_choices;
    QLabel *m_whyHeading = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_pitfallsHeading = nullptr;
    std::vector<PitfallRow> m_pitfalls;
    QLabel *m_demoHeading = nullptr;
    QLabel *m_demoCaption = nullptr;
    QPushButton *m_demoButton = nullptr;
};
