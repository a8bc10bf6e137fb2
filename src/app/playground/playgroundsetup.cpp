// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundsetup.h"

#include <cmath>

#include <QJsonArray>

namespace {
const char *const kFeatureKeys[] = {"x1",    "x2",     "x1_squared", "x2_squared",
                                    "x1_x2", "sin_x1", "sin_x2"};

const char *const kRaceKeys[] = {"activation", "optimizer", "learning_rate", "l2", "batch_size"};

QString key(const char *k) {
    return QString::fromLatin1(k);
}

QJsonArray paramsToJson(const std::vector<double> &params) {
    QJsonArray p;
    for (double v : params) // JSON has no infinity; relu's max_value may be +inf ("none")
        p.append(std::isinf(v) ? QJsonValue(v > 0 ? key("inf") : key("-inf")) : QJsonValue(v));
    return p;
}

bool paramsFromJson(const QJsonValue &value, std::vector<double> &out) {
    if (!value.isArray())
        return false;
    out.clear();
    for (const QJsonValue &v : value.toArray()) {
        if (v.isDouble())
            out.push_back(v.toDouble());
        else if (v.toString() == key("inf") || v.toString() == key("-inf"))
            out.push_back(v.toString() == key("inf") ? INFINITY : -INFINITY);
        else
            return false;
    }
    return true;
}
} // namespace

const char *RaceSetup::settingKey(Setting setting) {
    return kRaceKeys[static_cast<int>(setting)];
}

PlaygroundSetup PlaygroundSetup::rival() const {
    PlaygroundSetup s = *this;
    switch (race.setting) {
    case RaceSetup::Setting::Activation:
        s.activation = race.activation;
        s.params = race.params;
        break;
    case RaceSetup::Setting::Optimizer:
        s.optimizer = race.optimizer;
        break;
    case RaceSetup::Setting::LearningRate:
        s.learningRate = race.learningRate;
        break;
    case RaceSetup::Setting::L2:
        s.l2 = race.l2;
        break;
    case RaceSetup::Setting::BatchSize:
        s.batchSize = race.batchSize;
        break;
    case RaceSetup::Setting::Count:
        break;
    }
    return s;
}

const char *PlaygroundSetup::featureKey(int feature) {
    return kFeatureKeys[feature];
}

QJsonObject PlaygroundSetup::toJson() const {
    QJsonObject data{{key("dataset"), dataset}, {key("csv"), csvPath},
                     {key("samples"), samples}, {key("noise"), noise},
                     {key("classes"), classes}, {key("test_fraction"), testFraction},
                     {key("seed"), dataSeed}};
    QJsonObject feats;
    for (int f = 0; f < FeatureCount; ++f)
        feats[key(kFeatureKeys[f])] = features[static_cast<std::size_t>(f)];
    const QJsonArray p = paramsToJson(params);
    QJsonObject network{{key("features"), feats},
                        {key("hidden"), hiddenUnits},
                        {key("hidden2"), secondHiddenUnits},
                        {key("activation"), activation},
                        {key("params"), p}};
    QJsonObject training{{key("optimizer"), optimizer},
                         {key("learning_rate"), learningRate},
                         {key("batch_size"), batchSize},
                         {key("l2"), l2},
                         {key("initializer"), initializer},
                         {key("seed"), seed},
                         {key("stop_epochs"), stopEpochs},
                         {key("target_loss"), targetLoss},
                         {key("epochs_per_frame"), epochsPerFrame},
                         {key("slow_motion"), slowMotion}};
    const QJsonObject raceJson{{key("enabled"), race.enabled},
                               {key("setting"), key(RaceSetup::settingKey(race.setting))},
                               {key("activation"), race.activation},
                               {key("params"), paramsToJson(race.params)},
                               {key("optimizer"), race.optimizer},
                               {key("learning_rate"), race.learningRate},
                               {key("l2"), race.l2},
                               {key("batch_size"), race.batchSize}};
    return {{key("format"), key("actlab-playground")},
            {key("version"), 1},
            {key("data"), data},
            {key("network"), network},
            {key("training"), training},
            {key("race"), raceJson}};
}

