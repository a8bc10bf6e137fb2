// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "data/datasetgenerator.h"
#include "englishcheck.h"
#include "guide/selectionguide.h"
#include "guide/selectionguidepage.h"
#include "languagemanager.h"

using namespace actlab;
using Situation = SelectionGuide::Situation;
using Group = SelectionGuide::Group;
using DemoKind = SelectionGuide::Demonstration::Kind;

namespace {

QStringList keysOf(Group group) {
    QStringList keys;
    for (const Situation &s : SelectionGuide::situations())
        if (s.group == group)
            keys << s.key;
    return keys;
}

/// The canonical catalog entry for `id`, or null (an alias does not count: the explorer and the
/// playground are handed ids, and an alias would select a different spelling).
const CatalogEntry *canonical(const QString &id) {
    const CatalogEntry *entry = Catalog::builtin().find(id.toStdString());
    return entry && QString::fromStdString(entry->spec.id) == id ? entry : nullptr;
}

int sentences(const QString &text) {
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    return int(text.count(end));
}

QModelIndex headingIndex(const QTreeView *tree, int group) {
    return tree->model()->index(group, 0);
}

QModelIndex situationIndex(const QTreeView *tree, int group, int row) {
    return tree->model()->index(row, 0, headingIndex(tree, group));
}

bool hasChinese(const QString &text) {
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(cjk);
}

} // namespace

