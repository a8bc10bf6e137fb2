// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include "labdocument.h"
#include "lessonstepdialog.h"
#include "uinumber.h"

LessonBar::LessonBar(LabDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("lessonBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    const auto action = [this](auto slot) {
        auto *a = new QAction(this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_previousAction = action([this] { m_document->goToStep(m_document->currentStep() - 1); });
    m_nextAction = action([this] { m_document->goToStep(m_document->currentStep() + 1); });
    m_addAction = action([this] { addStep(); });
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAction = action([this] { editStep(m_document->currentStep()); });
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_updateAction = action([this] { m_document->updateStepState(m_document->currentStep()); });
    m_updateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_earlierAction = action(
        [this] { m_document->moveStep(m_document->currentStep(), m_document->currentStep() - 1); });
    m_laterAction = action(
        [this] { m_document->moveStep(m_document->currentStep(), m_document->currentStep() + 1); });
    m_deleteAction = action([this] { m_document->removeStep(m_document->currentStep()); });
    // The window's actions: their shortcuts work wherever the focus is.
    for (QAction *a : menuActions())
        if (a)
            a->setShortcutContext(Qt::WindowShortcut);

    m_lessonTitle = new QLabel;
    m_counter = new QLabel;
    m_stepTitle = new QLabel;
    QFont bold = m_stepTitle->font();
    bold.setBold(true);
    m_stepTitle->setFont(bold);
    m_stepTitle->setWordWrap(true);
    m_stepText = new QLabel;
    m_stepText->setWordWrap(true);
    m_stepText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previousButton = new QToolButton;
    m_previousButton->setDefaultAction(m_previousAction);
    m_nextButton = new QToolButton;
    m_nextButton->setDefaultAction(m_nextAction);
    m_editButton = new QToolButton;
    m_editButton->setPopupMode(QToolButton::InstantPopup);
    for (QAction *a : menuActions()) {
        if (a == m_previousAction || a == m_nextAction)
            continue;
        if (a)
            m_editButton->addAction(a);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_lessonTitle);
    top->addStretch(1);
    top->addWidget(m_previousButton);
    top->addWidget(m_counter);
    top->addWidget(m_nextButton);
    top->addWidget(m_editButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_stepText);

    connect(document, &LabDocument::lessonChanged, this, &LessonBar::refresh);
    connect(document, &LabDocument::stepChanged, this, &LessonBar::refresh);
    updateShortcuts();
    retranslateUi();
}

LessonBar::~LessonBar() = default;

QList<QAction *> LessonBar::menuActions() const {
    return {m_previousAction, m_nextAction,    nullptr,       m_addAction,   m_editAction,
            m_updateAction,   m_earlierAction, m_laterAction, m_deleteAction};
}

void LessonBar::setPresenting(bool presenting) {
    m_presenting = presenting;
    updateShortcuts();
    // The step's text is what the room reads: larger than the rest, which is scaled already.
    QFont font = m_stepText->font();
    font.setPointSizeF(QFont().pointSizeF() * (presenting ? 1.25 : 1.0));
    m_stepText->setFont(font);
    QFont title = font;
    title.setBold(true);
    m_stepTitle->setFont(title);
}

void LessonBar::updateShortcuts() {
    QList<QKeySequence> previous{QKeySequence(Qt::Key_PageUp)};
    QList<QKeySequence> next{QKeySequence(Qt::Key_PageDown)};
    if (m_presenting) { // a presenter's clicker sends PgUp/PgDn; a keyboard the arrows
        previous << QKeySequence(Qt::Key_Left) << QKeySequence(Qt::Key_Up);
        next << QKeySequence(Qt::Key_Right) << QKeySequence(Qt::Key_Down);
    }
    m_previousAction->setShortcuts(previous);
    m_nextAction->setShortcuts(next);
}

void LessonBar::addStep() {
    LessonStepDialog dialog(window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->addCurrentAsStep({dialog.title(), dialog.text(), {}});
}

void LessonBar::editStep(int index) {
    if (index < 0 || index >= m_document->lesson().steps.size())
        return;
    const LessonStep &step = m_document->lesson().steps[index];
    LessonStepDialog dialog(window());
    dialog.setTexts(step.title, step.text);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setStepTexts(index, dialog.title(), dialog.text());
}

void LessonBar::refresh() {
    const Lesson &lesson = m_document->lesson();
    const int step = m_document->currentStep();
    const int count = int(lesson.steps.size());
    const QString language = QLocale().name();
    m_lessonTitle->setText(lesson.title.in(language));
    m_counter->setText(
        step < 0 ? tr("%n step(s)", nullptr, count)
                 : tr("Step %1 of %2").arg(UiNumber::whole(step + 1), UiNumber::whole(count)));
    const bool has = step >= 0 && step < count;
    m_stepTitle->setText(has ? lesson.steps[step].title.in(language) : QString());
    m_stepText->setText(has ? lesson.steps[step].text.in(language) : QString());
    m_stepText->setVisible(has && !m_stepText->text().isEmpty());
    // Stepping, whatever the page: the bar's actions are enabled exactly when they can act.
    m_previousAction->setEnabled(has && step > 0);
    m_nextAction->setEnabled(count > 0 && step < count - 1);
    m_editAction->setEnabled(has);
    m_updateAction->setEnabled(has);
    m_earlierAction->setEnabled(has && step > 0);
    m_laterAction->setEnabled(has && step < count - 1);
    m_deleteAction->setEnabled(has);
    const bool shown = count > 0;
    if (shown != isVisibleTo(parentWidget())) {
        setVisible(shown);
        emit shownChanged(shown);
    }
}

void LessonBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void LessonBar::retranslateUi() {
    m_previousAction->setText(tr("&Previous step"));
    m_previousAction->setToolTip(tr("The lesson's previous step (PgUp)"));
    m_nextAction->setText(tr("&Next step"));
    m_nextAction->setToolTip(tr("The lesson's next step (PgDn)"));
    m_addAction->setText(tr("&Add the current view as a step…"));
    m_addAction->setToolTip(
        tr("Everything shown now becomes a new step after this one (Ctrl+Shift+N)"));
    m_editAction->setText(tr("&Edit this step's text…"));
    m_updateAction->setText(tr("&Update this step to the current view"));
    m_earlierAction->setText(tr("&Move this step earlier"));
    m_laterAction->setText(tr("Move this step &later"));
    m_deleteAction->setText(tr("&Delete this step"));
    m_editButton->setText(tr("Edit lesson"));
    m_editButton->setToolTip(tr("Add, edit, move or delete steps"));
    refresh();
}