std::optional<PlaygroundSetup> PlaygroundSetup::fromJson(const QJsonObject &json, QString *badKey) {
    PlaygroundSetup s;
    QString bad;
    auto fail = [&](const QString &k) {
        if (bad.isEmpty())
            bad = k;
    };
    auto object = [&](const char *k) {
        const QJsonValue v = json.value(key(k));
        if (!v.isObject())
            fail(key(k));
        return v.toObject();
    };
    // Each reader keeps the default when the key is absent (older or hand-written files) and
    // refuses a value of the wrong type or out of range.
    auto number = [&](const QJsonObject &o, const char *k, double &out, double lo, double hi) {
        if (!o.contains(key(k)))
            return;
        const QJsonValue v = o.value(key(k));
        if (!v.isDouble() || !(v.toDouble() >= lo && v.toDouble() <= hi))
            return fail(key(k));
        out = v.toDouble();
    };
    auto integer = [&](const QJsonObject &o, const char *k, int &out, int lo, int hi) {
        double d = out;
        number(o, k, d, lo, hi);
        if (d != std::floor(d))
            return fail(key(k));
        out = static_cast<int>(d);
    };
    auto text = [&](const QJsonObject &o, const char *k, QString &out) {
        if (!o.contains(key(k)))
            return;
        if (!o.value(key(k)).isString())
            return fail(key(k));
        out = o.value(key(k)).toString();
    };

    if (json.value(key("format")).toString() != key("actlab-playground"))
        fail(key("format"));
    const QJsonObject data = object("data");
    text(data, "dataset", s.dataset);
    text(data, "csv", s.csvPath);
    integer(data, "samples", s.samples, 2, 1000000);
    number(data, "noise", s.noise, 0, 10);
    integer(data, "classes", s.classes, 2, 16);
    number(data, "test_fraction", s.testFraction, 0, 0.9);
    integer(data, "seed", s.dataSeed, 0, 2147483647);

    const QJsonObject network = object("network");
    const QJsonObject feats = network.value(key("features")).toObject();
    for (int f = 0; f < FeatureCount; ++f)
        if (feats.contains(key(kFeatureKeys[f]))) {
            if (!feats.value(key(kFeatureKeys[f])).isBool())
                fail(key(kFeatureKeys[f]));
            s.features[static_cast<std::size_t>(f)] = feats.value(key(kFeatureKeys[f])).toBool();
        }
    integer(network, "hidden", s.hiddenUnits, 1, 512);
    integer(network, "hidden2", s.secondHiddenUnits, 0, 512);
    text(network, "activation", s.activation);
    if (s.activation.isEmpty())
        fail(key("activation"));
    if (network.contains(key("params")) && !paramsFromJson(network.value(key("params")), s.params))
        fail(key("params"));

    const QJsonObject training = object("training");
    text(training, "optimizer", s.optimizer);
    if (s.optimizer != key("sgd") && s.optimizer != key("momentum") && s.optimizer != key("adam"))
        fail(key("optimizer"));
    number(training, "learning_rate", s.learningRate, 0, 1000);
    integer(training, "batch_size", s.batchSize, 1, 1000000);
    number(training, "l2", s.l2, 0, 100);
    text(training, "initializer", s.initializer);
    integer(training, "seed", s.seed, 0, 2147483647);
    integer(training, "stop_epochs", s.stopEpochs, 0, 100000000);
    number(training, "target_loss", s.targetLoss, 0, 1e9);
    integer(training, "epochs_per_frame", s.epochsPerFrame, 0, 10000);
    if (training.contains(key("slow_motion"))) {
        if (!training.value(key("slow_motion")).isBool())
            fail(key("slow_motion"));
        s.slowMotion = training.value(key("slow_motion")).toBool();
    }

    // Files from before race mode had no "race" object: they load without a race.
    if (json.contains(key("race"))) {
        const QJsonObject race = object("race");
        if (race.contains(key("enabled"))) {
            if (!race.value(key("enabled")).isBool())
                fail(key("enabled"));
            s.race.enabled = race.value(key("enabled")).toBool();
        }
        QString setting = key(RaceSetup::settingKey(s.race.setting));
        text(race, "setting", setting);
        bool known = false;
        for (int i = 0; i < static_cast<int>(RaceSetup::Setting::Count); ++i)
            if (setting == key(kRaceKeys[i])) {
                s.race.setting = static_cast<RaceSetup::Setting>(i);
                known = true;
            }
        if (!known)
            fail(key("setting"));
        text(race, "activation", s.race.activation);
        if (s.race.activation.isEmpty())
            fail(key("activation"));
        if (race.contains(key("params")) &&
            !paramsFromJson(race.value(key("params")), s.race.params))
            fail(key("params"));
        text(race, "optimizer", s.race.optimizer);
        if (s.race.optimizer != key("sgd") && s.race.optimizer != key("momentum") &&
            s.race.optimizer != key("adam"))
            fail(key("optimizer"));
        number(race, "learning_rate", s.race.learningRate, 0, 1000);
        number(race, "l2", s.race.l2, 0, 100);
        integer(race, "batch_size", s.race.batchSize, 1, 1000000);
    }

    if (!bad.isEmpty()) {
        if (badKey)
            *badKey = bad;
        return std::nullopt;
    }
    return s;
}
