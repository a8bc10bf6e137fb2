// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtext.h"

#include "util/trnoop.h"

#include <QCoreApplication>

QString catalogText(const char *englishText) {
    if (!englishText || !*englishText)
        return {};
    return QCoreApplication::translate(ACTLAB_CATALOG_CONTEXT, englishText);
}

QString activationName(const actlab::ActivationSpec &spec) {
    return catalogText(spec.texts.name);
}

QString familyDisplayName(actlab::Family family) {
    return catalogText(actlab::familyName(family));
}
