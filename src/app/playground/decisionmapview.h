// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QHash>
#include <QImage>
#include <QWidget>

class QPainter;

#include "decisiongrid.h"

/**
 * Heat map of the network's decision over the input plane (painted from a QImage, so a 256×256
 * grid redraws in well under a millisecond), with the training points as filled discs and the
 * test points as rings. Confidence is shading: a cell fades to neutral as the model's output
 * approaches the decision boundary; "discretise" shows only the winning class.
 */
class DecisionMapView : public QWidget {
    Q_OBJECT

public:
    explicit DecisionMapView(QWidget *parent = nullptr);
    ~DecisionMapView() override;

    void setTask(MapTask task, int classes);
    MapTask task() const { return m_task; }
    void setGrid(const DecisionGrid &grid);
    void setGrid(DecisionGrid &&grid);
    const DecisionGrid &grid() const { return m_grid; }
    /// The data. Large sets are thinned evenly for drawing (a few thousand discs already
    /// cover the plane), and a note says how many are shown.
    void setPoints(std::vector<MapPoint> points);
    /// The points drawn (all of them up to kMaxShownPoints per part, else an even selection).
    const std::vector<MapPoint> &points() const { return m_points; }
    std::size_t totalPoints() const { return m_totalPoints; }
    /// Training points, and separately test points, drawn at most.
    static constexpr std::size_t kMaxShownPoints = 4000;

    void setDiscretised(bool on);
    bool isDiscretised() const { return m_discretised; }
    void setTestPointsVisible(bool on);
    bool testPointsVisible() const { return m_showTest; }
    /// A short caption drawn in the top-left corner (race mode names each map).
    void setCaption(const QString &caption);

    /// The coloured grid as last rendered (one pixel per cell), for tests and export.
    const QImage &heatImage() const { return m_image; }
    /// Number of times the map has been painted, for the responsiveness benchmark.
    long long paintCount() const { return m_paintCount; }
    /// Number of times the points were drawn into their cached layer (tests: not per frame).
    long long pointLayerBuilds() const { return m_layerBuilds; }

    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildImage();
    QRect plotRect() const;
    QPointF toPixel(double x1, double x2, const QRect &r) const;
    void paintCurve(QPainter &p, const QRect &r) const;
    void regressionYRange(double &lo, double &hi) const;
    const QImage &sprite(QRgb fill, bool test) const;
    void paintPoints(QPainter &p, const QRect &r, bool curve) const;
    void invalidatePointLayer() { m_layer = QImage(); }

    MapTask m_task = MapTask::Binary;
    int m_classes = 2;
    DecisionGrid m_grid;
    std::vector<MapPoint> m_points;
    std::size_t m_totalPoints = 0;
    /// The points drawn once over a transparent image of the plot's size: the grid changes
    /// every frame, the points only with the data, the size or the options.
    QImage m_layer;
    QRect m_layerRect;
    double m_layerDomain[4] = {};
    long long m_layerBuilds = 0;
    QImage m_image;
    QString m_caption;
    bool m_discretised = false;
    bool m_showTest = true;
    double m_targetLo = -1; ///< range of the regression targets, for the colour scale
    double m_targetHi = 1;
    long long m_paintCount = 0;
    double m_curveLo = -1; ///< vertical range of a 1-D regression plot, set per paint
    double m_curveHi = 1;
    mutable QHash<quint64, QImage> m_sprites;
};
