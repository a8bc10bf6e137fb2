// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class Figure;
class QPrinter;

enum class FigureFormat { Png, Svg, Pdf, Csv };

struct FigureOptions {
    QSize size{1280, 800}; ///< layout size in device-independent pixels (points for PDF)
    double scale = 1;      ///< PNG only: pixels per layout pixel (2 for a crisp slide)
};

/**
 * Writes a view (overlay, small multiples, gradient view) as a figure (PNG, SVG, PDF), its data
 * as CSV, or prints it. Files are written
 * atomically (QSaveFile): a failed export leaves any earlier file untouched and no partial file
 * behind. Errors are returned as one translated sentence, never thrown. The explorer's
 * File → Export… and `actlab render` share this code, so both produce the same figure.
 */
class FigureExporter {
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)

public:
    static constexpr int minimumSide = 16;
    static constexpr int maximumSide = 16384;
    static constexpr double minimumScale = 0.25;
    static constexpr double maximumScale = 8;

    /// The format named by a file's suffix (case-insensitive), or nullopt.
    static std::optional<FigureFormat> formatForFile(const QString &fileName);
    /// "png", "svg", "pdf" or "csv".
    static QString suffix(FigureFormat format);

    /// Saves to fileName; returns an empty string on success, else the reason it failed.
    static QString save(Figure *view, const QString &fileName, FigureFormat format,
                        const FigureOptions &options);
    /// The figure as an image of size × scale pixels (null image if options are invalid).
    static QImage image(Figure *view, const FigureOptions &options);
    /// Puts the figure on the clipboard; returns an empty string on success.
    static QString copyToClipboard(Figure *view, const FigureOptions &options);

    /// Prints the figure on one page, fitted to its printable area; empty on success.
    static QString print(Figure *view, QPrinter *printer);

    /// Empty when the size and scale are usable, else why not.
    static QString validate(const FigureOptions &options);
};
