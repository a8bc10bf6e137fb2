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

QString display(const QString &stored) {
    const QStringList parts = stored.split(kSeparator);
    if (parts.size() != 3)
        return stored;
    QString text =
        QCoreApplication::translate(parts[0].toLatin1().constData(), parts[1].toUtf8().constData());
    return parts[2].isEmpty() ? text : text.arg(parts[2]);
}

} // namespace UndoText
