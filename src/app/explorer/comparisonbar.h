// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QWidget>

#include "pin.h"

class QHBoxLayout;
class QLabel;
class QMenu;
class QToolButton;

/**
 * A strip above the plot listing the pins, each as a chip in its curve's colour whose menu
 * renames, hides or shows, moves and removes it, and a button that clears them all. Hidden when
 * nothing is pinned. It only asks; the controller's PinBoard changes the pins (undoably).
 */
class ComparisonBar : public QWidget {
    Q_OBJECT

public:
    /// The display name of an activation id in the current language (formulas by their name).
    using NameProvider = std::function<QString(const QString &id)>;

    explicit ComparisonBar(NameProvider names, QWidget *parent = nullptr);
    ~ComparisonBar() override;

    void setPins(const QList<Pin> &pins);
    QList<Pin> pins() const { return m_pins; }
    /// The chip of each pin, in order (tests).
    QList<QToolButton *> chips() const { return m_buttons; }
    /// The text a pin is shown with: its name, or the activation's name and changed parameters.
    QString label(const Pin &pin) const;

signals:
    void removeRequested(int index);
    void visibilityRequested(int index, bool visible);
    void moveRequested(int from, int to);
    void renameRequested(int index, const QString &name);
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QMenu *menuFor(int index, QWidget *owner);

    NameProvider m_names;
    QList<Pin> m_pins;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QToolButton *m_clear = nullptr;
    QList<QToolButton *> m_buttons;
};
