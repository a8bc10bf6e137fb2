// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

/**
 * A strip above the plot listing the activations drawn for comparison, each as a button that
 * removes it, and an "Add…" button. Hidden when nothing is compared.
 */
class ComparisonBar : public QWidget {
    Q_OBJECT

public:
    using NameProvider = std::function<QString(const QString &id)>;

    explicit ComparisonBar(NameProvider names, QWidget *parent = nullptr);
    ~ComparisonBar() override;

    void setIds(const QStringList &ids);
    QStringList ids() const { return m_ids; }
    /// The remove button of each id, in order (tests).
    QList<QToolButton *> removeButtons() const { return m_buttons; }

signals:
    void removeRequested(const QString &id);
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    NameProvider m_names;
    QStringList m_ids;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QToolButton *m_clear = nullptr;
    QList<QToolButton *> m_buttons;
};
