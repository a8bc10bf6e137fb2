// SPDX-License-Identifier: GPL-3.0-or-later
#include "labjson.h"

#include <cmath>
#include <limits>

#include <QJsonArray>

#include "data/datasetgenerator.h"
#include "explorer/activationresolver.h"
#include "explorer/explorerview.h"
#include "network/initializer.h"
#include "plot/gradientview.h"
#include "softmax/softmaxbreakdown.h"

namespace LabJson {
namespace {

const QString kFormat = QStringLiteral("actlab");
const QString kPlaygroundFormat = QStringLiteral("actlab-playground");
const QString kDepthFormat = QStringLiteral("actlab-depth-lab");
const QStringList kPages{QStringLiteral("explorer"), QStringLiteral("playground"),
                         QStringLiteral("depth"), QStringLiteral("softmax"),
                         QStringLiteral("guide")};
constexpr double kLogitLimit = 1e6; // the softmax lab's spin boxes
constexpr double kMinTemperature = 0.001, kMaxTemperature = 1000.0;

/// JSON has no infinity: ±∞ (relu's max_value None) is written as the string "inf".
QJsonValue numberToJson(double v) {
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return v;
}

std::optional<double> numberFromJson(const QJsonValue &v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.toString() == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    if (v.toString() == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    return std::nullopt;
}

QJsonArray numbersToJson(const std::vector<double> &values) {
    QJsonArray a;
    for (double v : values)
        a.append(numberToJson(v));
    return a;
}

QJsonObject textToJson(const LocalizedText &text) {
    QJsonObject o;
    if (!text.en.isEmpty())
        o[QStringLiteral("en")] = text.en;
    if (!text.zh.isEmpty())
        o[QStringLiteral("zh_CN")] = text.zh;
    return o;
}

/// Reading stops at the first bad field, however deep (a pin of a lesson step's state), and
/// its path becomes the error: an exception says that in one place instead of at every level.
struct Failure {
    QString field;
};

class Reader {
public:
    explicit Reader(QString path)
        : m_path(std::move(path)) {}

    Reader at(const QString &key) const {
        return Reader(m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key);
    }
    Reader index(qsizetype i) const { return Reader(m_path + QStringLiteral("[%1]").arg(i)); }
    [[noreturn]] void fail() const { throw Failure{m_path}; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

std::vector<double> readNumbers(const Reader &r, const QJsonValue &v) {
    if (!v.isArray())
        r.fail();
    std::vector<double> values;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const std::optional<double> d = numberFromJson(a[i]);
        if (!d || std::isnan(*d))
            r.index(i).fail();
        values.push_back(*d);
    }
    return values;
}

LocalizedText readText(const Reader &r, const QJsonValue &v) {
    if (v.isUndefined())
        return {};
    if (v.isString()) // one language only: shown in both
        return {v.toString(), {}};
    if (!v.isObject())
        r.fail();
    const QJsonObject o = v.toObject();
    const QJsonValue en = o[QStringLiteral("en")], zh = o[QStringLiteral("zh_CN")];
    if ((!en.isUndefined() && !en.isString()) || (!zh.isUndefined() && !zh.isString()))
        r.fail();
    return {en.toString(), zh.toString()};
}

bool readBool(const Reader &r, const QJsonObject &o, const char *key, bool fallback) {
    const QJsonValue v = o[QLatin1String(key)];
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        r.at(QLatin1String(key)).fail();
    return v.toBool();
}

/// `o`'s "parameters" for `resolved`, checked; absent: the activation's defaults.
std::vector<double> readParameters(const Reader &r, const QJsonObject &o,
                                   const ResolvedActivation &resolved) {
    const Reader pr = r.at(QStringLiteral("parameters"));
    const QJsonValue v = o[QStringLiteral("parameters")];
    const std::vector<double> values = !v.isUndefined() ? readNumbers(pr, v)
                                       : resolved.entry ? resolved.entry->spec.defaultParams()
                                                        : std::vector<double>{};
    if (!hasValidValues(resolved, values))
        pr.fail(); // any value the catalog accepts, not only the slider's range
    return values;
}

ResolvedActivation readActivation(const Reader &r, const QJsonValue &v) {
    const ResolvedActivation resolved = resolveActivation(v.toString());
    if (!v.isString() || !resolved.isValid())
        r.fail();
    return resolved;
}

ExplorerLabState readExplorer(const Reader &r, const QJsonObject &o) {
    ExplorerLabState s;
    const ResolvedActivation current =
        readActivation(r.at(QStringLiteral("activation")), o[QStringLiteral("activation")]);
    s.activation = current.id;
    s.values = readParameters(r, o, current);

    const QJsonValue pins = o[QStringLiteral("pins")];
    if (!pins.isUndefined() && !pins.isArray())
        r.at(QStringLiteral("pins")).fail();
    const QJsonArray pinArray = pins.toArray();
    for (qsizetype i = 0; i < pinArray.size(); ++i) {
        const Reader pr = r.at(QStringLiteral("pins")).index(i);
        if (!pinArray[i].isObject())
            pr.fail();
        const QJsonObject p = pinArray[i].toObject();
        Pin pin;
        const ResolvedActivation resolved =
            readActivation(pr.at(QStringLiteral("id")), p[QStringLiteral("id")]);
        pin.id = resolved.id;
        pin.params = readParameters(pr, p, resolved);
        const QJsonValue name = p[QStringLiteral("name")];
        if (!name.isUndefined() && !name.isString())
            pr.at(QStringLiteral("name")).fail();
        pin.name = name.toString();
        pin.visible = readBool(pr, p, "visible", true);
        s.pins.append(pin);
    }

    const QJsonValue view = o[QStringLiteral("view")];
    if (!view.isUndefined()) {
        if (!explorerViewFromKey(view.toString()))
            r.at(QStringLiteral("view")).fail();
        s.view = view.toString();
    }
    const QJsonValue threshold = o[QStringLiteral("vanishing_threshold")];
    if (!threshold.isUndefined()) {
        const double t = threshold.toDouble(-1);
        if (!(t >= GradientView::kMinThreshold && t <= GradientView::kMaxThreshold))
            r.at(QStringLiteral("vanishing_threshold")).fail();
        s.vanishingThreshold = t;
    }
    const QJsonValue range = o[QStringLiteral("x_range")];
    if (!range.isUndefined()) {
        const std::vector<double> lohi = readNumbers(r.at(QStringLiteral("x_range")), range);
        if (lohi.size() != 2 || !std::isfinite(lohi[0]) || !std::isfinite(lohi[1]) ||
            !(lohi[0] < lohi[1]))
            r.at(QStringLiteral("x_range")).fail();
        s.xRange = std::pair{lohi[0], lohi[1]};
    }
    s.firstDerivative = readBool(r, o, "first_derivative", true);
    s.secondDerivative = readBool(r, o, "second_derivative", false);
    s.zoomInset = readBool(r, o, "zoom_inset", false);

    const QJsonValue formulas = o[QStringLiteral("formulas")];
    if (!formulas.isUndefined() && !formulas.isArray())
        r.at(QStringLiteral("formulas")).fail();
    const QJsonArray formulaArray = formulas.toArray();
    for (qsizetype i = 0; i < formulaArray.size(); ++i) {
        const Reader fr = r.at(QStringLiteral("formulas")).index(i);
        const QJsonObject f = formulaArray[i].toObject();
        UserFormula formula{f[QStringLiteral("name")].toString(),
                            f[QStringLiteral("expression")].toString()};
        if (!formulaArray[i].isObject() || !resolveActivation(formula.id()).isFormula())
            fr.at(QStringLiteral("expression")).fail();
        s.formulas.append(formula);
    }
    return s;
}

SoftmaxLabState readSoftmax(const Reader &r, const QJsonObject &o) {
    SoftmaxLabState s;
    const Reader lr = r.at(QStringLiteral("logits"));
    s.logits = readNumbers(lr, o[QStringLiteral("logits")]);
    if (s.logits.size() < actlab::kSoftmaxMinLogits || s.logits.size() > actlab::kSoftmaxMaxLogits)
        lr.fail();
    for (double v : s.logits)
        if (!(std::abs(v) <= kLogitLimit))
            lr.fail();
    const QJsonValue t = o[QStringLiteral("temperature")];
    s.temperature = t.isUndefined() ? 1.0 : t.toDouble(-1);
    if (!(s.temperature >= kMinTemperature && s.temperature <= kMaxTemperature) ||
        actlab::breakDownSoftmax(s.logits, s.temperature).index() != 0)
        r.at(QStringLiteral("temperature")).fail();
    return s;
}

/// The playground's own reader checks types and ranges; the names it leaves to the page are
/// checked here, so that a lab never shows a set-up the panel cannot represent.
void checkPlayground(const Reader &r, const PlaygroundSetup &setup) {
    const Reader data = r.at(QStringLiteral("data")), network = r.at(QStringLiteral("network"));
    if (setup.dataset != QLatin1String("csv") &&
        !actlab::datasetKindFromKey(setup.dataset.toStdString()))
        data.at(QStringLiteral("dataset")).fail();
    const ResolvedActivation activation = resolveActivation(setup.activation);
    if (!activation.isValid())
        network.at(QStringLiteral("activation")).fail();
    if (!setup.params.empty())
        if (!hasValidValues(activation, setup.params))
            network.at(QStringLiteral("params")).fail();
    if (!actlab::initializerFromKey(setup.initializer.toStdString()))
        r.at(QStringLiteral("training")).at(QStringLiteral("initializer")).fail();
    if (setup.race.enabled && setup.race.setting == RaceSetup::Setting::Activation) {
        const Reader race = r.at(QStringLiteral("race"));
        const ResolvedActivation rival = resolveActivation(setup.race.activation);
        if (!rival.isValid())
            race.at(QStringLiteral("activation")).fail();
        if (!setup.race.params.empty())
            if (!hasValidValues(rival, setup.race.params))
                race.at(QStringLiteral("params")).fail();
    }
}

QJsonObject sectionObject(const Reader &r, const QJsonValue &v) {
    if (!v.isObject())
        r.fail();
    return v.toObject();
}

LabState readState(const Reader &r, const QJsonObject &o) {
    LabState s;
    const QJsonValue page = o[QStringLiteral("page")];
    if (!page.isUndefined()) {
        if (!kPages.contains(page.toString()))
            r.at(QStringLiteral("page")).fail();
        s.page = page.toString();
    }
    const auto section = [&](const char *key) { return o[QLatin1String(key)]; };
    if (!section("explorer").isUndefined()) {
        const Reader er = r.at(QStringLiteral("explorer"));
        s.explorer = readExplorer(er, sectionObject(er, section("explorer")));
    }
    if (!section("softmax").isUndefined()) {
        const Reader sr = r.at(QStringLiteral("softmax"));
        s.softmax = readSoftmax(sr, sectionObject(sr, section("softmax")));
    }
    if (!section("playground").isUndefined()) {
        const Reader pr = r.at(QStringLiteral("playground"));
        QString badKey;
        s.playground = PlaygroundSetup::fromJson(sectionObject(pr, section("playground")), &badKey);
        if (!s.playground)
            pr.at(badKey).fail();
        checkPlayground(pr, *s.playground);
    }
    if (!section("depth").isUndefined()) {
        const Reader dr = r.at(QStringLiteral("depth"));
        QString badKey;
        s.depth = DepthLabSetup::fromJson(sectionObject(dr, section("depth")), &badKey);
        if (!s.depth)
            dr.at(badKey).fail();
    }
    return s;
}

Lesson readLesson(const Reader &r, const QJsonObject &o) {
    Lesson lesson;
    lesson.title = readText(r.at(QStringLiteral("title")), o[QStringLiteral("title")]);
    const QJsonValue steps = o[QStringLiteral("steps")];
    const Reader sr = r.at(QStringLiteral("steps"));
    if (!steps.isArray())
        sr.fail();
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Reader stepReader = sr.index(i);
        const QJsonObject step = sectionObject(stepReader, array[i]);
        LessonStep s;
        s.title = readText(stepReader.at(QStringLiteral("title")), step[QStringLiteral("title")]);
        s.text = readText(stepReader.at(QStringLiteral("text")), step[QStringLiteral("text")]);
        const Reader stateReader = stepReader.at(QStringLiteral("state"));
        s.state = readState(stateReader, sectionObject(stateReader, step[QStringLiteral("state")]));
        lesson.steps.append(s);
    }
    return lesson;
}

QJsonObject explorerToJson(const ExplorerLabState &s) {
    QJsonObject o;
    o[QStringLiteral("activation")] = s.activation;
    o[QStringLiteral("parameters")] = numbersToJson(s.values);
    QJsonArray pins;
    for (const Pin &pin : s.pins) {
        QJsonObject p;
        p[QStringLiteral("id")] = pin.id;
        p[QStringLiteral("parameters")] = numbersToJson(pin.params);
        if (!pin.name.isEmpty())
            p[QStringLiteral("name")] = pin.name;
        p[QStringLiteral("visible")] = pin.visible;
        pins.append(p);
    }
    o[QStringLiteral("pins")] = pins;
    o[QStringLiteral("view")] = s.view;
    o[QStringLiteral("vanishing_threshold")] = s.vanishingThreshold;
    if (s.xRange)
        o[QStringLiteral("x_range")] = QJsonArray{s.xRange->first, s.xRange->second};
    o[QStringLiteral("first_derivative")] = s.firstDerivative;
    o[QStringLiteral("second_derivative")] = s.secondDerivative;
    o[QStringLiteral("zoom_inset")] = s.zoomInset;
    if (!s.formulas.isEmpty()) {
        QJsonArray formulas;
        for (const UserFormula &f : s.formulas)
            formulas.append(QJsonObject{{QStringLiteral("name"), f.name},
                                        {QStringLiteral("expression"), f.expression}});
        o[QStringLiteral("formulas")] = formulas;
    }
    return o;
}

} // namespace

QJsonObject stateToJson(const LabState &state) {
    QJsonObject o;
    o[QStringLiteral("page")] = state.page;
    if (state.explorer)
        o[QStringLiteral("explorer")] = explorerToJson(*state.explorer);
    if (state.softmax)
        o[QStringLiteral("softmax")] =
            QJsonObject{{QStringLiteral("logits"), numbersToJson(state.softmax->logits)},
                        {QStringLiteral("temperature"), state.softmax->temperature}};
    if (state.playground)
        o[QStringLiteral("playground")] = state.playground->toJson();
    if (state.depth)
        o[QStringLiteral("depth")] = state.depth->toJson();
    return o;
}

QJsonObject toJson(const LabContents &contents) {
    QJsonObject o = stateToJson(contents.state);
    o[QStringLiteral("format")] = kFormat;
    o[QStringLiteral("version")] = kVersion;
    if (!contents.lesson.isEmpty() || !contents.lesson.title.isEmpty()) {
        QJsonArray steps;
        for (const LessonStep &step : contents.lesson.steps)
            steps.append(QJsonObject{{QStringLiteral("title"), textToJson(step.title)},
                                     {QStringLiteral("text"), textToJson(step.text)},
                                     {QStringLiteral("state"), stateToJson(step.state)}});
        o[QStringLiteral("lesson")] =
            QJsonObject{{QStringLiteral("title"), textToJson(contents.lesson.title)},
                        {QStringLiteral("steps"), steps}};
    }
    return o;
}

std::variant<LabContents, Error> fromJson(const QJsonObject &json) {
    const QString format = json[QStringLiteral("format")].toString();
    try {
        LabContents contents;
        if (format == kPlaygroundFormat) { // the playground's own files, before lab files
            QString badKey;
            contents.state.playground = PlaygroundSetup::fromJson(json, &badKey);
            if (!contents.state.playground)
                return Error{badKey == QLatin1String("version") ? Error::Kind::NewerVersion
                                                                : Error::Kind::InvalidField,
                             badKey, json[QStringLiteral("version")].toInt()};
            checkPlayground(Reader{QString()}, *contents.state.playground);
            contents.state.page = QStringLiteral("playground");
            return contents;
        }
        if (format == kDepthFormat) {
            QString badKey;
            contents.state.depth = DepthLabSetup::fromJson(json, &badKey);
            if (!contents.state.depth)
                return Error{badKey == QLatin1String("version") ? Error::Kind::NewerVersion
                                                                : Error::Kind::InvalidField,
                             badKey, json[QStringLiteral("version")].toInt()};
            contents.state.page = QStringLiteral("depth");
            return contents;
        }
        if (format != kFormat)
            return Error{Error::Kind::NotALabFile, {}, 0};
        const QJsonValue version = json[QStringLiteral("version")];
        if (!version.isDouble() || version.toDouble() < 1)
            return Error{Error::Kind::InvalidField, QStringLiteral("version"), 0};
        if (version.toDouble() > kVersion)
            return Error{Error::Kind::NewerVersion, QStringLiteral("version"), version.toInt()};
        const Reader top{QString()};
        contents.state = readState(top, json);
        if (json.contains(QStringLiteral("lesson"))) {
            const Reader lr = top.at(QStringLiteral("lesson"));
            contents.lesson = readLesson(lr, sectionObject(lr, json[QStringLiteral("lesson")]));
        }
        return contents;
    } catch (const Failure &failure) {
        return Error{Error::Kind::InvalidField, failure.field, 0};
    }
}

} // namespace LabJson
