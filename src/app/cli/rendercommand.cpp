// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercommand.h"

#include <cmath>

#include <QCommandLineParser>
#include <QRegularExpression>

#include "activations/vectorslice.h"
#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "explorer/explorerviews.h"
#include "export/figureexporter.h"
#include "languagemanager.h"
#include "plot/gradientview.h"
#include "plot/plotview.h"

namespace Cli {
namespace {

/// An activation as the plot wants it; vector activations are drawn through their 1-D slice,
/// as in the explorer window.
std::optional<PlottedActivation> plotted(const QString &id, const QStringList &params,
                                         QString *error) {
    const auto resolved = CliOptions::resolveActivation(id, params, error);
    if (!resolved)
        return std::nullopt;
    PlottedActivation a;
    a.id = resolved->entry ? QString::fromStdString(resolved->entry->spec.id) : resolved->id;
    a.function = resolved->scalar;
    if (!a.function && resolved->vector)
        a.function = std::make_shared<actlab::VectorSliceFunction>(resolved->vector);
    a.params = resolved->params;
    a.spec = resolved->entry ? &resolved->entry->spec : nullptr;
    return a;
}

std::optional<QSize> parseSize(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

} // namespace

Outcome runRender(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption param = CliOptions::paramOption();
    const QCommandLineOption order = CliOptions::orderOption(QStringLiteral("0"));
    const QCommandLineOption compare(QStringLiteral("compare"), QString(),
                                     QStringLiteral("ID2[NAME=VALUE,...],ID3,..."));
    const QCommandLineOption range(QStringLiteral("range"), QString(), QStringLiteral("A:B"));
    const QCommandLineOption lang = CliOptions::langOption();
    const QCommandLineOption theme(QStringLiteral("theme"), QString(), QStringLiteral("THEME"),
                                   QStringLiteral("light"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption scale(QStringLiteral("scale"), QString(), QStringLiteral("S"),
                                   QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption viewOption(QStringLiteral("view"), QString(), QStringLiteral("VIEW"),
                                        QStringLiteral("overlay"));
    const QCommandLineOption threshold(QStringLiteral("vanishing-threshold"), QString(),
                                       QStringLiteral("T"));
    parser.addOptions(
        {param, order, compare, range, lang, theme, size, scale, out, viewOption, threshold});
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    // The language first: the figure's texts, and any error below, follow it.
    if (const auto error = CliOptions::applyLanguage(parser, lang))
        return fail(*error);

    QString error;
    const auto id = CliOptions::singleArgument(
        parser.positionalArguments(),
        CliText::tr("Missing activation: actlab render ID --out FILE.png|svg|pdf."), &error);
    if (!id)
        return fail(error);

    const auto highestOrder = CliOptions::parseOrder(parser.value(order), &error);
    if (!highestOrder)
        return fail(error);

    const QString themeText = parser.value(theme);
    if (themeText != QLatin1String("light") && themeText != QLatin1String("dark"))
        return fail(CliText::tr("Unknown theme \"%1\": use light or dark.").arg(themeText));

    const auto view = explorerViewFromKey(parser.value(viewOption));
    if (!view)
        return fail(CliText::tr("Unknown view \"%1\": use overlay, grid or gradient.")
                        .arg(parser.value(viewOption)));
    double vanishing = 0.1;
    if (parser.isSet(threshold)) {
        if (*view != ExplorerView::Gradient)
            return fail(CliText::tr("--vanishing-threshold applies to --view gradient only."));
        const auto t = CliOptions::parseNumber(parser.value(threshold));
        if (!t || !(*t >= GradientView::kMinThreshold && *t <= GradientView::kMaxThreshold))
            return fail(CliText::tr("Malformed vanishing threshold \"%1\": expected a number "
                                    "from %2 to %3.")
                            .arg(parser.value(threshold),
                                 QString::number(GradientView::kMinThreshold),
                                 QString::number(GradientView::kMaxThreshold)));
        vanishing = *t;
    }

    FigureOptions options;
    const auto figureSize = parseSize(parser.value(size));
    if (!figureSize)
        return fail(CliText::tr("Malformed size \"%1\": expected WxH, for example 1280x800.")
                        .arg(parser.value(size)));
    options.size = *figureSize;
    const auto scaleValue = CliOptions::parseNumber(parser.value(scale));
    if (!scaleValue)
        return fail(CliText::tr("Malformed number \"%1\" for --scale.").arg(parser.value(scale)));
    options.scale = *scaleValue;
    if (const QString invalid = FigureExporter::validate(options); !invalid.isEmpty())
        return fail(invalid);

    std::optional<std::pair<double, double>> xRange;
    if (parser.isSet(range)) {
        const QStringList parts = parser.value(range).split(QLatin1Char(':'));
        const auto a = parts.size() == 2 ? CliOptions::parseNumber(parts[0]) : std::nullopt;
        const auto b = parts.size() == 2 ? CliOptions::parseNumber(parts[1]) : std::nullopt;
        if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b) || !(*a < *b))
            return fail(CliText::tr("Malformed range \"%1\": expected A:B with A < B, for "
                                    "example -5:5.")
                            .arg(parser.value(range)));
        xRange = std::pair{*a, *b};
    }

    if (!parser.isSet(out))
        return fail(CliText::tr("Missing --out FILE: the file to write (.png, .svg or .pdf)."));
    const QString outFile = parser.value(out);
    const auto format = FigureExporter::formatForFile(outFile);
    if (!format)
        return fail(CliText::tr("Unknown file type \"%1\": the name must end in .png, .svg, "
                                ".pdf or .csv.")
                        .arg(outFile));

    QList<PlottedActivation> activations;
    const auto primary = plotted(*id, parser.values(param), &error);
    if (!primary)
        return fail(error);
    activations << *primary;
    // --compare may be repeated; each value lists any number of activations.
    for (const QString &value : parser.values(compare)) {
        const auto list = CliOptions::parseCompareList(value, &error);
        if (!list)
            return fail(error);
        for (const CliOptions::ActivationWithParams &a : *list) {
            const auto other = plotted(a.id, a.params, &error);
            if (!other)
                return fail(error);
            activations << *other;
        }
    }

    // The window's own views: what the explorer shows is what the file holds.
    ExplorerViews views;
    views.resize(options.size);
    views.setTheme(themeText == QLatin1String("dark") ? PlotTheme::Dark : PlotTheme::Light);
    PlotView *overlay = views.overlay();
    overlay->resize(options.size);
    overlay->setDerivativeVisible(1, *highestOrder >= 1);
    overlay->setDerivativeVisible(2, *highestOrder >= 2);
    views.gradient()->setThreshold(vanishing);
    views.setActivations(activations);
    views.setView(*view);
    views.currentWidget()->resize(options.size);
    if (xRange)
        views.setXRange(xRange->first, xRange->second);
    else
        views.resetView();
    Figure *figure = views.currentFigure();
    figure->refreshNow();

    const QString failure = FigureExporter::save(figure, outFile, *format, options);
    if (!failure.isEmpty())
        return {exitFailure, {}, failure};
    return {exitOk, {}, {}};
}

} // namespace Cli
