// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdocument.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

#include "filedialogs.h"
#include "labfileio.h"
#include "labjson.h"
#include "labstatebinder.h"
#include "mainwindow.h"
#include "settings.h"

namespace {
constexpr int kRecentCount = 10;
constexpr int kCompareDelayMs = 150; // coalesces the changes of one slider drag
} // namespace

LabDocument::LabDocument(MainWindow *window, LabStateBinder *binder)
    : QObject(window)
    , m_window(window)
    , m_binder(binder) {
    m_compareTimer.setSingleShot(true);
    m_compareTimer.setInterval(kCompareDelayMs);
    connect(&m_compareTimer, &QTimer::timeout, this, &LabDocument::compare);
    connect(binder, &LabStateBinder::changed, this, [this] { m_compareTimer.start(); });
    connect(window, &MainWindow::pageChanged, this, &LabDocument::adoptNewPages);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            newLab();
    });
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &LabDocument::openInteractively);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &LabDocument::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // no platform default here
    connect(m_saveAsAction, &QAction::triggered, this, &LabDocument::saveInteractively);
    m_recentMenu = new QMenu(window);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        SettingsKeys::recentLabFiles.set({});
        rebuildRecentMenu();
    });

    window->setAcceptDrops(true);
    window->installEventFilter(this);
    m_window->setWindowModified(false);
    retranslateUi();
    rebuildRecentMenu();
    setBaseline();
}

LabDocument::~LabDocument() = default;

void LabDocument::addActionsTo(QMenu *menu, QAction *before) {
    menu->insertActions(before, {m_newAction, m_openAction});
    menu->insertMenu(before, m_recentMenu);
    menu->insertActions(before, {m_saveAction, m_saveAsAction});
    menu->insertSeparator(before);
}

