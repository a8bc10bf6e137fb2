// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvecsv.h"

#include "util/strings.h"

namespace CurveCsv {

QByteArray field(const QString &text) {
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

QByteArray number(double v) {
    return QByteArray::fromStdString(actlab::formatRoundTrip(v));
}

QByteArray curves(const std::vector<SampledCurve> &curves) {
    QByteArray out = "curve,order,piece,x,y\n";
    for (const SampledCurve &c : curves) {
        const QByteArray prefix = field(c.id) + ',' + QByteArray::number(c.order) + ',';
        for (std::size_t piece = 0; piece < c.pieces.size(); ++piece) {
            const QByteArray rowStart = prefix + QByteArray::number(qulonglong(piece)) + ',';
            for (const auto &[x, y] : c.pieces[piece])
                out += rowStart + number(x) + ',' + number(y) + '\n';
        }
    }
    return out;
}

} // namespace CurveCsv
