#include "gui/journal/JournalScreen.h"

#include "domain/CopingIdeaTexts.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/journal/EntryEditor.h"
#include "gui/journal/JournalFilterBar.h"
#include "gui/journal/JournalModel.h"
#include "gui/journal/JournalRowDelegate.h"
#include "gui/journal/UndoCommands.h"
#include "session/ProfileSession.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

JournalScreen::JournalScreen(ProfileSession& session, QWidget* parent)
    : QWidget(parent), m_store(session.journal()), m_undo(new QUndoStack(this)), m_session(session) {
    setObjectName(u"journalScreen"_s);
    // Named all the same, should a screen reader ever be told of the screen itself.
    setAccessibleName(tr("My journal"));
    m_model = new JournalModel(m_store, this);
    m_pages = new QStackedWidget(this);
    m_listPage = buildListPage();
    m_editor = new EntryEditor(this);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_editor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    // Opened, the keyboard goes to what the page is about: the entry being written, the list,
    // or "New entry" while there is nothing in it.
    FocusLanding::install(
        this,
        [this]() -> QWidget* {
            if (isEditing()) return m_editor;
            return m_model->entryCount() > 0 ? static_cast<QWidget*>(m_list) : m_new;
        },
        FocusLanding::When::Shown);

    connect(m_editor, &EntryEditor::saveRequested, this, &JournalScreen::save);
    connect(m_editor, &EntryEditor::cancelRequested, this, &JournalScreen::cancelEditing);
    connect(m_editor, &EntryEditor::deleteRequested, this, [this] { deleteEntry(m_editor->entry().id); });
    connect(m_model, &JournalModel::problem, this, &JournalScreen::showProblem);

    // Only the first page is read now: the list opens as fast on year ten as on day one.
    m_model->setFilter({});
    updateEmptyState();

    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &JournalScreen::reloadList);
    connect(&m_session, &ProfileSession::journalChanged, m_reloadSoon, qOverload<>(&QTimer::start));
    connect(&m_session, &ProfileSession::importDone, m_reloadSoon, qOverload<>(&QTimer::start));
    // Whatever closes the session, an entry being written is held, encrypted, not lost.
    connect(&m_session, &ProfileSession::aboutToClose, this, [this] {
        m_reloadSoon->stop();
        holdDraftForLock();
    });
}

void JournalScreen::reloadList() {
    const QModelIndex current = m_list->currentIndex();
    const QString chosen = current.isValid() ? m_model->entryIdAt(current) : QString();
    const int scrolled = m_list->verticalScrollBar()->value();
    m_model->reload();
    if (const QModelIndex row = m_model->indexOfEntry(chosen); row.isValid()) m_list->setCurrentIndex(row);
    m_list->verticalScrollBar()->setValue(scrolled);
    updateEmptyState();
}

JournalScreen::~JournalScreen() = default;

