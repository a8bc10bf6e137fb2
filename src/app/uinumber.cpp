// SPDX-License-Identifier: GPL-3.0-or-later
#include "uinumber.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace UiNumber {

QString real(double value, char format, int precision) {
    return QLocale().toString(value, format, precision);
}

QString scientific(double value, int significant) {
    if (value == 0 || !std::isfinite(value))
        return real(value);
    const QLocale locale;
    QString text = locale.toString(value, 'e', std::max(significant, 1) - 1);
    // Drop the exponent's leading zeros ("e-02" → "e-2"), keeping its last digit. English,
    // Chinese and German locales write the exponent as "E"; the window writes "e", as code does.
    const qsizetype e = text.lastIndexOf(locale.exponential());
    if (e < 0)
        return text;
    if (locale.exponential() == QLatin1String("E"))
        text[e] = u'e';
    qsizetype digits = e + locale.exponential().size();
    for (const QString &sign : {locale.negativeSign(), locale.positiveSign()})
        if (text.mid(digits).startsWith(sign)) {
            digits += sign.size();
            break;
        }
    const QString zero = locale.zeroDigit();
    while (text.mid(digits).startsWith(zero) && text.size() - digits > zero.size())
        text.remove(digits, zero.size());
    return text;
}

QString whole(long long value) {
    return QLocale().toString(value);
}

QString reading(double value, int significant) {
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return real(value, 'g', significant).replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace UiNumber
