// SPDX-License-Identifier: GPL-3.0-or-later
#include "uinumber.h"

#include <QLocale>

namespace UiNumber {

QString real(double value, char format, int precision) {
    return QLocale().toString(value, format, precision);
}

QString whole(long long value) {
    return QLocale().toString(value);
}

} // namespace UiNumber
