// SPDX-License-Identifier: GPL-3.0-or-later
#include "csverrortext.h"

#include <QCoreApplication>

#include "data/datasetgenerator.h"
#include "uinumber.h"

namespace {
/// Gives the sentences below a translation context of their own.
class CsvErrorText {
    Q_DECLARE_TR_FUNCTIONS(CsvErrorText)

public:
    static QString text(const actlab::CsvError &e);
};
} // namespace

QString csvErrorText(const actlab::CsvError &error) {
    return CsvErrorText::text(error);
}

QString CsvErrorText::text(const actlab::CsvError &e) {
    const QString field = QString::fromStdString(e.text);
    QString what;
    switch (e.kind) {
    case actlab::CsvErrorKind::FileUnreadable:
        return tr("Cannot read %1.").arg(field);
    case actlab::CsvErrorKind::Empty:
        return tr("The file has no data rows.");
    case actlab::CsvErrorKind::BadHeader:
        what = tr("the header \"%1\" is not understood (expected x1,x2,label or x,y)").arg(field);
        break;
    case actlab::CsvErrorKind::WrongColumnCount:
        // expected == 0: the first data row itself is the problem (neither x,y nor x1,x2,label).
        what =
            e.expected == 0
                ? tr("a row needs 2 fields (x,y) or 3 (x1,x2,label), this one has %1").arg(e.found)
                : tr("%1 fields where the first row has %2").arg(e.found).arg(e.expected);
        break;
    case actlab::CsvErrorKind::NotANumber:
        what = tr("field %1, \"%2\", is not a number").arg(e.column).arg(field);
        break;
    case actlab::CsvErrorKind::NotFinite:
        what = tr("field %1, \"%2\", is not a finite number").arg(e.column).arg(field);
        break;
    case actlab::CsvErrorKind::BadLabel:
        what = tr("the class \"%1\" is not a whole number from 0").arg(field);
        break;
    case actlab::CsvErrorKind::TooManyClasses:
        what = tr("the class \"%1\" is above the largest allowed, %2")
                   .arg(field, UiNumber::whole(actlab::kMaxClasses - 1));
        break;
    case actlab::CsvErrorKind::TooManyRows:
        what = tr("more than %1 rows").arg(actlab::kMaxDatasetSize);
        break;
    }
    if (e.line == 0)
        return tr("Nothing was loaded: %1.").arg(what);
    return tr("Line %1: %2. Nothing was loaded.").arg(UiNumber::whole(e.line), what);
}
