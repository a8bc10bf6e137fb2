// SPDX-License-Identifier: GPL-3.0-or-later
#include "initializertext.h"

#include <QCoreApplication>

QString initializerDisplayName(actlab::Initializer init) {
    using actlab::Initializer;
    switch (init) {
    case Initializer::GlorotUniform:
        return QCoreApplication::translate("InitializerText", "Glorot uniform");
    case Initializer::GlorotNormal:
        return QCoreApplication::translate("InitializerText", "Glorot normal");
    case Initializer::HeUniform:
        return QCoreApplication::translate("InitializerText", "He uniform");
    case Initializer::HeNormal:
        return QCoreApplication::translate("InitializerText", "He normal");
    case Initializer::LecunUniform:
        return QCoreApplication::translate("InitializerText", "LeCun uniform");
    case Initializer::LecunNormal:
        return QCoreApplication::translate("InitializerText", "LeCun normal");
    }
    return {};
}
