// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QWidget>

#include "playgroundsetup.h"

class QDoubleSpinBox;
class QSlider;
class QCheckBox;
class QFormLayout;

namespace Ui {
class PlaygroundSetupPanel;
}

/**
 * The playground's set-up: data, network and training options (a Designer form), plus the
 * activation's parameter sliders, built for whichever activation is chosen. It edits a
 * PlaygroundSetup and says what kind of change happened, because the page treats them
 * differently: new data or a new network means a reset, a training option is applied live.
 */
class PlaygroundSetupPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlaygroundSetupPanel(QWidget *parent = nullptr);
    ~PlaygroundSetupPanel() override;

    PlaygroundSetup setup() const;
    /// Shows `setup` without emitting change signals.
    void setSetup(const PlaygroundSetup &setup);
    /// The task the current data asks for, shown with its loss (set by the page).
    void setTaskText(const QString &text);
    /// The CSV file in use, or an error about it (shown under the data buttons).
    void setCsvStatus(const QString &text, bool error);
    /// Selects an activation by id (catalog id or "expr:..."); false when it is not listed.
    bool selectActivation(const QString &id);
    QStringList activationIds() const;

signals:
    void dataChanged();     ///< needs new data and a reset
    void networkChanged();  ///< needs new initial weights (same data)
    void trainingChanged(); ///< optimiser settings: applied without a reset
    void csvRequested();    ///< "Load CSV…" pressed

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ParamRow {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QCheckBox *none = nullptr; ///< for parameters where +inf means "none"
    };
    void fillCombos();
    void fillActivations();
    void rebuildParams(const std::vector<double> &values);
    void addFormula();
    void updateDataControls();
    void emitDataChanged();

    std::unique_ptr<Ui::PlaygroundSetupPanel> m_ui;
    QFormLayout *m_paramsForm = nullptr;
    std::vector<ParamRow> m_paramRows;
    QString m_csvPath;
    bool m_updating = false; ///< suppresses signals while the form is filled in code
};
