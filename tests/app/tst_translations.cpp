// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "activations/catalog.h"
#include "languagemanager.h"
#include "util/trnoop.h"

using namespace actlab;

/** The zh_CN translation must be complete at every commit (brief: "The bar"). */
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void chineseTsHasNoUnfinishedEntries();
    void everyCatalogTextHasChinese();
    void languageManagerSwitchesLive();
    void englishPluralForms();
};

void TestTranslations::chineseTsHasNoUnfinishedEntries() {
    QFile file(QStringLiteral(ACTLAB_SOURCE_DIR "/translations/actlab_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                problems << QStringLiteral("[%1] %2 (%3)")
                                .arg(context, source,
                                     type.isEmpty() ? QStringLiteral("empty") : type);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everyCatalogTextHasChinese() {
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/actlab_zh_CN.qm")));
    QStringList missing;
    const auto check = [&](const char *text) {
        if (text && *text && zh.translate(ACTLAB_CATALOG_CONTEXT, text).isEmpty())
            missing << QString::fromUtf8(text);
    };
    for (const CatalogEntry &e : Catalog::builtin().entries()) {
        check(e.spec.texts.name);
        check(e.spec.texts.traits);
        check(e.spec.texts.whenToUse);
        check(e.spec.texts.pitfalls);
        for (const ParamSpec &p : e.spec.params)
            check(p.description);
    }
    for (Family f : {Family::Relu, Family::Sigmoid, Family::Elu, Family::Gated, Family::Softplus,
                     Family::Shrink, Family::Classic, Family::Vector, Family::Formula})
        check(familyName(f));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::languageManagerSwitchesLive() {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Help"), QStringLiteral("帮助(&H)"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Help"), QStringLiteral("&Help"));
    QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
    QCOMPARE(languages.currentLanguage(), QStringLiteral("en"));
}

void TestTranslations::englishPluralForms() {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    const auto points = [](int n) {
        return QCoreApplication::translate("PlaygroundPage", "%1 (%n points)", nullptr, n)
            .arg(QStringLiteral("data.csv"));
    };
    QCOMPARE(points(1), QStringLiteral("data.csv (1 point)"));
    QCOMPARE(points(2), QStringLiteral("data.csv (2 points)"));
    QCOMPARE(points(0), QStringLiteral("data.csv (0 points)"));
    const QString one = QCoreApplication::translate(
        "DepthLabPage",
        "Measured on a random network of depth %1 and width %2 with %3 inputs, for %n "
        "configuration(s).",
        nullptr, 1);
    QVERIFY2(one.endsWith(QLatin1String("for 1 configuration.")), qPrintable(one));
    // Every %n text has both English forms (translations/en/plurals.json).
    QFile ts(QStringLiteral(ACTLAB_SOURCE_DIR "/translations/actlab_en.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray xml = ts.readAll();
    QVERIFY(xml.contains("numerus=\"yes\""));
    QVERIFY(!xml.contains("type=\"unfinished\""));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
