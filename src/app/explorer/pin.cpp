// SPDX-License-Identifier: GPL-3.0-or-later
#include "pin.h"

#include <QLocale>
#include <QVariantMap>

QVariantList pinsToVariant(const QList<Pin> &pins) {
    QVariantList out;
    const QLocale c = QLocale::c();
    for (const Pin &pin : pins) {
        QVariantList params;
        for (double v : pin.params)
            params << c.toString(v, 'g', 17);
        out << QVariantMap{{QStringLiteral("id"), pin.id},
                           {QStringLiteral("params"), params},
                           {QStringLiteral("name"), pin.name},
                           {QStringLiteral("visible"), pin.visible}};
    }
    return out;
}

QList<Pin> pinsFromVariant(const QVariantList &list) {
    QList<Pin> out;
    const QLocale c = QLocale::c();
    for (const QVariant &entry : list) {
        const QVariantMap map = entry.toMap();
        Pin pin;
        pin.id = map.value(QStringLiteral("id")).toString();
        if (pin.id.isEmpty())
            continue;
        bool ok = true;
        for (const QVariant &v : map.value(QStringLiteral("params")).toList()) {
            bool read = false;
            pin.params.push_back(c.toDouble(v.toString(), &read));
            ok = ok && read;
        }
        if (!ok)
            continue;
        pin.name = map.value(QStringLiteral("name")).toString();
        pin.visible = map.value(QStringLiteral("visible"), true).toBool();
        out << pin;
    }
    return out;
}