QWidget* JournalScreen::buildListPage() {
    auto* page = new QWidget(this);
    auto* back = new QPushButton(tr("\u2190 &Back"), page);
    back->setObjectName(u"journalBack"_s);
    back->setAccessibleName(tr("Back to the start page"));
    auto* heading = new QLabel(tr("My journal"), page);
    Appearance::makeHeading(heading);
    m_new = new QPushButton(tr("&New entry"), page);
    m_new->setObjectName(u"journalNew"_s);
    m_new->setToolTip(tr("New entry (Ctrl+N)"));
    m_new->setAutoDefault(true);  // Enter on the focused button presses it
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(12);
    top->addWidget(heading, 1);
    top->addWidget(m_new);

    m_filters = new JournalFilterBar(page);
    m_filters->setObjectName(u"journalFilterBar"_s);
    m_problem = new MessageBanner(page);
    m_problem->setObjectName(u"journalProblem"_s);

    m_undoBar = new QFrame(page);
    m_undoBar->setObjectName(u"journalUndoBar"_s);
    m_undoText = new QLabel(tr("The entry was deleted."), m_undoBar);
    auto* undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    undoButton->setObjectName(u"journalUndo"_s);
    undoButton->setAccessibleName(tr("Undo the delete"));
    undoButton->setToolTip(tr("Undo (Ctrl+Z)"));
    auto* undoRow = new QHBoxLayout(m_undoBar);
    undoRow->setContentsMargins(0, 0, 0, 0);
    undoRow->addWidget(m_undoText, 1);
    undoRow->addWidget(undoButton);
    m_undoBar->hide();

    m_list = new QListView(page);
    m_list->setObjectName(u"journalList"_s);
    m_list->setAccessibleName(tr("Journal entries, newest first"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new JournalRowDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setAutoFillBackground(false);
    m_empty = new QLabel(page);
    m_empty->setObjectName(u"journalEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 20, 32, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    Appearance::makeLargeTarget(back);
    Appearance::makeLargeTarget(m_new);
    Appearance::makeLargeTarget(undoButton);

    connect(back, &QPushButton::clicked, this, &JournalScreen::leave);
    connect(m_new, &QPushButton::clicked, this, &JournalScreen::newEntry);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_filters, &JournalFilterBar::filterChanged, this, &JournalScreen::applyFilter);
    connect(m_filters, &JournalFilterBar::choicesWanted, this, [this] {
        try {
            m_filters->setChoices(m_store.knownTriggers(), m_store.knownFeelings());
        } catch (const Error& e) {
            showProblem(e.message());
        }
    });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& index) { openEntry(m_model->entryIdAt(index)); });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        const QString id = m_model->entryIdAt(m_list->currentIndex());
        if (!id.isEmpty()) deleteEntry(id);
    });
    auto* newKey = new QShortcut(QKeySequence::New, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &JournalScreen::newEntry);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &JournalScreen::leave);
    auto* findKey = new QShortcut(QKeySequence::Find, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    auto* undoKey = new QShortcut(QKeySequence::Undo, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    undoKey->setObjectName(u"journalUndoShortcut"_s);
    connect(undoKey, &QShortcut::activated, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoBar, &QWidget::setVisible);
    return page;
}

void JournalScreen::leave() {
    compactIfDeleted();
    Q_EMIT backRequested();
}

void JournalScreen::compactIfDeleted() {
    // Deleted entries' words can linger in the search index until it is rewritten: done
    // on leaving or locking (a fraction of a second on a ten-year journal), not per delete.
    if (!m_deletedSinceCompact) return;
    try {
        m_store.compactSearchIndex();
        m_deletedSinceCompact = false;
    } catch (const Error&) {
        // Nothing is lost: it is tried again next time.
    }
}

void JournalScreen::newEntry() {
    if (isEditing() && m_editor->isNew() && m_editor->isDirty())
        return;  // quick capture while already writing one: keep that one
    newEntryFrom({});
}

void JournalScreen::newEntryFrom(const JournalEntry& prefill) {
    if (hasUnsavedDraft()) {
        const auto answer = DialogHooks::ask(this, tr("Another entry is not saved yet"),
                                             tr("You were writing another entry that is not saved yet. Leave it "
                                                "without saving and start this one?"),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_pages->setCurrentWidget(m_editor);  // back to the one being written
            return;
        }
    }
    JournalEntry e = prefill;
    e.id.clear();
    if (!e.occurredAt.isValid()) e.occurredAt = JournalEntry::withLocalOffset(m_session.now());
    openEditor(e, !prefill.situation.isEmpty() || !prefill.tried.isEmpty() || prefill.outcome.has_value());
}

void JournalScreen::openEntry(const QString& id) {
    try {
        if (const std::optional<JournalEntry> entry = m_store.find(id)) openEditor(*entry);
    } catch (const Error& e) {
        showProblem(e.message());
    }
}

void JournalScreen::openEditor(const JournalEntry& entry, bool unsaved) {
    loadEditorChoices();
    m_editor->load(entry, unsaved);
    m_pages->setCurrentWidget(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void JournalScreen::loadEditorChoices() {
    // Read when the form opens (not with the list), so opening the list stays fast.
    try {
        QList<IdeaChoice> ideas;
        for (const CopingStrategy& s : m_session.strategies().all())
            ideas.append({s.id, CopingIdeaTexts::title(s.builtinKey, s.title), s.hidden});  // in the person's language
        m_editor->setIdeas(ideas);
        m_editor->setEarlier(m_store.knownTriggers(), m_store.knownFeelings());
    } catch (const Error& e) {
        m_editor->showSaveProblem(e.message());
    }
}

void JournalScreen::showList() {
    m_pages->setCurrentWidget(m_listPage);
    updateEmptyState();
    if (m_model->entryCount() > 0) {
        if (!m_list->currentIndex().isValid()) m_list->setCurrentIndex(m_model->index(1));  // row 0 is the week heading
        m_list->setFocus();
    } else {
        m_new->setFocus();
    }
}

bool JournalScreen::isEditing() const { return m_pages->currentWidget() == m_editor; }

bool JournalScreen::hasUnsavedDraft() const { return isEditing() && m_editor->isDirty(); }

bool JournalScreen::save() {
    const JournalEntry entry = m_editor->entry();
    try {
        if (const QList<JournalEntry::Problem> problems = m_store.problems(entry); !problems.isEmpty()) {
            m_editor->showProblems(problems);
            return false;
        }
        bool wasActed = false;
        if (!m_editor->isNew())
            if (const auto before = m_store.find(entry.id)) wasActed = before->outcome == JournalOutcome::Acted;
        const JournalEntry saved = m_editor->isNew() ? m_store.add(entry) : m_store.update(entry);
        m_editor->load(saved);
        m_model->reload();
        const QModelIndex row = m_model->indexOfEntry(saved.id);
        if (row.isValid()) m_list->setCurrentIndex(row);
        showList();
        if (saved.outcome == JournalOutcome::Acted && !wasActed) Q_EMIT setbackRecorded(saved.id);
        return true;
    } catch (const InvalidJournalEntry& e) {
        m_editor->showProblems(e.problems());
    } catch (const Error& e) {
        m_editor->showSaveProblem(e.message());
    }
    return false;
}

void JournalScreen::cancelEditing() {
    if (m_editor->isDirty()) {
        const auto answer = DialogHooks::ask(this, tr("Leave this entry?"),
                                             tr("What you wrote in this entry has not been saved. Leave it without "
                                                "saving?"),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) return;
    }
    m_editor->load({});
    showList();
}

void JournalScreen::deleteEntry(const QString& id) {
    // No "are you sure?": the delete can be undone right away, and that is said plainly.
    std::optional<JournalEntry> entry;
    try {
        entry = m_store.find(id);
        if (!entry) return;
        m_store.remove(id);
    } catch (const Error& e) {
        showProblem(e.message());
        return;
    }
    auto after = [this, id](bool restored) { afterUndoChange(restored, id); };
    m_deletedSinceCompact = true;
    m_undo->push(new DeleteEntryCommand(m_store, *entry, after, [this](const QString& m) { showProblem(m); }));
    const int row = m_model->indexOfEntry(id).row();
    m_model->removeEntry(id);
    if (isEditing()) {
        m_editor->load({});
    }
    showList();
    if (m_model->entryCount() > 0) {
        int next = std::clamp(row, 0, m_model->rowCount() - 1);
        if (!(m_model->flags(m_model->index(next)) & Qt::ItemIsSelectable))
            next = std::min(next + 1, m_model->rowCount() - 1);
        m_list->setCurrentIndex(m_model->index(next));
    }
    m_undoBar->setVisible(true);
}

void JournalScreen::afterUndoChange(bool restored, const QString& id) {
    if (!restored) m_deletedSinceCompact = true;
    m_model->reload();
    if (restored) {
        const QModelIndex row = m_model->indexOfEntry(id);
        if (row.isValid()) {
            m_list->setCurrentIndex(row);
            m_list->scrollTo(row);
        }
        m_undoText->setText(tr("The entry is back."));
    } else {
        m_undoText->setText(tr("The entry was deleted."));
    }
    updateEmptyState();
    if (!isEditing()) m_list->setFocus();
}

void JournalScreen::applyFilter() {
    m_model->setFilter(m_filters->filter());
    updateEmptyState();
    if (m_model->entryCount() > 0) m_list->setCurrentIndex(m_model->index(1));
}

void JournalScreen::updateEmptyState() {
    const bool empty = m_model->entryCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty) return;
    if (m_filters->isFiltering())
        m_empty->setText(tr("No entries match. Try fewer or shorter words, or clear the filters."));
    else
        m_empty->setText(
            tr("Nothing written yet. When an urge comes, or after one has passed, \u201cNew entry\u201d "
               "is a quiet place to note what happened. Only the urge is needed."));
}

void JournalScreen::showProblem(const QString& message) { m_problem->showMessage(message); }

}  // namespace mooring
