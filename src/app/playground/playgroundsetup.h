// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "data/datasetgenerator.h"
#include "network/initializer.h"
#include "network/optimizer.h"
#include "trainingdefaults.h"

/**
 * Race mode: a second network that differs from the first in exactly one setting. The
 * initialiser and its seed are never among them: both runs start from identical weights.
 */
struct RaceSetup {
    enum class Setting { Activation, Optimizer, LearningRate, L2, BatchSize, Count };
    /// Lab-file keys: "activation", "optimizer", "learning_rate", "l2", "batch_size".
    static const char *settingKey(Setting setting);

    bool enabled = false;
    Setting setting = Setting::Activation;
    QString activation = QStringLiteral("relu"); ///< catalog id or "expr:..."
    std::vector<double> params;                  ///< the rival activation's; empty: defaults
    QString optimizer = QStringLiteral("sgd");
    double learningRate = 0.1;
    double l2 = 0.001;
    int batchSize = 64;

    bool operator==(const RaceSetup &) const = default;
};

/**
 * Everything the playground's set-up panel edits, in the app's own terms (ids as strings).
 * It is what a lab file stores; PlaygroundSession turns it into the engine's configuration.
 */
struct PlaygroundSetup {
    /// Input features in a fixed order; the names are the lab-file keys.
    enum Feature { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2, FeatureCount };
    static const char *featureKey(int feature);

    // Data
    // The defaults are trainingDefaults(), those of `actlab train` too.
    QString dataset = QString::fromLatin1(
        actlab::datasetKindInfo(trainingDefaults().dataset.kind).key); ///< generator, or "csv"
    QString csvPath;                                                   ///< when dataset == "csv"
    int samples = trainingDefaults().dataset.n;
    double noise = trainingDefaults().dataset.noise;
    int classes = trainingDefaults().dataset.classes; ///< K for the spiral and Gaussian blobs
    double testFraction = trainingDefaults().testFraction;
    int dataSeed = static_cast<int>(trainingDefaults().dataset.seed);

    // Network
    std::array<bool, FeatureCount> features{true, true, false, false, false, false, false};
    int hiddenUnits = trainingDefaults().hidden;
    int secondHiddenUnits = trainingDefaults().hidden2; ///< 0: one hidden layer
    /// Catalog id or "expr:..." (prelu learns a slope per unit).
    QString activation = QString::fromStdString(trainingDefaults().activation.id);
    std::vector<double> params; ///< in the catalog's order; empty: defaults

    // Training
    QString optimizer = QString::fromLatin1(
        actlab::optimizerKey(trainingDefaults().optimizer)); ///< "sgd", "momentum", "adam"
    double learningRate = trainingDefaults().learningRate;
    int batchSize = trainingDefaults().batchSize;
    double l2 = trainingDefaults().l2;
    QString initializer =
        QString::fromLatin1(actlab::initializerKey(trainingDefaults().initializer));
    int seed = static_cast<int>(trainingDefaults().seed);

    // Run control
    int stopEpochs = 0;     ///< 0: no limit
    double targetLoss = 0;  ///< 0: none
    int epochsPerFrame = 5; ///< 0: as fast as the engine can
    /// One epoch at a time, a few a second, every run together (a race too): for narrating.
    bool slowMotion = false;

    RaceSetup race;

    /// The rival's set-up in race mode: this one with only race.setting replaced.
    PlaygroundSetup rival() const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; nullopt when a key has the wrong type or an unknown value.
    /// `badKey` then names the first offending key.
    static std::optional<PlaygroundSetup> fromJson(const QJsonObject &json, QString *badKey);

    bool operator==(const PlaygroundSetup &) const = default;
};
