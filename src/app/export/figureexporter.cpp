// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexporter.h"

#include <cmath>

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QFontInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImageWriter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <qcustomplot.h>

#include "appinfo.h"
#include "export/figure.h"
#include "uinumber.h"

namespace {

/**
 * QSvgGenerator writes the font's requested family, often Qt's alias "Sans Serif", which other
 * renderers (browsers, Inkscape, LibreOffice) do not know: they fall back to a font without
 * Chinese glyphs and the text is lost. Each family becomes the one Qt really drew with, then a
 * CJK family for Chinese text, then the generic family, so every renderer finds one.
 */
QByteArray withRealFontFamilies(const QByteArray &svg) {
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    QString text = QString::fromUtf8(svg);
    QHash<QString, QString> replacements;
    for (const QRegularExpressionMatch &m : family.globalMatch(text)) {
        const QString requested = m.captured(1);
        if (replacements.contains(requested))
            continue;
        const QString real = QFontInfo(QFont(requested)).family();
        QStringList list{real};
        for (const QString &fallback :
             {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
              QStringLiteral("Microsoft YaHei"), QStringLiteral("sans-serif")})
            if (!list.contains(fallback))
                list << fallback;
        // XML attribute, CSS list: names with spaces in single quotes.
        for (QString &name : list)
            if (name.contains(QLatin1Char(' ')))
                name = QLatin1Char('\'') + name + QLatin1Char('\'');
        replacements.insert(requested, list.join(QStringLiteral(", ")));
    }
    for (auto it = replacements.cbegin(); it != replacements.cend(); ++it)
        text.replace(QStringLiteral("font-family=\"%1\"").arg(it.key()),
                     QStringLiteral("font-family=\"%1\"").arg(it.value()));
    return text.toUtf8();
}

/// Samples the curves for the figure's resolution while it is drawn, then returns the plot to
/// the screen's own resolution.
class ExportScaleScope {
public:
    ExportScaleScope(Figure *view, double scale)
        : m_view(view) {
        m_view->setExportScale(scale);
    }
    ~ExportScaleScope() {
        m_view->setExportScale(1);
        m_view->refresh();
    }
    ExportScaleScope(const ExportScaleScope &) = delete;
    ExportScaleScope &operator=(const ExportScaleScope &) = delete;

private:
    Figure *m_view;
};

/// Draws the plot onto a vector device (SVG, PDF) whose coordinates are the layout's pixels.
bool paintVector(Figure *view, QPaintDevice *device, const QSize &size) {
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(QPoint(), size));
    view->customPlot()->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

} // namespace

