// SPDX-License-Identifier: GPL-3.0-or-later
#include "undotext.h"

#include <QCoreApplication>
#include <QStringList>

namespace UndoText {
namespace {
constexpr QChar kSeparator = u'\x1f'; // the ASCII unit separator: never in a name
}

QString encode(const char *context, const char *source, const QString &argument) {
    return QString::fromLatin1(context) + kSeparator + QString::fromUtf8(source) + kSeparator +
           argument;
}

QString encodeCount(const char *context, const char *source, int n) {
    return encode(context, source) + kSeparator + QString::number(n);
}

QString display(const QString &stored) {
    const QStringList parts = stored.split(kSeparator);
    if (parts.size() != 3 && parts.size() != 4)
        return stored;
    // A fourth field is the count of an encodeCount() text (-1, Qt's "no count", otherwise).
    const int n = parts.size() == 4 ? parts[3].toInt() : -1;
    QString text = QCoreApplication::translate(parts[0].toLatin1().constData(),
                                               parts[1].toUtf8().constData(), nullptr, n);
    return parts[2].isEmpty() ? text : text.arg(parts[2]);
}

} // namespace UndoText
