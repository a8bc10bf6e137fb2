// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthlabsetup.h"

#include <cmath>

#include <QJsonArray>

#include "activations/catalog.h"

using namespace actlab;
using namespace actlab::depth;

namespace {

const QString kFormat = QStringLiteral("actlab-depth-lab");
constexpr int kVersion = 1;

DepthConfiguration configuration(const char *id, Initializer init) {
    DepthConfiguration c;
    c.activation.id = id;
    c.initializer = init;
    return c;
}

QJsonObject activationJson(const ActivationChoice &a) {
    QJsonObject o;
    if (!a.formula.empty()) {
        o[QStringLiteral("formula")] = QString::fromStdString(a.formula);
        return o;
    }
    o[QStringLiteral("id")] = QString::fromStdString(a.id);
    QJsonArray params;
    for (double p : a.params)
        params.append(std::isfinite(p) ? QJsonValue(p) : QJsonValue(QStringLiteral("inf")));
    o[QStringLiteral("params")] = params;
    return o;
}

std::optional<ActivationChoice> activationFromJson(const QJsonValue &v) {
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    ActivationChoice a;
    if (o.contains(QStringLiteral("formula"))) {
        if (!o[QStringLiteral("formula")].isString())
            return std::nullopt;
        a.formula = o[QStringLiteral("formula")].toString().toStdString();
        return a;
    }
    if (!o[QStringLiteral("id")].isString())
        return std::nullopt;
    a.id = o[QStringLiteral("id")].toString().toStdString();
    for (const QJsonValue &p : o[QStringLiteral("params")].toArray()) {
        if (p.isDouble())
            a.params.push_back(p.toDouble());
        else if (p.toString() == QLatin1String("inf"))
            a.params.push_back(INFINITY);
        else
            return std::nullopt;
    }
    return a;
}

} // namespace

DepthLabSetup DepthLabSetup::defaults() {
    DepthLabSetup s;
    s.configurations = {configuration("sigmoid", Initializer::GlorotUniform),
                        configuration("tanh", Initializer::GlorotUniform),
                        configuration("relu", Initializer::HeNormal),
                        configuration("selu", Initializer::LecunNormal),
                        configuration("gelu", Initializer::HeNormal)};
    s.phaseConfiguration = 1; // tanh: the classic picture, with both phases and the line
    return s;
}

std::variant<PropagationConfig, ActivationError>
DepthLabSetup::propagationConfig(std::size_t i) const {
    const DepthConfiguration &c = configurations.at(i);
    auto resolved = resolveHiddenActivation(c.activation);
    if (auto *error = std::get_if<ActivationError>(&resolved))
        return *error;
    PropagationConfig config;
    config.activation = std::get<HiddenActivation>(std::move(resolved));
    config.depth = depth;
    config.width = width;
    config.batch = batch;
    config.weights.initializer = c.initializer;
    config.weights.weightVariance = c.weightVariance;
    config.biasVariance = c.biasVariance;
    config.inputVariance = inputVariance;
    config.inputCorrelation = correlation;
    config.dropout = {dropout, dropout == DropoutKind::None ? 0.0 : dropoutRate};
    config.seed = seed;
    return config;
}

QJsonObject DepthLabSetup::toJson() const {
    QJsonArray list;
    for (const DepthConfiguration &c : configurations) {
        QJsonObject o;
        o[QStringLiteral("activation")] = activationJson(c.activation);
        if (c.initializer)
            o[QStringLiteral("init")] = QString::fromLatin1(initializerKey(*c.initializer));
        o[QStringLiteral("weight_variance")] = c.weightVariance;
        o[QStringLiteral("bias_variance")] = c.biasVariance;
        o[QStringLiteral("visible")] = c.visible;
        list.append(o);
    }
    QJsonObject o;
    o[QStringLiteral("format")] = kFormat;
    o[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("configurations")] = list;
    o[QStringLiteral("depth")] = depth;
    o[QStringLiteral("width")] = width;
    o[QStringLiteral("batch")] = batch;
    o[QStringLiteral("input_variance")] = inputVariance;
    o[QStringLiteral("correlation")] = correlation;
    o[QStringLiteral("dropout")] = QString::fromLatin1(dropoutKey(dropout));
    o[QStringLiteral("dropout_rate")] = dropoutRate;
    o[QStringLiteral("seed")] = double(seed);
    o[QStringLiteral("phase_configuration")] = phaseConfiguration;
    return o;
}

