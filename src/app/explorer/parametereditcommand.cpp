// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametereditcommand.h"

#include <QCoreApplication>

#include "undotext.h"

namespace {
constexpr int kCommandId = 0x5041; // any constant unique among ActLab's undo commands
}

ParameterEditCommand::ParameterEditCommand(Apply apply, int index, const QString &name,
                                           double oldValue, double newValue, int dragId)
    : m_apply(std::move(apply))
    , m_index(index)
    , m_old(oldValue)
    , m_new(newValue)
    , m_dragId(dragId) {
    setText(
        UndoText::encode("ParameterPanel", QT_TRANSLATE_NOOP("ParameterPanel", "change %1"), name));
}

void ParameterEditCommand::undo() {
    m_apply(m_index, m_old);
}

void ParameterEditCommand::redo() {
    m_apply(m_index, m_new);
}

int ParameterEditCommand::id() const {
    return kCommandId;
}

bool ParameterEditCommand::mergeWith(const QUndoCommand *other) {
    const auto *edit = static_cast<const ParameterEditCommand *>(other);
    if (m_dragId == 0 || edit->m_dragId != m_dragId || edit->m_index != m_index)
        return false;
    m_new = edit->m_new;
    setObsolete(m_new == m_old); // a drag that ends where it began leaves nothing to undo
    return true;
}
