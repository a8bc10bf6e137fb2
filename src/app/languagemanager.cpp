// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace {
LanguageManager *s_instance = nullptr;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent) {
    s_instance = this;
}

LanguageManager::~LanguageManager() {
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageManager *LanguageManager::instance() {
    return s_instance;
}

QStringList LanguageManager::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::systemLanguage() {
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &code) {
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString &code) {
    if (!availableLanguages().contains(code))
        return false;
    if (code == m_current)
        return true;

    // The locale first: widgets retranslating on LanguageChange read it (numbers, dates,
    // which language a lesson step is shown in).
    m_current = code;
    QLocale::setDefault(
        QLocale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English too has a catalogue: the plural forms ("1 point", "2 points") of %n texts.
    if (m_appTranslator.load(QStringLiteral(":/i18n/actlab_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (code != QLatin1String("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(code),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    emit languageChanged(code);
    return true;
}