void LabDocument::retranslateUi() {
    m_newAction->setText(tr("&New lab"));
    m_newAction->setToolTip(tr("Start from the default set-up (Ctrl+N)"));
    m_openAction->setText(tr("&Open lab…"));
    m_openAction->setToolTip(tr("Open a lab or lesson file (Ctrl+O)"));
    m_saveAction->setText(tr("&Save lab"));
    m_saveAction->setToolTip(tr("Save everything set up here, and the lesson (Ctrl+S)"));
    m_saveAsAction->setText(tr("Save lab &as…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_clearRecentAction->setText(tr("&Clear the list"));
    updateTitle();
}

bool LabDocument::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        const QList<QUrl> urls = drag->mimeData()->urls();
        if (urls.size() == 1 && urls.first().isLocalFile())
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (urls.size() == 1 && urls.first().isLocalFile()) {
            drop->acceptProposedAction();
            const QString path = urls.first().toLocalFile();
            // After the drop returns: a dialog inside a drop handler blocks the source app.
            QTimer::singleShot(0, this, [this, path] {
                if (maybeSave())
                    open(path);
            });
        }
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

QString LabDocument::open(const QString &path, bool showErrors) {
    auto loaded = LabFileIo::load(path);
    if (const QString *error = std::get_if<QString>(&loaded)) {
        if (showErrors)
            QMessageBox::warning(m_window, tr("Cannot open the lab"), *error);
        return *error;
    }
    const LabContents &contents = std::get<LabContents>(loaded);
    m_binder->apply(contents.state);
    setBaseline();
    m_modified = false;
    m_lesson = contents.lesson;
    m_savedLesson = m_lesson;
    m_step = -1;
    // Only our own format is saved back to the same path; an older playground or depth file
    // is saved as a new .actlab next to it, so the older program can still read the original.
    const bool ours = path.endsWith(QLatin1String(".actlab"));
    m_path = ours ? QFileInfo(path).absoluteFilePath() : QString();
    addRecent(QFileInfo(path).absoluteFilePath());
    emit lessonChanged();
    if (!m_lesson.isEmpty())
        goToStep(0);
    setBaseline();
    m_baselineIsSaved = true;
    setModified(false);
    emit pathChanged(m_path);
    return {};
}

QString LabDocument::saveAs(const QString &path, bool showErrors) {
    LabContents contents{m_binder->capture(), m_lesson};
    const QString error = LabFileIo::save(path, contents);
    if (!error.isEmpty()) {
        if (showErrors)
            QMessageBox::warning(m_window, tr("Cannot save the lab"), error);
        return error;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_savedLesson = m_lesson;
    setBaseline();
    m_baselineIsSaved = true;
    setModified(false);
    addRecent(m_path);
    emit pathChanged(m_path);
    return {};
}

bool LabDocument::save() {
    if (m_path.isEmpty())
        return saveInteractively();
    return saveAs(m_path).isEmpty();
}

bool LabDocument::saveInteractively() {
    const QString folder =
        SettingsKeys::labFolder.get().isEmpty() ? QDir::homePath() : SettingsKeys::labFolder.get();
    const QString suggested =
        m_path.isEmpty() ? QDir(folder).filePath(tr("lab") + QStringLiteral(".actlab")) : m_path;
    QString path =
        FileDialogs::saveFileName(m_window, tr("Save the lab"), suggested, LabFileIo::saveFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".actlab");
    SettingsKeys::labFolder.set(QFileInfo(path).absolutePath());
    return saveAs(path).isEmpty();
}

void LabDocument::openInteractively() {
    if (!maybeSave())
        return;
    const QString folder =
        SettingsKeys::labFolder.get().isEmpty() ? QDir::homePath() : SettingsKeys::labFolder.get();
    const QString path =
        FileDialogs::openFileName(m_window, tr("Open a lab"), folder, LabFileIo::openFilter());
    if (path.isEmpty())
        return;
    SettingsKeys::labFolder.set(QFileInfo(path).absolutePath());
    open(path);
}

bool LabDocument::maybeSave() {
    checkModifiedNow();
    if (!m_modified)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        m_path.isEmpty()
            ? tr("This lab has changes that were never saved.")
            : tr("%1 has changes that are not saved.").arg(QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void LabDocument::newLab() {
    LabState defaults;
    defaults.page = MainWindow::pageKey(m_window->page());
    ExplorerLabState explorer;
    explorer.activation = QStringLiteral("relu");
    explorer.values = {0.0, std::numeric_limits<double>::infinity(), 0.0};
    defaults.explorer = explorer;
    // Pages not built yet have nothing to reset.
    if (m_window->softmaxLabPage())
        defaults.softmax = SoftmaxLabState{};
    if (m_window->playgroundPage())
        defaults.playground = PlaygroundSetup{};
    if (m_window->depthLabPage())
        defaults.depth = DepthLabSetup::defaults();
    m_binder->apply(defaults);
    m_path.clear();
    m_lesson = {};
    m_savedLesson = {};
    m_step = -1;
    emit lessonChanged();
    setBaseline();
    m_baselineIsSaved = true;
    setModified(false);
    emit pathChanged(m_path);
}

void LabDocument::setBaseline() {
    m_baseline = m_binder->capture();
}

QJsonObject LabDocument::comparable(const LabState &state) const {
    LabState s = state;
    s.page.clear();
    if (s.explorer)
        s.explorer->xRange.reset();
    // A page built since the baseline was taken held nothing the user changed then.
    if (!m_baseline.softmax)
        s.softmax.reset();
    if (!m_baseline.playground)
        s.playground.reset();
    if (!m_baseline.depth)
        s.depth.reset();
    return LabJson::stateToJson(s);
}

void LabDocument::adoptNewPages() {
    // A page shown for the first time holds what the settings restored, not an edit: it joins
    // the baseline as it is now, and the user's changes on it count from here.
    const LabState now = m_binder->capture();
    if (!m_baseline.softmax)
        m_baseline.softmax = now.softmax;
    if (!m_baseline.playground)
        m_baseline.playground = now.playground;
    if (!m_baseline.depth)
        m_baseline.depth = now.depth;
}

void LabDocument::checkModifiedNow() {
    m_compareTimer.stop();
    compare();
}

void LabDocument::compare() {
    const LabState now = m_binder->capture();
    const bool changed = comparable(now) != comparable(m_baseline) || m_lesson != m_savedLesson;
    if (changed)
        setModified(true);
    else if (m_baselineIsSaved)
        setModified(false); // undone back to what is saved
}

void LabDocument::setModified(bool modified) {
    m_modified = modified;
    m_window->setWindowModified(modified);
    updateTitle();
}

void LabDocument::updateTitle() {
    const QString name = m_path.isEmpty() ? tr("Untitled lab") : QFileInfo(m_path).fileName();
    m_window->setWindowTitle(tr("%1[*] — ActLab").arg(name));
}

void LabDocument::addRecent(const QString &path) {
    QStringList recent = SettingsKeys::recentLabFiles.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    SettingsKeys::recentLabFiles.set(recent);
    rebuildRecentMenu();
}

QStringList LabDocument::recentFiles() const {
    return SettingsKeys::recentLabFiles.get();
}

void LabDocument::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        // &1 … &9, then 1&0: a number key opens each entry.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("%1  %2").arg(number, QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                open(path);
        });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
    m_recentMenu->menuAction()->setEnabled(!recent.isEmpty());
}

void LabDocument::goToStep(int index) {
    if (index < 0 || index >= m_lesson.steps.size())
        return;
    m_compareTimer.stop();
    // Showing a step is not an edit; but what the user changed before it stays "modified".
    const bool editedBefore =
        m_modified || comparable(m_binder->capture()) != comparable(m_baseline);
    m_binder->apply(m_lesson.steps[index].state);
    m_step = index;
    setBaseline();
    m_baselineIsSaved = false;
    setModified(editedBefore);
    emit stepChanged(index);
}

void LabDocument::lessonEdited() {
    emit lessonChanged();
    compare();
}

void LabDocument::addCurrentAsStep(const LessonStep &textOnly) {
    LessonStep step = textOnly;
    step.state = m_binder->capture();
    const int at = m_step < 0 ? int(m_lesson.steps.size()) : m_step + 1;
    m_lesson.steps.insert(at, step);
    m_step = at;
    lessonEdited();
    emit stepChanged(m_step);
}

void LabDocument::updateStepState(int index) {
    if (index < 0 || index >= m_lesson.steps.size())
        return;
    m_lesson.steps[index].state = m_binder->capture();
    lessonEdited();
}

void LabDocument::setStepTexts(int index, const LocalizedText &title, const LocalizedText &text) {
    if (index < 0 || index >= m_lesson.steps.size())
        return;
    m_lesson.steps[index].title = title;
    m_lesson.steps[index].text = text;
    lessonEdited();
}

void LabDocument::moveStep(int from, int to) {
    if (from < 0 || to < 0 || from >= m_lesson.steps.size() || to >= m_lesson.steps.size() ||
        from == to)
        return;
    m_lesson.steps.move(from, to);
    if (m_step == from)
        m_step = to;
    else if (m_step == to)
        m_step = from;
    lessonEdited();
    emit stepChanged(m_step);
}

void LabDocument::removeStep(int index) {
    if (index < 0 || index >= m_lesson.steps.size())
        return;
    m_lesson.steps.removeAt(index);
    m_step = m_lesson.steps.isEmpty() ? -1 : std::min(index, int(m_lesson.steps.size()) - 1);
    lessonEdited();
    emit stepChanged(m_step);
}

void LabDocument::setLessonTitle(const LocalizedText &title) {
    m_lesson.title = title;
    lessonEdited();
}
