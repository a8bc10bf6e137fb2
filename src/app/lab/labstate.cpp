// SPDX-License-Identifier: GPL-3.0-or-later
#include "labstate.h"

QString LocalizedText::in(const QString &language) const {
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const QString &preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}
