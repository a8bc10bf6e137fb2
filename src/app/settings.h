// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QSize>
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
/// The page shown: "explorer" or "playground".
inline const SettingValue<QString> mainWindowPage{"mainWindow/page", QStringLiteral("explorer")};

// Explorer window
/// Id of the activation shown last ("expr:..." for a user formula).
inline const SettingValue<QString> lastActivation{"explorer/lastActivation",
                                                  QStringLiteral("relu")};
/// Parameter values per activation id: id -> list of numbers as strings ("inf" allowed).
inline const SettingValue<QVariantMap> parameterValues{"explorer/parameters", QVariantMap()};
inline const SettingValue<bool> showFirstDerivative{"explorer/showFirstDerivative", true};
inline const SettingValue<bool> showSecondDerivative{"explorer/showSecondDerivative", false};
/// Ids of the activations drawn for comparison before pins replaced them (read once, to keep
/// an older set-up).
inline const SettingValue<QStringList> comparisons{"explorer/comparisons", QStringList()};
/// The pins: a list of maps {"id", "params" (numbers as text), "name", "visible"}.
inline const SettingValue<QVariantList> pins{"explorer/pins", QVariantList()};
/// User formulas: a list of maps {"name": ..., "expression": ...}.
/// The explorer's view of its curves: "overlay", "grid" (small multiples) or "gradient".
inline const SettingValue<QString> explorerView{"explorer/view", QStringLiteral("overlay")};
inline const SettingValue<double> vanishingThreshold{"explorer/vanishingThreshold", 0.1};
/// The overlay's magnifier around x = 0.
inline const SettingValue<bool> zoomInset{"explorer/zoomInset", false};
inline const SettingValue<QVariantList> userFormulas{"explorer/userFormulas", QVariantList()};
/// "light" or "dark".
inline const SettingValue<QString> theme{"ui/theme", QStringLiteral("light")};
/// The interface zoom factor (View → Zoom), 1 = the system's font size.
inline const SettingValue<double> uiZoom{"ui/zoom", 1.0};
/// Lab files opened or saved, newest first (File ▸ Open Recent).
inline const SettingValue<QStringList> recentLabFiles{"files/recentLabs", QStringList()};
/// The folder of the last lab file opened or saved.
inline const SettingValue<QString> labFolder{"files/labFolder", QString()};
/// Presentation mode (F5): text and lines times this, on top of the interface zoom.
inline const SettingValue<double> presentationScale{"ui/presentationScale", 1.6};

// Softmax lab
/// The logits as a list of numbers; empty means the tutorial's [2.0, 1.0, 0.1].
inline const SettingValue<QVariantList> softmaxLogits{"softmax/logits", QVariantList()};
inline const SettingValue<double> softmaxTemperature{"softmax/temperature", 1.0};

// Figure export (File → Export…)
inline const SettingValue<QString> exportDirectory{"export/directory", QString()};
/// "png", "svg", "pdf" or "csv".
inline const SettingValue<QString> exportFormat{"export/format", QStringLiteral("png")};
inline const SettingValue<QSize> exportSize{"export/size", QSize(1280, 800)};
inline const SettingValue<double> exportScale{"export/scale", 2.0};
} // namespace SettingsKeys
