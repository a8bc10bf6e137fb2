// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "activations/activationspec.h"

/// Translates a catalog text marked with QT_TRANSLATE_NOOP("Catalog", ...) in the core.
QString catalogText(const char *englishText);
/// The activation's display name in the current language.
QString activationName(const actlab::ActivationSpec &spec);
QString familyDisplayName(actlab::Family family);
/// A catalog text in Chinese whatever the UI language (search, `actlab list --format json`);
/// empty when there is no translation.
QString chineseCatalogText(const char *englishText);
