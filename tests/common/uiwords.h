// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding English left in a Chinese interface: words of two or more Latin letters that are not
// maths, code or proper names.

#include <algorithm>
#include <functional>

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include "activations/catalog.h"

namespace UiWords {

/// Function names, catalog ids, aliases, parameter names, framework and product names: Latin
/// words a Chinese reader legitimately sees.
inline QSet<QString> allowedLatinWords() {
    QSet<QString> words;
    for (const char *w : {"max", "min", "tanh", "ln", "log", "exp", "erf", "sin", "cos", "arctan",
                          "softplus", "sigmoid", "softmax", "sparsemax", "sum", "Keras", "PyTorch",
                          "JAX", "ActLab", "Qt", "English", "PNG", "SVG", "PDF", "CSV", "Ctrl",
                          "Shift", "QCustomPlot", "muParser", "Eigen", "oneTBB", "GPL", "LGPL",
                          "Esc", "GNU", "BSD", "MPL", "Apache", "None", "keras", "activations",
                          // activation names Chinese texts keep, as Chinese textbooks do
                          "Sigmoid", "Softplus", "Softsign", "Softmax", "Swish", "Mish", "Snake"})
        words << QString::fromLatin1(w);
    for (const actlab::CatalogEntry &e : actlab::Catalog::builtin().entries()) {
        words << QString::fromStdString(e.spec.id);
        for (const std::string &a : e.spec.aliases)
            words << QString::fromStdString(a);
        for (const actlab::ParamSpec &p : e.spec.params)
            words << QString::fromStdString(p.name); // framework names: Keras, PyTorch, JAX
    }
    return words;
}

/// Latin words inside the current language's catalog names that also contain Chinese, e.g.
/// "Leaky" in 带泄漏修正线性单元（Leaky ReLU）: the translator kept the English name on purpose.
inline QSet<QString> catalogNameWords(const std::function<QString(const char *)> &translate) {
    QSet<QString> words;
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]+"));
    for (const actlab::CatalogEntry &e : actlab::Catalog::builtin().entries()) {
        const QString name = translate(e.spec.texts.name);
        if (!name.contains(cjk))
            continue;
        for (const auto &match : word.globalMatch(name))
            words << match.captured();
    }
    return words;
}

/// The Latin words of `text` that are not allowed.
inline QStringList englishWordsIn(const QString &text, const QSet<QString> &allowed) {
    QStringList found;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]+"));
    for (const auto &match : word.globalMatch(text)) {
        const QString w = match.captured();
        // ReLU, SiLU, GELU, MobileNet: acronyms and proper names carry a capital after the
        // first letter; an English word in a sentence does not.
        const bool properName =
            std::any_of(w.begin() + 1, w.end(), [](QChar c) { return c.isUpper(); });
        if (!allowed.contains(w) && !properName)
            found << w;
    }
    return found;
}

} // namespace UiWords
