// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

/**
 * Machine-readable output of every command is written by Qt's JSON writer, so strings are
 * always escaped (quotes, backslashes, control characters) and the document always parses.
 * One rule for numbers: finite ones are JSON numbers (shortest text that reads back to the same
 * double); NaN and ±infinity, which JSON lacks, are the strings "nan", "inf" and "-inf", as in
 * the CSV output; null means that a value does not exist (no fixed point, no accuracy for a
 * regression, no χ for the input layer).
 */
namespace JsonOutput {

QJsonValue number(double v);
/// null when empty.
QJsonValue number(const std::optional<double> &v);
QByteArray document(const QJsonDocument &doc);

} // namespace JsonOutput
