// SPDX-License-Identifier: GPL-3.0-or-later
// Texts Qt's own dialogs show that Qt 6.4's Chinese catalogue (qtbase_zh_CN) lacks: Qt 6 moved
// the file dialog's type names into the context QAbstractFileIconProvider and the shipped
// catalogue still has them under QFileDialog. Marked here (lupdate reads the markers, with the
// same disambiguation Qt passes), translated in translations/zh/qt.json, and found at run time
// because our translator is installed next to Qt's.

#include <QtGlobal>

namespace {
struct Marker {
    const char *source;
    const char *disambiguation;
};
[[maybe_unused]] const Marker kFileIconProvider[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "%1 File",
                       "%1 is a file name suffix, for example txt"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};
} // namespace