/** The activation selection guide: its content, and the page that shows it in both languages. */
class TestSelectionGuidePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ActLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_selectionguidepage"));
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    }

    void cleanup() { m_languages->setLanguage(QStringLiteral("en")); }

    void bothGroupsHoldTheirSituations() {
        QCOMPARE(keysOf(Group::HiddenLayers),
                 (QStringList{QStringLiteral("default"), QStringLiteral("deep"),
                              QStringLiteral("self_normalising"), QStringLiteral("transformer"),
                              QStringLiteral("recurrent"), QStringLiteral("small_devices")}));
        QCOMPARE(keysOf(Group::OutputLayer),
                 (QStringList{QStringLiteral("binary"), QStringLiteral("multiclass"),
                              QStringLiteral("multilabel"), QStringLiteral("regression"),
                              QStringLiteral("positive_regression"),
                              QStringLiteral("bounded_regression")}));
        QVERIFY(!SelectionGuide::find(QStringLiteral("no_such_situation")));
        QCOMPARE(SelectionGuide::groupTitle(Group::HiddenLayers), QStringLiteral("Hidden layers"));
        QCOMPARE(SelectionGuide::groupTitle(Group::OutputLayer), QStringLiteral("Output layer"));
    }

    void everyAnswerIsComplete() {
        for (const Situation &s : SelectionGuide::situations()) {
            const char *key = qPrintable(s.key);
            QVERIFY2(s.title && s.summary && s.why, key);
            QVERIFY2(!s.choices.empty(), key);
            const int n = sentences(QString::fromUtf8(s.why));
            QVERIFY2(n >= 2 && n <= 3, qPrintable(s.key + QStringLiteral(": %1").arg(n)));
            QVERIFY2(!s.pitfalls.empty(), key);
            for (const char *pitfall : s.pitfalls)
                QVERIFY2(pitfall && *pitfall, key);
            QCOMPARE(SelectionGuide::find(s.key), &s);
        }
    }

    void recommendationsAreCatalogEntries() {
        for (const Situation &s : SelectionGuide::situations())
            for (const SelectionGuide::Choice &choice : s.choices)
                QVERIFY2(canonical(choice.id), qPrintable(s.key + QLatin1Char(':') + choice.id));
        // What the brief asks for, where it asks for it.
        const auto ids = [](const char *key) {
            QStringList list;
            for (const SelectionGuide::Choice &c :
                 SelectionGuide::find(QString::fromLatin1(key))->choices)
                list << c.id;
            return list;
        };
        QCOMPARE(ids("default").first(), QStringLiteral("relu"));
        QVERIFY(ids("self_normalising").contains(QStringLiteral("selu")));
        QVERIFY(ids("transformer").contains(QStringLiteral("gelu")));
        QCOMPARE(ids("recurrent"),
                 (QStringList{QStringLiteral("tanh"), QStringLiteral("sigmoid")}));
        QVERIFY(ids("small_devices").contains(QStringLiteral("hard_silu")));
        QVERIFY(ids("small_devices").contains(QStringLiteral("hard_sigmoid")));
        QCOMPARE(ids("binary"), QStringList{QStringLiteral("sigmoid")});
        QCOMPARE(ids("multiclass"), QStringList{QStringLiteral("softmax")});
        QCOMPARE(ids("multilabel"), QStringList{QStringLiteral("sigmoid")});
        QCOMPARE(ids("regression"), QStringList{QStringLiteral("linear")});
        QCOMPARE(ids("positive_regression").first(), QStringLiteral("softplus"));
        QVERIFY(ids("positive_regression").contains(QStringLiteral("exponential")));
        QVERIFY(ids("bounded_regression").contains(QStringLiteral("sigmoid")));
        QVERIFY(ids("bounded_regression").contains(QStringLiteral("tanh")));
    }

    void demonstrationsUseRealActivationsAndData() {
        int gradients = 0, races = 0;
        for (const Situation &s : SelectionGuide::situations()) {
            const SelectionGuide::Demonstration &demo = s.demonstration;
            const char *key = qPrintable(s.key);
            if (demo.kind == DemoKind::None) {
                QVERIFY2(demo.ids.isEmpty() && !demo.caption, key);
                continue;
            }
            QVERIFY2(demo.caption && *demo.caption, key);
            for (const QString &id : demo.ids)
                QVERIFY2(canonical(id), qPrintable(s.key + QLatin1Char(':') + id));
            if (demo.kind == DemoKind::Gradients) {
                ++gradients;
                QVERIFY2(demo.ids.size() >= 2 && demo.dataset.isEmpty(), key);
                QCOMPARE(QSet<QString>(demo.ids.begin(), demo.ids.end()).size(), demo.ids.size());
            } else {
                ++races;
                QCOMPARE(demo.ids.size(), 2);
                QVERIFY2(demo.ids[0] != demo.ids[1], key);
                // A hidden layer takes scalar activations only.
                for (const QString &id : demo.ids)
                    QVERIFY2(!canonical(id)->spec.isVector, qPrintable(id));
                QVERIFY2(datasetKindFromKey(demo.dataset.toStdString()), key);
            }
        }
        QVERIFY(gradients >= 3);
        QVERIFY(races >= 2);
        // The regression race runs on regression data (a linear output), the default one on a
        // classification problem.
        const auto task = [](const char *key) {
            const QString dataset =
                SelectionGuide::find(QString::fromLatin1(key))->demonstration.dataset;
            return datasetKindInfo(*datasetKindFromKey(dataset.toStdString())).task;
        };
        QCOMPARE(task("regression"), Task::Regression);
        QCOMPARE(task("default"), Task::Binary);
    }

    void theTreeListsBothGroups() {
        SelectionGuidePage page;
        const QTreeView *tree = page.situationTree();
        const QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 2);
        const Group groups[] = {Group::HiddenLayers, Group::OutputLayer};
        for (int g = 0; g < 2; ++g) {
            const QModelIndex heading = headingIndex(tree, g);
            QCOMPARE(heading.data().toString(), SelectionGuide::groupTitle(groups[g]));
            QVERIFY(!(model->flags(heading) & Qt::ItemIsSelectable));
            QVERIFY(tree->isExpanded(heading));
            const QStringList keys = keysOf(groups[g]);
            QCOMPARE(model->rowCount(heading), keys.size());
            for (int i = 0; i < keys.size(); ++i) {
                const Situation *s = SelectionGuide::find(keys[i]);
                const QModelIndex item = situationIndex(tree, g, i);
                QCOMPARE(item.data().toString(), QString::fromUtf8(s->title));
                QCOMPARE(item.data(Qt::ToolTipRole).toString(), QString::fromUtf8(s->summary));
                QVERIFY(model->flags(item) & Qt::ItemIsEnabled);
            }
        }
        QCOMPARE(page.currentKey(), QStringLiteral("default")); // something to read at once
    }

    void selectingShowsTheAnswer() {
        SelectionGuidePage page;
        QVERIFY(page.selectSituation(QStringLiteral("recurrent")));
        QCOMPARE(page.currentKey(), QStringLiteral("recurrent"));
        const Situation *s = SelectionGuide::find(QStringLiteral("recurrent"));
        QCOMPARE(page.titleLabel()->text(), QString::fromUtf8(s->title));
        QCOMPARE(page.summaryLabel()->text(), QString::fromUtf8(s->summary));
        QCOMPARE(page.whyLabel()->text(), QString::fromUtf8(s->why));
        QCOMPARE(page.pitfallLabels().size(), qsizetype(s->pitfalls.size()));
        QCOMPARE(page.pitfallLabels().first()->text(), QString::fromUtf8(s->pitfalls.front()));
        QCOMPARE(page.openButtons().size(), 2);
        for (QPushButton *button : page.openButtons()) {
            QCOMPARE(button->text(), QStringLiteral("Open in the catalog"));
            QVERIFY(!button->toolTip().isEmpty());
        }
        // The names of the recommended activations are on the page.
        QStringList texts;
        for (const QLabel *label : page.findChildren<QLabel *>())
            if (!label->isHidden())
                texts << label->text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Hyperbolic tangent (tanh)")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Sigmoid (logistic) (sigmoid)")));

        QVERIFY(!page.selectSituation(QStringLiteral("no_such_situation")));
        QCOMPARE(page.currentKey(), QStringLiteral("recurrent"));
    }

    void openButtonsEmitTheirIds() {
        SelectionGuidePage page;
        QSignalSpy spy(&page, &SelectionGuidePage::openActivation);
        for (const Situation &s : SelectionGuide::situations()) {
            QVERIFY(page.selectSituation(s.key));
            const QList<QPushButton *> buttons = page.openButtons();
            QCOMPARE(buttons.size(), qsizetype(s.choices.size()));
            for (std::size_t i = 0; i < s.choices.size(); ++i) {
                buttons[qsizetype(i)]->click();
                QCOMPARE(spy.count(), 1);
                QCOMPARE(spy.takeFirst().at(0).toString(), s.choices[i].id);
            }
        }
        // With the keyboard too.
        page.selectSituation(QStringLiteral("small_devices"));
        QTest::keyClick(page.openButtons().at(1), Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("hard_sigmoid"));
    }

    void demonstrationButtonEmitsTheDemonstration() {
        SelectionGuidePage page;
        QSignalSpy gradients(&page, &SelectionGuidePage::showGradients);
        QSignalSpy races(&page, &SelectionGuidePage::openRace);
        for (const Situation &s : SelectionGuide::situations()) {
            QVERIFY(page.selectSituation(s.key));
            const SelectionGuide::Demonstration &demo = s.demonstration;
            QCOMPARE(!page.demonstrationButton()->isHidden(), demo.kind != DemoKind::None);
            if (demo.kind == DemoKind::None)
                continue;
            QVERIFY(!page.demonstrationButton()->toolTip().isEmpty());
            page.demonstrationButton()->click();
            if (demo.kind == DemoKind::Gradients) {
                QCOMPARE(gradients.count(), 1);
                QCOMPARE(gradients.takeFirst().at(0).toStringList(), demo.ids);
            } else {
                QCOMPARE(races.count(), 1);
                const QList<QVariant> args = races.takeFirst();
                QCOMPARE(args.at(0).toString(), demo.ids[0]);
                QCOMPARE(args.at(1).toString(), demo.ids[1]);
                QCOMPARE(args.at(2).toString(), demo.dataset);
            }
            QCOMPARE(gradients.count() + races.count(), 0);
        }

        // The ones the brief names.
        page.selectSituation(QStringLiteral("default"));
        page.demonstrationButton()->click();
        QCOMPARE(races.count(), 1);
        QCOMPARE(races.first().at(0).toString(), QStringLiteral("relu"));
        QCOMPARE(races.first().at(1).toString(), QStringLiteral("sigmoid"));
        QCOMPARE(races.first().at(2).toString(), QStringLiteral("spiral"));
        page.selectSituation(QStringLiteral("deep"));
        page.demonstrationButton()->click();
        QCOMPARE(gradients.count(), 1);
        QVERIFY(gradients.first().at(0).toStringList().contains(QStringLiteral("sigmoid")));
        QVERIFY(gradients.first().at(0).toStringList().contains(QStringLiteral("relu")));

        // No demonstration: the button is hidden and its section with it.
        page.selectSituation(QStringLiteral("multiclass"));
        QVERIFY(page.demonstrationButton()->isHidden());
    }

    void keyboardSkipsTheGroupHeadings() {
        SelectionGuidePage page;
        page.resize(1024, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeView *tree = page.situationTree();
        page.setFocus(); // the page hands focus to the list
        QCOMPARE(QApplication::focusWidget(), tree);

        const QStringList hidden = keysOf(Group::HiddenLayers);
        const QStringList output = keysOf(Group::OutputLayer);
        QVERIFY(page.selectSituation(hidden.last()));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(page.currentKey(), output.first()); // over the "Output layer" heading
        QCOMPARE(page.titleLabel()->text(),
                 QString::fromUtf8(SelectionGuide::find(output.first())->title));
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(page.currentKey(), hidden.last());
        QTest::keyClick(tree, Qt::Key_Home);
        QCOMPARE(page.currentKey(), hidden.first());
        QTest::keyClick(tree, Qt::Key_Up); // nothing above the first situation but a heading
        QCOMPARE(page.currentKey(), hidden.first());
        QTest::keyClick(tree, Qt::Key_End);
        QCOMPARE(page.currentKey(), output.last());

        // Clicking a heading changes nothing.
        const QRect heading = tree->visualRect(headingIndex(tree, 0));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, heading.center());
        QCOMPARE(page.currentKey(), output.last());
        const QRect first = tree->visualRect(situationIndex(tree, 0, 0));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(page.currentKey(), hidden.first());

        // Tab leaves the list for the answer's buttons.
        QVERIFY(page.selectSituation(QStringLiteral("recurrent")));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page.openButtons().first());
    }

    void fitsA1024By768Screen() {
        for (const char *language : {"en", "zh_CN"}) {
            QVERIFY(m_languages->setLanguage(QString::fromLatin1(language)));
            SelectionGuidePage page;
            QVERIFY2(page.minimumSizeHint().width() <= 1024 &&
                         page.minimumSizeHint().height() <= 720,
                     qPrintable(QStringLiteral("%1: %2×%3")
                                    .arg(QString::fromLatin1(language))
                                    .arg(page.minimumSizeHint().width())
                                    .arg(page.minimumSizeHint().height())));
            page.resize(1024, 720);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            for (const Situation &s : SelectionGuide::situations()) {
                QVERIFY(page.selectSituation(s.key));
                QCoreApplication::processEvents();
                // The texts wrap: nothing sticks out to the right of the answer area.
                const QWidget *content = page.answerArea()->widget();
                QVERIFY2(content->width() <= page.answerArea()->viewport()->width(),
                         qPrintable(s.key));
                QVERIFY(page.whyLabel()->wordWrap());
                // Every situation title fits the list without being cut short.
                const QTreeView *tree = page.situationTree();
                for (int g = 0; g < 2; ++g)
                    for (int i = 0; i < tree->model()->rowCount(headingIndex(tree, g)); ++i) {
                        const QString title = situationIndex(tree, g, i).data().toString();
                        const int needed =
                            tree->fontMetrics().horizontalAdvance(title) + tree->indentation();
                        QVERIFY2(needed <= tree->viewport()->width(), qPrintable(title));
                    }
            }
        }
    }

    void chineseThroughoutAndBack() {
        SelectionGuidePage page;
        page.resize(1024, 720);
        page.show();
        QVERIFY(page.selectSituation(QStringLiteral("self_normalising")));
        const QString englishTitle = page.titleLabel()->text();
        QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents(); // LanguageChange is posted to the widgets
        QCOMPARE(page.currentKey(), QStringLiteral("self_normalising"));
        QVERIFY(page.titleLabel()->text() != englishTitle);
        QVERIFY(hasChinese(page.titleLabel()->text()));

        QSet<QString> allowed =
            UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
        // Names and code a Chinese text keeps: frameworks' identifiers, people, models.
        for (const char *w : {"He", "Glorot", "Kaiming", "LeCun", "Dropout", "Transformer",
                              "from_logits", "pos_weight", "nonlinearity", "True", "ops", "Huber"})
            allowed << QString::fromLatin1(w);
        EnglishCheck english(allowed);
        const QTreeView *tree = page.situationTree();
        for (int g = 0; g < 2; ++g) {
            const QString heading = headingIndex(tree, g).data().toString();
            QVERIFY2(hasChinese(heading), qPrintable(heading));
            for (int i = 0; i < tree->model()->rowCount(headingIndex(tree, g)); ++i) {
                const QModelIndex item = situationIndex(tree, g, i);
                QVERIFY2(hasChinese(item.data().toString()), qPrintable(item.data().toString()));
                english.check(QStringLiteral("situation"), item.data().toString());
                english.check(QStringLiteral("situation tooltip"),
                              item.data(Qt::ToolTipRole).toString());
            }
        }
        for (const Situation &s : SelectionGuide::situations()) {
            QVERIFY(page.selectSituation(s.key));
            english.widgets(&page);
            for (const QLabel *label : {page.titleLabel(), page.summaryLabel(), page.whyLabel()})
                QVERIFY2(hasChinese(label->text()), qPrintable(label->text()));
            for (const QLabel *label : page.pitfallLabels())
                QVERIFY2(hasChinese(label->text()), qPrintable(label->text()));
            for (const QPushButton *button : page.openButtons())
                QVERIFY2(hasChinese(button->text()), qPrintable(button->text()));
        }
        QVERIFY2(english.problems().isEmpty(), qPrintable(english.report()));

        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QVERIFY(page.selectSituation(QStringLiteral("self_normalising")));
        QCOMPARE(page.titleLabel()->text(), englishTitle);
        QCOMPARE(headingIndex(tree, 1).data().toString(), QStringLiteral("Output layer"));
        QCOMPARE(page.openButtons().first()->text(), QStringLiteral("Open in the catalog"));
        QVERIFY(!hasChinese(page.whyLabel()->text()));
    }

private:
    std::unique_ptr<LanguageManager> m_languages;
};

QTEST_MAIN(TestSelectionGuidePage)
#include "tst_selectionguidepage.moc"
