// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "explorer/catalogpanel.h"
#include "explorer/catalogroles.h"
#include "explorer/formuladialog.h"
#include "explorer/userformula.h"
#include "languagemanager.h"

using namespace actlab;

/** The catalog dock: families, icons, search in both languages, selection, user formulas. */
class TestCatalogPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupsFollowTheFamilies();
    void iconsShowTheCurve();
    void searchFindsAliasesAndIds();
    void searchFindsChineseNames_data();
    void searchFindsChineseNames();
    void selectionEmitsTheId();
    void clickingAnEntrySelectsIt();
    void nextAndPreviousWrapAround();
    void formulasAreGroupedAndPersisted();
    void formulaDialogValidatesLive();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestCatalogPanel::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ActLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_catalogpanel"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestCatalogPanel::init() {
    QSettings().clear();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestCatalogPanel::cleanup() {
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestCatalogPanel::groupsFollowTheFamilies() {
    CatalogPanel panel;
    const QStandardItemModel *model = panel.model();
    QStringList idsInModel;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QStandardItem *group = model->item(row);
        const auto family = Family(group->data(CatalogRoles::FamilyKey).toInt());
        QCOMPARE(group->text(), familyDisplayName(family));
        QVERIFY2(group->rowCount() > 0, qPrintable(group->text()));
        QVERIFY(!(group->flags() & Qt::ItemIsSelectable));
        for (int i = 0; i < group->rowCount(); ++i) {
            const QString id = group->child(i)->data(CatalogRoles::Id).toString();
            const CatalogEntry *entry = Catalog::builtin().find(id.toStdString());
            QVERIFY2(entry, qPrintable(id));
            QCOMPARE(entry->spec.family, family);
            QCOMPARE(group->child(i)->text(), activationName(entry->spec));
            idsInModel << id;
        }
    }
    QCOMPARE(idsInModel.size(), qsizetype(Catalog::builtin().entries().size()));
    // The ReLU family comes first, as a student expects.
    QCOMPARE(model->item(0)->data(CatalogRoles::FamilyKey).toInt(), int(Family::Relu));
}

namespace {
/// Row (y) of the most opaque curve pixel in column x of an icon, or -1.
int curveRowAt(const QImage &image, int x) {
    int best = -1;
    int bestAlpha = 150; // axes are drawn at about 35% opacity, the curve opaque
    for (int y = 0; y < image.height(); ++y) {
        const int alpha = qAlpha(image.pixel(x, y));
        if (alpha > bestAlpha) {
            bestAlpha = alpha;
            best = y;
        }
    }
    return best;
}

QImage iconImage(const CatalogPanel &panel, const QString &id) {
    const QStandardItemModel *model = panel.model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int i = 0; i < model->item(row)->rowCount(); ++i) {
            const QStandardItem *item = model->item(row)->child(i);
            if (item->data(CatalogRoles::Id).toString() == id)
                return item->icon()
                    .pixmap(QSize(44, 28), 1.0)
                    .toImage()
                    .convertToFormat(QImage::Format_ARGB32);
        }
    return {};
}
} // namespace

void TestCatalogPanel::iconsShowTheCurve() {
    CatalogPanel panel;
    const QStandardItemModel *model = panel.model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int i = 0; i < model->item(row)->rowCount(); ++i) {
            const QStandardItem *item = model->item(row)->child(i);
            QVERIFY2(!item->icon().isNull(), qPrintable(item->text()));
            QVERIFY(!item->icon().pixmap(QSize(44, 28), 2.0).isNull()); // high-DPI version
        }

    // relu: flat on the left, rising on the right (screen y decreases upwards).
    const QImage relu = iconImage(panel, QStringLiteral("relu"));
    QVERIFY(!relu.isNull());
    const int reluLeft = curveRowAt(relu, 4), reluMid = curveRowAt(relu, 17);
    const int reluRight = curveRowAt(relu, relu.width() - 4);
    QVERIFY(reluLeft >= 0 && reluRight >= 0);
    QCOMPARE(reluLeft, reluMid);        // both on the flat part
    QVERIFY(reluRight < reluLeft - 10); // well above it

    // tanh: symmetric S, low left, high right, middle in between.
    const QImage tanh = iconImage(panel, QStringLiteral("tanh"));
    const int tl = curveRowAt(tanh, 3), tm = curveRowAt(tanh, tanh.width() / 2),
              tr = curveRowAt(tanh, tanh.width() - 4);
    QVERIFY(tl > tm && tm > tr);
    // Symmetric about the middle within the pixel grid (the centre falls between columns).
    QVERIFY2(qAbs((tl - tm) - (tm - tr)) <= 4,
             qPrintable(QStringLiteral("%1 %2 %3").arg(tl).arg(tm).arg(tr)));

    // gaussian: a bump, higher in the middle than at both ends.
    const QImage gaussian = iconImage(panel, QStringLiteral("gaussian"));
    const int gl = curveRowAt(gaussian, 3), gm = curveRowAt(gaussian, gaussian.width() / 2),
              gr = curveRowAt(gaussian, gaussian.width() - 4);
    QVERIFY(gm < gl - 10 && gm < gr - 10);
}

