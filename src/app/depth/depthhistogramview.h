// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "depthchart.h"
#include "depthseries.h"

class QCPColorMap;

/**
 * The distribution of hˡ through depth as one heat strip per configuration: layer across,
 * value up, the share of units in each bin as colour (viridis, log scale, so both a narrow
 * peak and thin tails show). Saturation piles up at the edges, collapse in the middle.
 */
class DepthHistogramView : public DepthChart {
    Q_OBJECT

public:
    explicit DepthHistogramView(QWidget *parent = nullptr);
    ~DepthHistogramView() override;

    void setSeries(const std::vector<DepthSeries> &series);
    int stripCount() const { return int(m_maps.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void themeApplied() override;

    std::vector<QCPColorMap *> m_maps;
    std::vector<DepthSeries> m_series;
};
