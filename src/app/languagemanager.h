// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

/**
 * Owns the application's translators (ActLab's own and Qt's qtbase) and switches them live.
 * Installing a translator makes Qt send QEvent::LanguageChange to every widget, whose
 * changeEvent() then calls its retranslateUi().
 */
class LanguageManager : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static LanguageManager *instance();

    /// "en" or "zh_CN".
    static QStringList availableLanguages();
    /// The language that suits the system locale: zh_CN for any Chinese locale, else en.
    static QString systemLanguage();
    /// Native name of a language, shown in the Language menu ("English", "简体中文").
    static QString nativeName(const QString &code);

    QString currentLanguage() const { return m_current; }
    /// Returns false (and keeps the current language) for an unknown code.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_current;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
