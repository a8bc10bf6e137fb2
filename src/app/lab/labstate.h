// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QString>

#include "depth/depthlabsetup.h"
#include "explorer/pin.h"
#include "explorer/userformula.h"
#include "playground/playgroundsetup.h"

/**
 * What a lab file holds, as plain data (docs/lab-files.md): the page shown and each page's
 * state, and a lesson. Every section is optional: one that is absent leaves that part of the
 * window as it is, so a lesson step that shows the softmax lab does not reset the playground.
 * Names are ids and keys, never translated text: a file means the same in every language.
 */
struct ExplorerLabState {
    QString activation;         ///< canonical catalog id or "expr:..."
    std::vector<double> values; ///< every parameter of `activation`, in the catalog's order
    QList<Pin> pins;
    QString view = QStringLiteral("overlay"); ///< explorerViewKey()
    double vanishingThreshold = 0.1;
    std::optional<std::pair<double, double>> xRange; ///< none: the activation's default view
    bool firstDerivative = true;
    bool secondDerivative = false;
    bool zoomInset = false;
    /// The formulas the state uses (current or pinned), so that the file carries them.
    QList<UserFormula> formulas;

    bool operator==(const ExplorerLabState &) const = default;
};

struct SoftmaxLabState {
    std::vector<double> logits{2.0, 1.0, 0.1};
    double temperature = 1.0;

    bool operator==(const SoftmaxLabState &) const = default;
};

struct LabState {
    QString page = QStringLiteral("explorer"); ///< MainWindow::pageFromKey() keys
    std::optional<ExplorerLabState> explorer;
    std::optional<SoftmaxLabState> softmax;
    std::optional<PlaygroundSetup> playground;
    std::optional<DepthLabSetup> depth;

    bool operator==(const LabState &) const = default;
};

/// A text in English, Chinese or both; shown in the interface language, else the other.
struct LocalizedText {
    QString en;
    QString zh;

    /// The text for `language` ("en", "zh_CN"), falling back to the other one.
    QString in(const QString &language) const;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

struct LessonStep {
    LocalizedText title;
    LocalizedText text;
    LabState state;

    bool operator==(const LessonStep &) const = default;
};

/// An ordered list of steps a teacher prepares and steps through.
struct Lesson {
    LocalizedText title;
    QList<LessonStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
    bool operator==(const Lesson &) const = default;
};

/// A whole lab file.
struct LabContents {
    LabState state;
    Lesson lesson;
};