void TestCatalogPanel::searchFindsAliasesAndIds() {
    CatalogPanel panel;
    const int all = int(panel.visibleIds().size());
    QCOMPARE(all, int(Catalog::builtin().entries().size()));

    panel.searchEdit()->setText(QStringLiteral("swish"));
    QStringList ids = panel.visibleIds();
    QVERIFY2(ids.contains(QStringLiteral("silu")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(!ids.contains(QStringLiteral("relu")));
    QVERIFY(ids.size() <= 3); // silu and hard_silu (alias hard_swish), nothing unrelated

    panel.setSearchText(QStringLiteral("LEAKY"));
    ids = panel.visibleIds();
    QVERIFY(ids.contains(QStringLiteral("leaky_relu")));
    QVERIFY(!ids.contains(QStringLiteral("relu")) && !ids.contains(QStringLiteral("elu")));

    panel.setSearchText(QStringLiteral("leaky relu")); // words, not the underscore
    QVERIFY(panel.visibleIds().contains(QStringLiteral("leaky_relu")));
    QVERIFY(!panel.visibleIds().contains(QStringLiteral("relu")));

    panel.setSearchText(QStringLiteral("Gaussian error")); // English display name
    QCOMPARE(panel.visibleIds(), QStringList{QStringLiteral("gelu")});

    panel.setSearchText(QStringLiteral("no such activation at all"));
    QVERIFY(panel.visibleIds().isEmpty());

    panel.setSearchText(QString());
    QCOMPARE(int(panel.visibleIds().size()), all);
}

void TestCatalogPanel::searchFindsChineseNames_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese UI") << QStringLiteral("zh_CN");
    QTest::newRow("English UI") << QStringLiteral("en");
}

void TestCatalogPanel::searchFindsChineseNames() {
    QFETCH(QString, language);
    QVERIFY(m_languages->setLanguage(language));
    CatalogPanel panel;
    panel.setSearchText(QStringLiteral("修正"));
    const QStringList ids = panel.visibleIds();
    QVERIFY2(ids.contains(QStringLiteral("relu")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(!ids.contains(QStringLiteral("sigmoid")));

    // English ids and names keep working in the Chinese UI.
    panel.setSearchText(QStringLiteral("swish"));
    QVERIFY(panel.visibleIds().contains(QStringLiteral("silu")));
    panel.setSearchText(QStringLiteral("Rectified"));
    QVERIFY(panel.visibleIds().contains(QStringLiteral("relu")));
}

void TestCatalogPanel::selectionEmitsTheId() {
    CatalogPanel panel;
    QSignalSpy spy(&panel, &CatalogPanel::activationSelected);
    QVERIFY(panel.selectActivation(QStringLiteral("swish"))); // alias → canonical id
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("silu"));
    QCOMPARE(panel.currentId(), QStringLiteral("silu"));

    QVERIFY(panel.selectActivation(QStringLiteral("silu"))); // same entry: no new signal
    QCOMPARE(spy.count(), 0);

    // Selecting an entry hidden by the search clears the search.
    panel.setSearchText(QStringLiteral("tanh"));
    QVERIFY(panel.selectActivation(QStringLiteral("relu6")));
    QVERIFY(panel.searchText().isEmpty());
    QCOMPARE(spy.count(), 1);

    QVERIFY(!panel.selectActivation(QStringLiteral("no_such_activation")));
    QCOMPARE(panel.currentId(), QStringLiteral("relu6"));
}

void TestCatalogPanel::clickingAnEntrySelectsIt() {
    CatalogPanel panel;
    panel.resize(320, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSearchText(QStringLiteral("sigmoid"));
    QSignalSpy spy(&panel, &CatalogPanel::activationSelected);
    QTreeView *tree = panel.treeView();
    const QModelIndex family = tree->model()->index(0, 0);
    const QModelIndex first = tree->model()->index(0, 0, family);
    QVERIFY(first.isValid());
    const QRect rect = tree->visualRect(first);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), first.data(CatalogRoles::Id).toString());

    // Clicking a family heading selects nothing.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(family).center());
    QCOMPARE(spy.count(), 1);
}

void TestCatalogPanel::nextAndPreviousWrapAround() {
    CatalogPanel panel;
    const QStringList ids = panel.visibleIds();
    QVERIFY(panel.selectActivation(ids.first()));
    panel.selectRelative(1);
    QCOMPARE(panel.currentId(), ids.at(1));
    panel.selectRelative(-2);
    QCOMPARE(panel.currentId(), ids.last());
    panel.selectRelative(1);
    QCOMPARE(panel.currentId(), ids.first());

    // Only the entries the search leaves visible are visited.
    panel.setSearchText(QStringLiteral("shrink"));
    const QStringList shrink = panel.visibleIds();
    QCOMPARE(shrink.size(), 3);
    panel.selectRelative(1);
    QCOMPARE(panel.currentId(), shrink.first());
    panel.selectRelative(1);
    QCOMPARE(panel.currentId(), shrink.at(1));
}

void TestCatalogPanel::formulasAreGroupedAndPersisted() {
    QString id;
    {
        CatalogPanel panel;
        const int groups = panel.model()->rowCount();
        id = panel.addFormula({QStringLiteral("Gated tanh"), QStringLiteral("x*tanh(x)")});
        QCOMPARE(id, QStringLiteral("expr:x*tanh(x)"));
        QCOMPARE(panel.model()->rowCount(), groups + 1);
        const QStandardItem *group = panel.model()->item(groups);
        QCOMPARE(group->text(), familyDisplayName(Family::Formula));
        QCOMPARE(group->rowCount(), 1);
        QCOMPARE(group->child(0)->text(), QStringLiteral("Gated tanh"));
        QVERIFY(!group->child(0)->icon().isNull()); // compiled and drawn by the core

        panel.setSearchText(QStringLiteral("gated tanh"));
        QCOMPARE(panel.visibleIds(), QStringList{id});
        QSignalSpy spy(&panel, &CatalogPanel::activationSelected);
        QVERIFY(panel.selectActivation(id));
        QCOMPARE(spy.count(), 1);
        // Same expression again: no duplicate.
        QCOMPARE(panel.addFormula({QString(), QStringLiteral("x*tanh(x)")}), id);
        QCOMPARE(group->rowCount(), 1);
    }
    {
        CatalogPanel panel; // a new session reads the settings
        QCOMPARE(panel.formulas().size(), 1);
        QCOMPARE(panel.formulas().first().name, QStringLiteral("Gated tanh"));
        QVERIFY(panel.selectActivation(id));
        QSignalSpy replaced(&panel, &CatalogPanel::formulaReplaced);
        panel.replaceFormula(0, {QStringLiteral("Gated tanh"), QStringLiteral("x*tanh(2*x)")});
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(replaced.at(0).at(1).toString(), QStringLiteral("expr:x*tanh(2*x)"));
        panel.removeFormula(0);
        QCOMPARE(replaced.count(), 2);
        QVERIFY(panel.formulas().isEmpty());
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            QVERIFY(panel.model()->item(row)->data(CatalogRoles::FamilyKey).toInt() !=
                    int(Family::Formula));
    }
    QVERIFY(loadUserFormulas().isEmpty());
}

void TestCatalogPanel::formulaDialogValidatesLive() {
    FormulaDialog dialog;
    dialog.setFormula({QStringLiteral("mine"), QStringLiteral("x*sigmoid(x)")});
    QVERIFY(dialog.isValid());

    dialog.setFormula({QStringLiteral("mine"), QStringLiteral("x*foo(x)")});
    QVERIFY(!dialog.isValid());
    const QString message = dialog.messageText();
    QVERIFY2(message.contains(QStringLiteral("foo")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("column 3")), qPrintable(message));
    // The caret sits under the offending column, below the formula.
    const QStringList lines = message.split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(0), QStringLiteral("x*foo(x)"));
    QCOMPARE(lines.at(1), QStringLiteral("  ^"));

    m_languages->setLanguage(QStringLiteral("zh_CN")); // retranslates while open
    QCoreApplication::processEvents();
    QVERIFY2(dialog.messageText().contains(QStringLiteral("第")) ||
                 dialog.messageText().contains(QStringLiteral("列")),
             qPrintable(dialog.messageText()));
}

QTEST_MAIN(TestCatalogPanel)
#include "tst_catalogpanel.moc"
