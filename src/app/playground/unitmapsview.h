// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QImage>
#include <QWidget>

#include "unitmaps.h"

class QLabel;

/**
 * A thumbnail per hidden unit, coloured orange (negative) to blue (positive) on the unit's own
 * scale; hovering one shows it large in a popup.
 */
class UnitMapsView : public QWidget {
    Q_OBJECT

public:
    explicit UnitMapsView(QWidget *parent = nullptr);
    ~UnitMapsView() override;

    void setMaps(UnitMaps maps);
    const UnitMaps &maps() const { return m_maps; }
    /// Unit under the mouse, or -1.
    int hoveredUnit() const { return m_hovered; }
    /// The map of one unit rendered at `side` pixels (also what the popup shows).
    QImage renderUnit(int unit, int side, bool smooth = true) const;
    /// Unit at a widget position, or -1.
    int unitAt(const QPoint &pos) const;
    bool isPopupVisible() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int columnsFor(int w) const;
    QRect cellRect(int unit) const;
    void showPopup(int unit, const QPoint &globalPos);
    void hidePopup();

    UnitMaps m_maps;
    std::vector<QImage> m_thumbs; ///< rendered once per setMaps(), not per paint
    int m_hovered = -1;
    std::unique_ptr<QLabel> m_popup;
};
