// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>

#include "depth/depthlabworker.h"
#include "depthchart.h"

class QCPColorMap;
class QCPCurve;
class QCPGraph;

/**
 * The (σ_w², σ_b²) plane for one activation, coloured by χ₁ on a log scale (blue: ordered,
 * gradients vanish; white: critical; orange: chaotic, gradients explode), with the critical
 * line χ₁ = 1 drawn and each configuration a point that can be dragged to new variances.
 */
class PhaseDiagramView : public DepthChart {
    Q_OBJECT

public:
    struct Point {
        double weightVariance = 1;
        double biasVariance = 0;
        QColor colour;
        bool sameActivation = true; ///< false: drawn hollow (the colouring is not its own)
    };

    explicit PhaseDiagramView(QWidget *parent = nullptr);
    ~PhaseDiagramView() override;

    static std::vector<double> weightAxis(); ///< the grid's σ_w² values
    static std::vector<double> biasAxis();   ///< the grid's σ_b² values

    void setDiagram(const actlab::depth::PhaseDiagram &diagram, const QString &activationName);
    void clearDiagram();
    void setPoints(const std::vector<Point> &points);
    bool hasDiagram() const { return m_hasDiagram; }
    /// Moves point `index` as a drag would (tests, keyboard).
    void dragPoint(int index, double weightVariance, double biasVariance);

signals:
    /// A point was dragged; emitted while dragging.
    void pointMoved(int index, double weightVariance, double biasVariance);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void mousePressed(QMouseEvent *event);
    void mouseMoved(QMouseEvent *event);
    void mouseReleased(QMouseEvent *event);
    void redrawPoints();
    void themeApplied() override;

    QCPColorMap *m_map = nullptr;
    QCPCurve *m_critical = nullptr;
    std::vector<QCPGraph *> m_pointGraphs;
    std::vector<Point> m_points;
    QString m_activationName;
    bool m_hasDiagram = false;
    int m_dragging = -1;
};
