// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileSystemModel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "filedialogs.h"
#include "languagemanager.h"
#include "uiwords.h"

/** Qt's own dialogs in Chinese: what the file dialog lists (type and date columns). */
class TestQtDialogTexts : public QObject {
    Q_OBJECT

private slots:
    void fileDialogColumnsSpeakChinese();
};

void TestQtDialogTexts::fileDialogColumnsSpeakChinese() {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("lessons")));
    QFile file(dir.filePath(QStringLiteral("spiral.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();

    QFileSystemModel files;
    LocalizedFileDates model; // what our file dialogs show (FileDialogs)
    model.setSourceModel(&files);
    const QModelIndex root = model.mapFromSource(files.setRootPath(dir.path()));
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount(root) == 2; }, 10000));
    // Acronyms such as JSON in "JSON 文档" are proper names; an English word is not.
    const QSet<QString> allowed{QStringLiteral("json")};
    QStringList problems;
    for (int row = 0; row < 2; ++row) {
        const QString name = model.index(row, 0, root).data().toString();
        for (int column : {2, 3}) { // type, date modified
            const QString text = model.index(row, column, root).data().toString();
            if (text.isEmpty() || !UiWords::englishWordsIn(text, allowed).isEmpty())
                problems << QStringLiteral("%1, column %2: \"%3\"").arg(name).arg(column).arg(text);
        }
    }
    for (int column = 0; column < 4; ++column) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        if (!UiWords::englishWordsIn(header, allowed).isEmpty())
            problems << QStringLiteral("header %1: \"%2\"").arg(column).arg(header);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestQtDialogTexts)
#include "tst_qtdialogtexts.moc"
