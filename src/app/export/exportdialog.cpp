// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <array>

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include "export/figure.h"
#include "filedialogs.h"
#include "settings.h"
#include "ui_exportdialog.h"

namespace {

constexpr std::array<FigureFormat, 4> formats{FigureFormat::Png, FigureFormat::Svg,
                                              FigureFormat::Pdf, FigureFormat::Csv};

// Sizes a teacher reaches for: the two slide shapes, a classic projector, a paper figure.
constexpr std::array<QSize, 4> presetSizes{QSize(1280, 800), QSize(1920, 1080), QSize(1024, 768),
                                           QSize(800, 500)};

} // namespace

ExportDialog::ExportDialog(Figure *view, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_view(view) {
    m_ui->setupUi(this);
    m_copyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    for (std::size_t i = 0; i < formats.size(); ++i)
        m_ui->formatCombo->addItem(QString());
    for (std::size_t i = 0; i <= presetSizes.size(); ++i)
        m_ui->presetCombo->addItem(QString());
    retranslateUi();

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_ui->presetCombo, &QComboBox::activated, this, &ExportDialog::presetChosen);
    connect(m_ui->widthSpin, &QSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
    connect(m_ui->heightSpin, &QSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    // Start from the last choices; the file is named after the activation shown now.
    setOptions({SettingsKeys::exportSize.get(), SettingsKeys::exportScale.get()});
    const auto remembered =
        FigureExporter::formatForFile(QStringLiteral("x.") + SettingsKeys::exportFormat.get());
    QString directory = SettingsKeys::exportDirectory.get();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) // XDG names it, may not exist
        directory = QDir::homePath();
    const FigureFormat format = remembered.value_or(FigureFormat::Png);
    setFileName(QDir(directory).filePath(view->fileBaseName() + QLatin1Char('.') +
                                         FigureExporter::suffix(format)));
    setFormat(format);
    formatChanged();
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::exportFigure(Figure *view, QWidget *parent) {
    ExportDialog dialog(view, parent);
    return dialog.exec() == QDialog::Accepted;
}

FigureFormat ExportDialog::format() const {
    const int i = m_ui->formatCombo->currentIndex();
    return i >= 0 && i < int(formats.size()) ? formats[std::size_t(i)] : FigureFormat::Png;
}

void ExportDialog::setFormat(FigureFormat format) {
    for (std::size_t i = 0; i < formats.size(); ++i)
        if (formats[i] == format)
            m_ui->formatCombo->setCurrentIndex(int(i));
}

FigureOptions ExportDialog::options() const {
    return {QSize(m_ui->widthSpin->value(), m_ui->heightSpin->value()), m_ui->scaleSpin->value()};
}

void ExportDialog::setOptions(const FigureOptions &options) {
    m_ui->widthSpin->setValue(options.size.width());
    m_ui->heightSpin->setValue(options.size.height());
    m_ui->scaleSpin->setValue(options.scale);
    sizeEdited();
}

QString ExportDialog::fileName() const {
    return m_ui->fileEdit->text().trimmed();
}

void ExportDialog::setFileName(const QString &fileName) {
    m_ui->fileEdit->setText(QDir::toNativeSeparators(fileName));
}

QString ExportDialog::exportNow() {
    const QString file = QDir::fromNativeSeparators(fileName());
    const QString error = FigureExporter::save(m_view, file, format(), options());
    if (error.isEmpty())
        remember();
    return error;
}

void ExportDialog::accept() {
    const QString error = exportNow();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return; // stay open so the user can pick another file
    }
    QDialog::accept();
}

void ExportDialog::remember() const {
    const QString file = QDir::fromNativeSeparators(fileName());
    SettingsKeys::exportDirectory.set(QFileInfo(file).absolutePath());
    SettingsKeys::exportFormat.set(FigureExporter::suffix(format()));
    SettingsKeys::exportSize.set(options().size);
    SettingsKeys::exportScale.set(options().scale);
}

void ExportDialog::formatChanged() {
    const FigureFormat f = format();
    // Size means nothing to CSV; scale only to the bitmap.
    m_ui->widthSpin->setEnabled(f != FigureFormat::Csv);
    m_ui->heightSpin->setEnabled(f != FigureFormat::Csv);
    m_ui->presetCombo->setEnabled(f != FigureFormat::Csv);
    m_ui->scaleSpin->setEnabled(f == FigureFormat::Png);
    m_copyButton->setEnabled(f != FigureFormat::Csv);

    // Keep the file's suffix in step with the format.
    const QString file = fileName();
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        const QString wanted = FigureExporter::suffix(f);
        if (info.suffix().toLower() != wanted) {
            const QString base = FigureExporter::formatForFile(file)
                                     ? file.left(file.size() - info.suffix().size() - 1)
                                     : file;
            setFileName(base + QLatin1Char('.') + wanted);
        }
    }
    switch (f) {
    case FigureFormat::Png:
        m_ui->hintLabel->setText(tr("PNG: a bitmap for slides and documents. The image has "
                                    "size × scale pixels."));
        break;
    case FigureFormat::Svg:
        m_ui->hintLabel->setText(tr("SVG: a vector drawing for web pages and Inkscape; the size "
                                    "sets its proportions and text size."));
        break;
    case FigureFormat::Pdf:
        m_ui->hintLabel->setText(
            tr("PDF: a vector page for LaTeX and print; one pixel is one point."));
        break;
    case FigureFormat::Csv:
        m_ui->hintLabel->setText(tr("CSV: the sampled points of every curve shown, with the "
                                    "columns curve, order, piece, x and y."));
        break;
    }
}