std::optional<DepthLabSetup> DepthLabSetup::fromJson(const QJsonObject &json, QString *badKey) {
    const auto bad = [badKey](const char *key) {
        *badKey = QString::fromLatin1(key);
        return std::nullopt;
    };
    if (json[QStringLiteral("format")].toString() != kFormat)
        return bad("format");
    if (json[QStringLiteral("version")].toInt(0) < 1 ||
        json[QStringLiteral("version")].toInt() > kVersion)
        return bad("version");
    DepthLabSetup s;
    const auto number = [&json](const char *key, double lo, double hi) -> std::optional<double> {
        const QJsonValue v = json[QLatin1String(key)];
        if (!v.isDouble() || !(v.toDouble() >= lo && v.toDouble() <= hi))
            return std::nullopt;
        return v.toDouble();
    };
    const auto depthValue = number("depth", 1, kMaxDepth);
    const auto widthValue = number("width", 1, kMaxWidth);
    const auto batchValue = number("batch", 2, kMaxBatch);
    const auto q0 = number("input_variance", 1e-12, 1e6);
    const auto c0 = number("correlation", -1, 1);
    const auto rate = number("dropout_rate", 0, kMaxDropoutRate);
    const auto seedValue = number("seed", 0, 9007199254740992.0);
    const auto phase = number("phase_configuration", 0, maxConfigurations - 1);
    if (!depthValue)
        return bad("depth");
    if (!widthValue)
        return bad("width");
    if (!batchValue)
        return bad("batch");
    if (!q0)
        return bad("input_variance");
    if (!c0)
        return bad("correlation");
    if (!rate)
        return bad("dropout_rate");
    if (!seedValue)
        return bad("seed");
    if (!phase)
        return bad("phase_configuration");
    const auto kind =
        dropoutFromKey(json[QStringLiteral("dropout")].toString().toLatin1().constData());
    if (!kind)
        return bad("dropout");
    s.depth = int(*depthValue);
    s.width = int(*widthValue);
    s.batch = int(*batchValue);
    s.inputVariance = *q0;
    s.correlation = *c0;
    s.dropoutRate = *rate;
    s.dropout = *kind;
    s.seed = std::uint64_t(*seedValue);
    s.phaseConfiguration = int(*phase);

    const QJsonArray list = json[QStringLiteral("configurations")].toArray();
    if (list.isEmpty() || list.size() > maxConfigurations)
        return bad("configurations");
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        DepthConfiguration c;
        const auto activation = activationFromJson(o[QStringLiteral("activation")]);
        if (!activation)
            return bad("activation");
        c.activation = *activation;
        if (o.contains(QStringLiteral("init"))) {
            c.initializer = initializerFromKey(o[QStringLiteral("init")].toString().toStdString());
            if (!c.initializer)
                return bad("init");
        }
        const QJsonValue sw = o[QStringLiteral("weight_variance")];
        const QJsonValue sb = o[QStringLiteral("bias_variance")];
        if (!sw.isDouble() || !(sw.toDouble() > 0 && sw.toDouble() <= 1e6))
            return bad("weight_variance");
        if (!sb.isDouble() || !(sb.toDouble() >= 0 && sb.toDouble() <= 1e6))
            return bad("bias_variance");
        c.weightVariance = sw.toDouble();
        c.biasVariance = sb.toDouble();
        c.visible = o[QStringLiteral("visible")].toBool(true);
        s.configurations.push_back(c);
    }
    if (s.phaseConfiguration >= int(s.configurations.size()))
        s.phaseConfiguration = 0;
    return s;
}