std::optional<FigureFormat> FigureExporter::formatForFile(const QString &fileName) {
    const QString s = QFileInfo(fileName).suffix().toLower();
    if (s == QLatin1String("png"))
        return FigureFormat::Png;
    if (s == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (s == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    if (s == QLatin1String("csv"))
        return FigureFormat::Csv;
    return std::nullopt;
}

QString FigureExporter::suffix(FigureFormat format) {
    switch (format) {
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    case FigureFormat::Csv:
        return QStringLiteral("csv");
    case FigureFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

QString FigureExporter::validate(const FigureOptions &options) {
    const QSize s = options.size;
    if (s.width() < minimumSide || s.height() < minimumSide || s.width() > maximumSide ||
        s.height() > maximumSide)
        return tr("The figure must be from %1 to %2 pixels wide and high.")
            .arg(UiNumber::whole(minimumSide), UiNumber::whole(maximumSide));
    if (!(options.scale >= minimumScale && options.scale <= maximumScale))
        return tr("The scale must be from %1 to %2.")
            .arg(UiNumber::real(minimumScale), UiNumber::real(maximumScale));
    const double pixels = double(s.width()) * s.height() * options.scale * options.scale;
    if (pixels > 400e6)
        return tr("The image would be too large (%1 megapixels); lower the size or the scale.")
            .arg(UiNumber::whole(static_cast<long long>(std::round(pixels / 1e6))));
    return {};
}

QImage FigureExporter::image(Figure *view, const FigureOptions &options) {
    if (!validate(options).isEmpty())
        return {};
    ExportScaleScope scope(view, options.scale);
    QImage img = view->customPlot()
                     ->toPixmap(options.size.width(), options.size.height(), options.scale)
                     .toImage();
    // Tell image viewers and slide software the intended physical size: 96 dpi × scale.
    const int dotsPerMetre = int(std::lround(96.0 * options.scale / 0.0254));
    img.setDotsPerMeterX(dotsPerMetre);
    img.setDotsPerMeterY(dotsPerMetre);
    return img;
}

QString FigureExporter::save(Figure *view, const QString &fileName, FigureFormat format,
                             const FigureOptions &options) {
    if (format != FigureFormat::Csv) {
        const QString invalid = validate(options);
        if (!invalid.isEmpty())
            return invalid;
    }
    if (fileName.trimmed().isEmpty())
        return tr("Choose a file to export to.");

    // Render first, then write: a drawing failure never touches the file system.
    QByteArray bytes;
    QImage raster;
    switch (format) {
    case FigureFormat::Png:
        raster = image(view, options);
        if (raster.isNull())
            return tr("Could not draw the figure.");
        break;
    case FigureFormat::Svg: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(), options.size));
        // Fonts are sized in points; at the screen's 96 dpi they take the same share of the
        // figure as in the PNG (QSvgGenerator assumes 72 dpi otherwise).
        svg.setResolution(96);
        svg.setTitle(view->figureTitle());
        svg.setDescription(QStringLiteral("ActLab %1").arg(QLatin1String(AppInfo::version)));
        ExportScaleScope scope(view, 2); // vector output: sample finer than one screen pixel
        if (!paintVector(view, &svg, options.size))
            return tr("Could not draw the figure.");
        buffer.close();
        bytes = withRealFontFamilies(bytes);
        // Checked before anything is written: the file must open in a browser or Inkscape.
        if (!QSvgRenderer(bytes).isValid())
            return tr("Could not draw the figure.");
        break;
    }
    case FigureFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("ActLab %1").arg(QLatin1String(AppInfo::version)));
        pdf.setTitle(view->figureTitle());
        // One layout pixel is one point, as in QCustomPlot::savePdf.
        pdf.setPageSize(
            QPageSize(QSizeF(options.size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(96); // as QCustomPlot::savePdf: text keeps its share of the figure

        ExportScaleScope scope(view, 2);
        if (!paintVector(view, &pdf, options.size))
            return tr("Could not draw the figure.");
        break;
    }
    case FigureFormat::Csv:
        view->refreshNow(); // the curves as they are now, not as last painted
        bytes = view->csv();
        break;
    }

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2")
            .arg(QDir::toNativeSeparators(fileName), file.errorString());
    bool written = false;
    if (format == FigureFormat::Png) {
        QImageWriter writer(&file, "png");
        written = writer.write(raster);
        if (!written) {
            file.cancelWriting();
            return tr("Cannot write \"%1\": %2")
                .arg(QDir::toNativeSeparators(fileName), writer.errorString());
        }
    } else {
        written = file.write(bytes) == bytes.size();
    }
    if (!written || !file.commit())
        return tr("Cannot write \"%1\": %2")
            .arg(QDir::toNativeSeparators(fileName), file.errorString());
    return {};
}

QString FigureExporter::copyToClipboard(Figure *view, const FigureOptions &options) {
    const QString invalid = validate(options);
    if (!invalid.isEmpty())
        return invalid;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return tr("The clipboard is not available.");
    const QImage img = image(view, options);
    if (img.isNull())
        return tr("Could not draw the figure.");
    clipboard->setImage(img);
    return {};
}

QString FigureExporter::print(Figure *view, QPrinter *printer) {
    // The figure keeps its on-screen aspect and is fitted into the page's printable area; a
    // vector painter, so lines and text stay sharp at the printer's resolution.
    QCustomPlot *plot = view->customPlot();
    const QSize layout =
        plot->size().isValid() && !plot->size().isEmpty() ? plot->size() : QSize(1280, 800);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    if (page.isEmpty())
        return tr("The printer reports no printable area.");
    const double fit = std::min(page.width() / layout.width(), page.height() / layout.height());
    const QSize logical(qRound(page.width() / fit), qRound(page.height() / fit));
    view->refreshNow();
    QCPPainter painter;
    if (!painter.begin(printer))
        return tr("Could not start printing.");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(QPoint(), logical));
    {
        ExportScaleScope scope(view, 2);
        plot->toPainter(&painter, logical.width(), logical.height());
    }
    return painter.end() ? QString() : tr("Could not print the figure.");
}
