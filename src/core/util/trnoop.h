// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The core links no Qt, yet its catalog texts must reach the translators. Qt's lupdate reads
// QT_TRANSLATE_NOOP(context, text) markers textually, so the core defines the macro as the bare
// text; the app later translates with QCoreApplication::translate(context, text).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

// Context used for all catalog texts (names, descriptions, parameter labels).
#define ACTLAB_CATALOG_CONTEXT "Catalog"
