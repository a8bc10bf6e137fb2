// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "depth/depthchart.h"

class QCPColorMap;
class QCPColorScale;
class QCPTextElement;

/**
 * The softmax Jacobian ∂pᵢ/∂xⱼ as an n × n heat map on a diverging scale symmetric about 0:
 * positive on the diagonal (raising a logit raises its own probability), negative off it
 * (and every other probability falls), each row summing to zero.
 */
class JacobianHeatMap : public DepthChart {
    Q_OBJECT

public:
    explicit JacobianHeatMap(QWidget *parent = nullptr);
    ~JacobianHeatMap() override;

    void setTitle(const QString &title);
    /// Row-major n × n.
    void setJacobian(const std::vector<double> &jacobian, std::size_t n);
    double cell(int row, int column) const;

private:
    QCPTextElement *m_title = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
};
