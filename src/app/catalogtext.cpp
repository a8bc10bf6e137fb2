// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtext.h"

#include <memory>

#include <QCoreApplication>
#include <QTranslator>

#include "util/trnoop.h"

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

QString chineseCatalogText(const char *englishText) {
    static const std::unique_ptr<QTranslator> zh = [] {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/actlab_zh_CN.qm")))
            translator.reset();
        return translator;
    }();
    return zh && englishText ? zh->translate(ACTLAB_CATALOG_CONTEXT, englishText) : QString();
}
