// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

/**
 * One typed value in the application's QSettings store. All keys are declared in
 * namespace SettingsKeys below, so every persisted value is visible in one place.
 */
template <typename T> class SettingValue {
public:
    SettingValue(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue)) {}

    T get() const {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace SettingsKeys {
/// Empty means "follow the system locale".
inline const SettingValue<QString> language{"ui/language", QString()};
inline const SettingValue<QByteArray> mainWindowGeometry{"mainWindow/geometry", QByteArray()};
inline const SettingValue<QByteArray> mainWindowState{"mainWindow/state", QByteArray()};
} // namespace SettingsKeys
