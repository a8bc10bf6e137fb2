// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "parametereditcommand.h"
#include "parametereditor.h"
#include "undotext.h"

ParameterPanel::ParameterPanel(QWidget *parent)
    : QWidget(parent)
    , m_undoGroup(new QUndoGroup(this)) {
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_resetAll = new QPushButton(this);
    m_resetAll->setAutoDefault(false);
    connect(m_resetAll, &QPushButton::clicked, this, &ParameterPanel::resetAll);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);

    m_editorsHost = new QWidget;
    m_editorsLayout = new QVBoxLayout(m_editorsHost);
    m_editorsLayout->setContentsMargins(0, 0, 0, 0);
    m_editorsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editorsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_resetAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    retranslateUi();
}

ParameterPanel::~ParameterPanel() = default;

void ParameterPanel::setActivation(const QString &id, const actlab::ActivationSpec *spec,
                                   const std::vector<double> &values, const QString &formulaName) {
    qDeleteAll(m_editors);
    m_editors.clear();
    m_id = id;
    m_spec = spec;
    m_formulaName = formulaName;

    if (spec) {
        for (std::size_t i = 0; i < spec->params.size(); ++i) {
            auto *editor = new ParameterEditor(spec->params[i], m_editorsHost);
            editor->setValue(i < values.size() ? values[i] : spec->params[i].defaultValue);
            const int index = int(i);
            connect(editor, &ParameterEditor::valueEdited, this,
                    [this, index](double oldValue, double newValue, int dragId) {
                        pushEdit(index, oldValue, newValue, dragId);
                    });
            m_editorsLayout->insertWidget(m_editorsLayout->count() - 1, editor);
            m_editors.append(editor);
        }
    }

    QUndoStack *&stack = m_stacks[id];
    if (!stack) {
        stack = new QUndoStack(m_undoGroup);
        m_undoGroup->addStack(stack);
    }
    m_undoGroup->setActiveStack(stack);
    retranslateUi();
}

std::vector<double> ParameterPanel::values() const {
    std::vector<double> result;
    result.reserve(std::size_t(m_editors.size()));
    for (const ParameterEditor *editor : m_editors)
        result.push_back(editor->value());
    return result;
}

QUndoStack *ParameterPanel::currentUndoStack() const {
    return m_undoGroup->activeStack();
}

QUndoStack *ParameterPanel::ownStack() {
    // The group's active stack may be another panel's (the pins'); an edit here goes on this
    // activation's stack and makes it the one Undo reaches.
    QUndoStack *stack = m_stacks.value(m_id);
    if (stack)
        m_undoGroup->setActiveStack(stack);
    return stack;
}

void ParameterPanel::pushEdit(int index, double oldValue, double newValue, int dragId) {
    QUndoStack *stack = ownStack();
    if (!stack)
        return;
    // A value that would break an order between parameters (hard_tanh's min_val < max_val)
    // stops at the nearest one allowed, so the plot never shows a function that does not exist.
    if (m_spec)
        newValue = actlab::nearestOrderedValue(*m_spec, values(), std::size_t(index), newValue);
    if (newValue == oldValue) {
        m_editors[index]->setValue(oldValue); // the slider or box shows the value that holds
        return;
    }
    const QString name = QString::fromStdString(m_editors[index]->spec().name);
    // push() runs redo(), which applies the value and emits parametersChanged.
    stack->push(new ParameterEditCommand([this](int i, double v) { applyValue(i, v); }, index, name,
                                         oldValue, newValue, dragId));
}

void ParameterPanel::applyValue(int index, double value) {
    if (index < 0 || index >= m_editors.size())
        return;
    m_editors[index]->setValue(value);
    emit parametersChanged(values());
}

void ParameterPanel::resetAll() {
    QUndoStack *stack = ownStack();
    if (!stack || m_editors.isEmpty())
        return;
    bool any = false;
    for (int i = 0; i < m_editors.size(); ++i) {
        const ParameterEditor *editor = m_editors[i];
        const double defaultValue = editor->spec().defaultValue;
        if (editor->value() == defaultValue)
            continue;
        if (!any)
            stack->beginMacro(UndoText::encode(
                "ParameterPanel", QT_TRANSLATE_NOOP("ParameterPanel", "reset parameters")));
        any = true;
        stack->push(new ParameterEditCommand([this](int k, double v) { applyValue(k, v); }, i,
                                             QString::fromStdString(editor->spec().name),
                                             editor->value(), defaultValue, 0));
    }
    if (any)
        stack->endMacro();
}

void ParameterPanel::retranslateUi() {
    m_resetAll->setText(tr("Reset all"));
    m_resetAll->setToolTip(tr("Reset every parameter to its default (Ctrl+Z undoes it)"));
    const QString name = m_spec ? activationName(*m_spec) : m_formulaName;
    m_title->setText(name);
    m_resetAll->setVisible(!m_editors.isEmpty());
    m_empty->setVisible(m_editors.isEmpty());
    if (m_id.isEmpty())
        m_empty->setText(tr("Choose an activation from the catalog."));
    else if (!m_spec)
        m_empty->setText(tr("A formula has no parameters: edit the formula to change it."));
    else
        m_empty->setText(tr("This activation has no parameters."));
}

void ParameterPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
