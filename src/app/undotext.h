// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Undo command texts that follow the interface language. A command keeps its text untranslated
 * (translation context, English source, an argument such as a parameter name), and the Edit
 * menu translates it each time it shows it, so "Undo pin" reads "撤销固定曲线" after switching
 * to Chinese even for a step made in English.
 */
namespace UndoText {

/// The stored form; `source` must be marked for translation in `context` (QT_TRANSLATE_NOOP).
QString encode(const char *context, const char *source, const QString &argument = {});
/// The stored form of a text with a count: `source` holds %n, is marked with
/// QT_TRANSLATE_N_NOOP, and reads in the plural form that suits `n` ("pin %n activation(s)").
QString encodeCount(const char *context, const char *source, int n);
/// The text in the current language.
QString display(const QString &stored);

} // namespace UndoText
