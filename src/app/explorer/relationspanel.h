// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "explorer/pin.h"
#include "plot/plotview.h"
#include "relations/identities.h"

class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;

/**
 * Relations between activations a student should know (tanh(x) = 2σ(2x) − 1, SiLU(x) = x·σ(x),
 * GELU(x) ≈ x·σ(1.702x), ...), stated and shown: the selected identity's two sides drawn as two
 * curves, the second dashed so that where they coincide one line is seen, and the largest
 * difference between them over the visible range. "Open as pins" hands the activations involved,
 * with their parameters, to the explorer. The identities and every number come from the core
 * (actlab::identities(), compareIdentity()).
 */
class RelationsPanel : public QWidget {
    Q_OBJECT

public:
    /// The x range shown at first.
    static constexpr double kDefaultLo = -8;
    static constexpr double kDefaultHi = 8;
    /// Points sampled across the visible range.
    static constexpr int kSamples = 801;

    explicit RelationsPanel(QWidget *parent = nullptr);
    ~RelationsPanel() override;

    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    /// Selects an identity by its key (actlab::Identity::key); false when unknown.
    bool selectIdentity(const QString &key);
    /// The selected identity's key; empty when none is selected.
    QString currentKey() const;
    /// What "Open as pins" sends for identity `index`: its activations with their parameters.
    static QList<Pin> pinsFor(const actlab::Identity &identity);

    void setXRange(double lo, double hi);
    void setTheme(PlotTheme theme);
    PlotTheme theme() const { return m_theme; }

    /// The sampled sides of the selected identity over the visible range.
    const actlab::IdentityComparison &comparison() const { return m_comparison; }
    QListWidget *list() const { return m_list; }
    QCustomPlot *customPlot() const { return m_plot; }
    /// The dotted vertical line at the largest difference.
    QCPItemStraightLine *marker() const { return m_marker; }
    QLabel *differenceLabel() const { return m_difference; }
    QPushButton *openButton() const { return m_open; }

signals:
    /// The user asked to pin the activations of the selected identity (ids and parameters).
    void openAsPins(const QList<Pin> &pins);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitListHeight();
    void showCurrent();
    void resample();
    void updateTexts();
    void applyTheme();
    const actlab::Identity *current() const;

    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPItemStraightLine *m_marker = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_open = nullptr;
    actlab::IdentityComparison m_comparison;
    PlotTheme m_theme = PlotTheme::Light;
};
