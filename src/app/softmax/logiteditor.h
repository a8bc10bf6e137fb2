// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;
class QSpinBox;

/**
 * The softmax lab's input: how many logits (2 to 10), one slider and spin box per logit, and a
 * temperature on a logarithmic slider. The sliders cover a teaching range; a typed value
 * outside it widens the slider, as the explorer's parameter panel does. Emits changed() once
 * per edit, never while it sets its own widgets.
 */
class LogitEditor : public QWidget {
    Q_OBJECT

public:
    explicit LogitEditor(QWidget *parent = nullptr);

    std::vector<double> logits() const;
    double temperature() const;
    /// Takes at most the lab's maximum number of logits, and pads to its minimum with zeros.
    void setLogits(const std::vector<double> &logits);
    void setTemperature(double temperature);

    QSpinBox *countBox() const { return m_count; }
    QDoubleSpinBox *logitBox(int index) const;
    QSlider *logitSlider(int index) const;
    QDoubleSpinBox *temperatureBox() const { return m_temperatureBox; }
    QSlider *temperatureSlider() const { return m_temperatureSlider; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *box = nullptr;
    };

    void retranslateUi();
    void setCount(int count);
    void syncSlider(const Row &row);
    void syncTemperatureSlider();

    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QGridLayout *m_rows = nullptr;
    std::vector<Row> m_logitRows;
    QLabel *m_temperatureLabel = nullptr;
    QSlider *m_temperatureSlider = nullptr;
    QDoubleSpinBox *m_temperatureBox = nullptr;
    bool m_updating = false;
};