void ExportDialog::presetChosen() {
    const int i = m_ui->presetCombo->currentIndex() - 1; // entry 0 is "Custom"
    if (i < 0 || i >= int(presetSizes.size()))
        return;
    const QSignalBlocker blockWidth(m_ui->widthSpin);
    const QSignalBlocker blockHeight(m_ui->heightSpin);
    m_ui->widthSpin->setValue(presetSizes[std::size_t(i)].width());
    m_ui->heightSpin->setValue(presetSizes[std::size_t(i)].height());
}

void ExportDialog::sizeEdited() {
    const QSize size(m_ui->widthSpin->value(), m_ui->heightSpin->value());
    int index = 0;
    for (std::size_t i = 0; i < presetSizes.size(); ++i)
        if (presetSizes[i] == size)
            index = int(i) + 1;
    m_ui->presetCombo->setCurrentIndex(index);
}

void ExportDialog::browse() {
    const FigureFormat f = format();
    QString filter;
    switch (f) {
    case FigureFormat::Png:
        filter = tr("PNG images (*.png)");
        break;
    case FigureFormat::Svg:
        filter = tr("SVG drawings (*.svg)");
        break;
    case FigureFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case FigureFormat::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    }
    const QString chosen = FileDialogs::saveFileName(
        this, tr("Export Figure"), QDir::fromNativeSeparators(fileName()), filter);
    if (chosen.isEmpty())
        return;
    setFileName(chosen);
    if (const auto byName = FigureExporter::formatForFile(chosen))
        setFormat(*byName);
    else
        formatChanged(); // adds the suffix
}

void ExportDialog::copyToClipboard() {
    const QString error = FigureExporter::copyToClipboard(m_view, options());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Copy failed"), error);
}

void ExportDialog::retranslateUi() {
    m_ui->retranslateUi(this);
    m_copyButton->setText(tr("Copy &Image"));
    m_copyButton->setToolTip(tr("Copy the figure to the clipboard at this size and scale"));
    m_ui->formatCombo->setItemText(0, tr("PNG image"));
    m_ui->formatCombo->setItemText(1, tr("SVG vector drawing"));
    m_ui->formatCombo->setItemText(2, tr("PDF document"));
    m_ui->formatCombo->setItemText(3, tr("CSV data (sampled curves)"));
    m_ui->presetCombo->setItemText(0, tr("Custom"));
    m_ui->presetCombo->setItemText(1, tr("Slide 16:10 (1280 × 800)"));
    m_ui->presetCombo->setItemText(2, tr("Slide 16:9 (1920 × 1080)"));
    m_ui->presetCombo->setItemText(3, tr("Projector 4:3 (1024 × 768)"));
    m_ui->presetCombo->setItemText(4, tr("Paper figure (800 × 500)"));
    if (m_view)
        formatChanged();
}

void ExportDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
