// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include "explorer/pinboard.h"
#include "languagemanager.h"
#include "settings.h"
#include "undotext.h"

namespace {
Pin pin(const char *id, std::vector<double> params = {}) {
    return Pin{QString::fromLatin1(id), std::move(params), {}, true};
}
} // namespace

/** The explorer's pins: every change one undo step, remembered in the settings. */
class TestPinBoard : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void addAllIsOneUndoStep() {
        PinBoard board;
        board.add(pin("relu"));
        const QList<Pin> before = board.pins();
        const QList<Pin> more{pin("gelu", {0}), pin("silu", {1.702})};
        int changes = 0;
        connect(&board, &PinBoard::changed, this, [&changes] { ++changes; });
        board.addAll(more);
        QCOMPARE(changes, 1);
        QCOMPARE(board.pins(), before + more);
        QCOMPARE(pinsFromVariant(SettingsKeys::pins.get()), board.pins());
        QCOMPARE(board.undoStack()->count(), 2);

        board.undoStack()->undo(); // both go, the earlier pin stays
        QCOMPARE(board.pins(), before);
        QCOMPARE(pinsFromVariant(SettingsKeys::pins.get()), before);
        board.undoStack()->redo();
        QCOMPARE(board.pins(), before + more);

        board.addAll({}); // nothing to pin: no step
        QCOMPARE(board.undoStack()->count(), 2);
    }

    void undoTextCountsThePins() {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        PinBoard board;
        board.addAll({pin("tanh"), pin("sigmoid")});
        const QString two = board.undoStack()->undoText();
        QCOMPARE(UndoText::display(two), QStringLiteral("pin 2 activations"));
        board.addAll({pin("relu")});
        const QString one = board.undoStack()->undoText();
        QCOMPARE(UndoText::display(one), QStringLiteral("pin 1 activation"));
        // The stored text follows the language, as every undo text does.
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(UndoText::display(two), QStringLiteral("固定 2 个激活函数"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        // Texts without a count are unchanged.
        board.add(pin("elu"));
        QCOMPARE(UndoText::display(board.undoStack()->undoText()), QStringLiteral("pin"));
    }
};

QTEST_MAIN(TestPinBoard)
#include "tst_pinboard.moc"
