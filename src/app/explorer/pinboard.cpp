// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinboard.h"

#include <QUndoCommand>
#include <QUndoStack>

#include "settings.h"
#include "undotext.h"

/// One change of the pin list: the whole list before and after (a few entries, so copying is
/// cheaper than clever).
class PinListCommand : public QUndoCommand {
public:
    PinListCommand(PinBoard *board, QList<Pin> before, QList<Pin> after, const QString &text)
        : QUndoCommand(text)
        , m_board(board)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void undo() override { m_board->apply(m_before); }
    void redo() override { m_board->apply(m_after); }

private:
    PinBoard *m_board;
    QList<Pin> m_before;
    QList<Pin> m_after;
};

PinBoard::PinBoard(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this)) {}

PinBoard::~PinBoard() = default;

void PinBoard::add(const Pin &pin) {
    QList<Pin> after = m_pins;
    after << pin;
    change(after, UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "pin")));
}

void PinBoard::addAll(const QList<Pin> &pins) {
    if (pins.isEmpty())
        return;
    change(m_pins + pins, UndoText::encodeCount(
                              "PinBoard", QT_TRANSLATE_N_NOOP("PinBoard", "pin %n activation(s)"),
                              int(pins.size())));
}

void PinBoard::remove(int index) {
    if (index < 0 || index >= m_pins.size())
        return;
    QList<Pin> after = m_pins;
    after.removeAt(index);
    change(after, UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "unpin")));
}

void PinBoard::move(int from, int to) {
    if (from < 0 || from >= m_pins.size() || to < 0 || to >= m_pins.size() || from == to)
        return;
    QList<Pin> after = m_pins;
    after.move(from, to);
    change(after, UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "move pin")));
}

void PinBoard::setVisible(int index, bool visible) {
    if (index < 0 || index >= m_pins.size() || m_pins[index].visible == visible)
        return;
    QList<Pin> after = m_pins;
    after[index].visible = visible;
    change(after, visible
                      ? UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "show pin"))
                      : UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "hide pin")));
}

void PinBoard::rename(int index, const QString &name) {
    if (index < 0 || index >= m_pins.size() || m_pins[index].name == name.trimmed())
        return;
    QList<Pin> after = m_pins;
    after[index].name = name.trimmed();
    change(after, UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "rename pin")));
}

void PinBoard::clear() {
    if (!m_pins.isEmpty())
        change({}, UndoText::encode("PinBoard", QT_TRANSLATE_NOOP("PinBoard", "clear pins")));
}

void PinBoard::reset(const QList<Pin> &pins) {
    m_pins = pins;
    SettingsKeys::pins.set(pinsToVariant(m_pins));
    emit changed();
}

void PinBoard::change(QList<Pin> after, const QString &text) {
    m_undo->push(new PinListCommand(this, m_pins, std::move(after), text)); // push runs redo()
}

void PinBoard::apply(const QList<Pin> &pins) {
    m_pins = pins;
    SettingsKeys::pins.set(pinsToVariant(m_pins));
    emit changed();
}
