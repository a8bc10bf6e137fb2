// SPDX-License-Identifier: GPL-3.0-or-later
#include "evalcommand.h"

#include <cmath>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "activations/vectorslice.h"
#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "cli/jsonoutput.h"
#include "util/strings.h"

namespace Cli {
namespace {

struct Row {
    double x;
    double values[3];
};

QByteArray number(double v) {
    return QByteArray::fromStdString(actlab::formatRoundTrip(v));
}

QByteArray toCsv(const std::vector<Row> &rows, int order) {
    static const char *const names[] = {"f", "df", "d2f"};
    QByteArray out = "x";
    for (int k = 0; k <= order; ++k)
        out += QByteArray(",") + names[k];
    out += '\n';
    for (const Row &r : rows) {
        out += number(r.x);
        for (int k = 0; k <= order; ++k)
            out += ',' + number(r.values[k]);
        out += '\n';
    }
    return out;
}

QByteArray toJson(const QString &id, const std::vector<Row> &rows, int order,
                  const QString &slice) {
    static const char *const names[] = {"f", "df", "d2f"};
    QJsonArray points;
    for (const Row &r : rows) {
        QJsonObject point{{QStringLiteral("x"), JsonOutput::number(r.x)}};
        for (int k = 0; k <= order; ++k)
            point[QLatin1String(names[k])] = JsonOutput::number(r.values[k]);
        points.append(point);
    }
    QJsonObject root{{QStringLiteral("id"), id},
                     {QStringLiteral("order"), order},
                     {QStringLiteral("points"), points}};
    if (!slice.isEmpty())
        root[QStringLiteral("slice")] = slice; // what each x was fed to the vector activation as
    return JsonOutput::document(QJsonDocument(root));
}

std::vector<Row> evaluateScalar(const actlab::ScalarFunction &f, const std::vector<double> &xs,
                                actlab::Params params) {
    std::vector<Row> rows;
    rows.reserve(xs.size());
    for (double x : xs) {
        const actlab::Derivatives d = f.evaluate(x, params);
        rows.push_back({x, {d.f, d.df, d.d2f}});
    }
    return rows;
}

} // namespace

Outcome runEval(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption param = CliOptions::paramOption();
    const QCommandLineOption range(QStringLiteral("range"), QString(), QStringLiteral("A:B:N"));
    const QCommandLineOption xs(QStringLiteral("x"), QString(), QStringLiteral("X1,X2,..."));
    const QCommandLineOption order = CliOptions::orderOption(QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                    QStringLiteral("csv"));
    parser.addOptions({param, range, xs, order, format});
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    QString error;
    const auto id = CliOptions::singleArgument(
        parser.positionalArguments(),
        CliText::tr("Missing activation: actlab eval ID (--range A:B:N | --x X1,X2,...)."), &error);
    if (!id)
        return fail(error);

    const auto derivativeOrder = CliOptions::parseOrder(parser.value(order), &error);
    if (!derivativeOrder)
        return fail(error);

    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return fail(CliText::tr("Unknown format \"%1\": use csv or json.").arg(fmt));

    if (parser.isSet(range) == parser.isSet(xs))
        return fail(CliText::tr("Give exactly one of --range A:B:N or --x X1,X2,..."));

    const auto points = parser.isSet(range) ? CliOptions::parseRange(parser.value(range), &error)
                                            : CliOptions::parseList(parser.value(xs), &error);
    if (!points)
        return fail(error);

    const auto activation = CliOptions::resolveActivation(*id, parser.values(param), &error);
    if (!activation)
        return fail(error);

    std::vector<Row> rows;
    QString slice;
    if (activation->vector && parser.isSet(range)) {
        // A range is a set of x positions, as in the plot: each x goes through the slice the
        // explorer draws (softmax([x 0])[0] = σ(x/T)), not into one long vector.
        const actlab::VectorSliceFunction sliced(activation->vector);
        slice = QString::fromStdString(sliced.expression(activation->id.toStdString()));
        rows = evaluateScalar(sliced, *points, activation->params);
    } else if (activation->vector) {
        const actlab::VectorFunction &v = *activation->vector;
        const std::size_t n = points->size();
        if (*derivativeOrder == 2)
            return fail(
                CliText::tr("A vector activation has no second derivative here; use --order 0 "
                            "or 1."));
        if (!v.acceptsSize(n))
            return fail(CliText::tr("%1 cannot take an input of %2 elements.")
                            .arg(activation->id, QString::number(qulonglong(n))));
        const std::size_t m = v.outputSize(n);
        std::vector<double> y(m), jac(m * n);
        v.apply(*points, activation->params, y);
        v.jacobian(*points, activation->params, jac);
        for (std::size_t i = 0; i < m; ++i)
            rows.push_back({(*points)[i], {y[i], jac[i * n + i], 0.0}});
    } else {
        rows = evaluateScalar(*activation->scalar, *points, activation->params);
    }
    return {exitOk,
            fmt == QLatin1String("csv") ? toCsv(rows, *derivativeOrder)
                                        : toJson(*id, rows, *derivativeOrder, slice),
            {}};
}

} // namespace Cli
