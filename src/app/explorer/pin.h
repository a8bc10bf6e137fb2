// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QVariantList>

/// An activation pinned to the explorer's plot with its own parameters, so it stays while the
/// catalog moves on: leaky_relu at 0.01 next to leaky_relu at 0.3.
struct Pin {
    QString id; ///< catalog id or "expr:..."
    std::vector<double> params;
    QString name;        ///< the user's name for it; empty: the activation's name and parameters
    bool visible = true; ///< hidden pins keep their place and settings

    bool operator==(const Pin &) const = default;
};

/// Pins as settings values (numbers as C-locale text, so "inf" survives), and back; entries
/// that do not read are skipped.
QVariantList pinsToVariant(const QList<Pin> &pins);
QList<Pin> pinsFromVariant(const QVariantList &list);
