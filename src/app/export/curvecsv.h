// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "plot/sampledcurve.h"

/// CSV as every view writes it: RFC 4180 quoting, numbers that read back to the same double.
namespace CurveCsv {
/// A field, quoted when it holds a comma, a quote or a line break.
QByteArray field(const QString &text);
/// The shortest text that reads back to exactly v ("inf", "-inf", "nan" for the rest).
QByteArray number(double v);
/// "curve,order,piece,x,y" and one row per point: the overlay and the small multiples.
QByteArray curves(const std::vector<SampledCurve> &curves);
} // namespace CurveCsv
