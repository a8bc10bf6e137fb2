// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLocale>
#include <QTest>

#include "uinumber.h"

/** Numbers in the window follow the UI language's locale, not C's. */
class TestUiNumber : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void followsTheDefaultLocale() {
        // German writes the decimal mark and the grouping the other way round from C, so the
        // test tells a locale-aware number from QString::number's.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(UiNumber::real(1.5), QStringLiteral("1,5"));
        QCOMPARE(UiNumber::real(0.659, 'f', 3), QStringLiteral("0,659"));
        QCOMPARE(UiNumber::whole(12345), QStringLiteral("12.345"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(UiNumber::real(1.5), QStringLiteral("1.5"));
        QCOMPARE(UiNumber::whole(12345), QStringLiteral("12,345"));
    }

    void keepsPrecisionAndFormat() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(UiNumber::real(3.14159265, 'g', 3), QStringLiteral("3.14"));
        QCOMPARE(UiNumber::real(2.0, 'f', 1), QStringLiteral("2.0"));
        QCOMPARE(UiNumber::whole(-7), QStringLiteral("-7"));
    }

    void scientificHasNoPaddedExponent() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(UiNumber::scientific(2.220446049250313e-16), QStringLiteral("2.2e-16"));
        QCOMPARE(UiNumber::scientific(0.0203, 3), QStringLiteral("2.03e-2"));
        QCOMPARE(UiNumber::scientific(-1500), QStringLiteral("-1.5e+3"));
        QCOMPARE(UiNumber::scientific(1.0), QStringLiteral("1.0e+0"));
        QCOMPARE(UiNumber::scientific(3e-300, 1), QStringLiteral("3e-300"));
        QCOMPARE(UiNumber::scientific(0.0), QStringLiteral("0"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(UiNumber::scientific(2.5e-16), QStringLiteral("2,5e-16"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(UiNumber::scientific(2.5e-16), QStringLiteral("2.5e-16"));
    }
};

QTEST_APPLESS_MAIN(TestUiNumber)
#include "tst_uinumber.moc"
