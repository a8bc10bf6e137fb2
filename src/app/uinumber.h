// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Numbers as the window shows them: written in the UI language's locale (QLocale(), which
 * LanguageManager sets on every switch), so digit grouping and the decimal mark follow the
 * language. Text meant to be read back (files, settings, the CLI's CSV and JSON) uses
 * QLocale::c() instead and does not come here.
 */
namespace UiNumber {

/// A real number, as QLocale::toString(value, format, precision) writes it.
QString real(double value, char format = 'g', int precision = 6);
/// A real number in scientific notation with `significant` digits and an unpadded exponent:
/// 2.2e-16, 2.0e-2, -1.5e+3 (QLocale pads the exponent to two digits); 0 and non-finite values
/// as real() writes them.
QString scientific(double value, int significant = 2);
/// A value read off a plot (tracer readouts): `significant` digits, a real minus sign (U+2212,
/// it lines up with the digits like in print), ∞ and −∞ spelled as such, nan as nan.
QString reading(double value, int significant);
/// A whole number (a count, a line or column, an epoch).
QString whole(long long value);

} // namespace UiNumber
