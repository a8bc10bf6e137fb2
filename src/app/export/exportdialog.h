// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

#include "export/figureexporter.h"

class Figure;
class QPushButton;

namespace Ui {
class ExportDialog;
}

/**
 * File → Export…: format (PNG, SVG, PDF, CSV), size, scale and file for the plot, plus a button
 * that copies the image to the clipboard. The choices are remembered between sessions. Saving
 * goes through FigureExporter; a failure is shown as one sentence and the dialog stays open.
 *
 * MainWindow use: `ExportDialog::exportFigure(plotView, this);`
 */
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(Figure *view, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Opens the dialog modally for `view`; returns true when a file was written.
    static bool exportFigure(Figure *view, QWidget *parent);

    FigureFormat format() const;
    void setFormat(FigureFormat format);
    FigureOptions options() const;
    void setOptions(const FigureOptions &options);
    QString fileName() const;
    void setFileName(const QString &fileName);

    /// Writes the file with the current choices; empty on success, else the reason.
    QString exportNow();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void formatChanged();
    void presetChosen();
    void sizeEdited();
    void copyToClipboard();
    void remember() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Figure *m_view;
    QPushButton *m_copyButton = nullptr;
};
