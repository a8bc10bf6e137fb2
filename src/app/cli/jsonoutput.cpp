// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonoutput.h"

#include <cmath>

#include "util/strings.h"

namespace JsonOutput {

QJsonValue number(double v) {
    if (std::isfinite(v))
        return v;
    return QString::fromStdString(actlab::formatRoundTrip(v)); // "nan", "inf", "-inf"
}

QJsonValue number(const std::optional<double> &v) {
    return v ? number(*v) : QJsonValue(QJsonValue::Null);
}

QByteArray document(const QJsonDocument &doc) {
    return doc.toJson(QJsonDocument::Indented);
}

} // namespace JsonOutput
