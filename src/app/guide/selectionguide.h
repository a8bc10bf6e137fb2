// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

/**
 * The selection guide's content, independent of any widget: situations a student meets when
 * choosing an activation, grouped into hidden layers and the output layer, each with the
 * recommended catalog entries, why, the usual mistakes and an optional demonstration.
 * Texts are English sources marked QT_TRANSLATE_NOOP("SelectionGuide", ...); text() translates
 * them into the current language at display time.
 */
class SelectionGuide {
public:
    enum class Group { HiddenLayers, OutputLayer };

    /// One recommended activation and what it is for in this situation.
    struct Choice {
        QString id;                 ///< canonical catalog id
        const char *role = nullptr; ///< e.g. "the gates"; may be null
    };

    /// Something to try that shows the point of the answer.
    struct Demonstration {
        enum class Kind { None, Gradients, Race };
        Kind kind = Kind::None;
        /// Gradients: the activations whose derivatives are compared. Race: network A's
        /// activation, then network B's.
        QStringList ids;
        QString dataset;               ///< Race: a dataset generator key ("spiral", "sine")
        const char *caption = nullptr; ///< what to look at
    };

    struct Situation {
        QString key; ///< stable, not translated
        Group group = Group::HiddenLayers;
        const char *title = nullptr;
        const char *summary = nullptr; ///< the recommendation in one line
        std::vector<Choice> choices;   ///< one or more, best first
        const char *why = nullptr;     ///< two or three sentences
        std::vector<const char *> pitfalls;
        Demonstration demonstration;
    };

    /// Every situation, hidden layers first, in the order the page lists them.
    static const std::vector<Situation> &situations();
    /// By key; null when unknown.
    static const Situation *find(const QString &key);
    static QString groupTitle(Group group);
    /// A text of the guide in the current language; empty for null.
    static QString text(const char *english);
};
