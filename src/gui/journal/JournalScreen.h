#pragma once

#include "domain/JournalEntry.h"
#include "gui/crisis/UrgeTimer.h"
#include "storage/JournalStore.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace mooring {

class EntryEditor;
class JournalFilterBar;
class JournalModel;
class MessageBanner;
class ProfileSession;

// "My journal": the list (newest first, by week; search and filters; delete with undo)
// and the entry form. Everything goes through the session's JournalStore; nothing of a draft
// is ever written anywhere but the encrypted database. The list reads again when the
// session says the journal changed (an import, the urge timer, this screen), and an entry
// being written stays in its form meanwhile.
class JournalScreen : public QWidget {
    Q_OBJECT
public:
    explicit JournalScreen(ProfileSession& session, QWidget* parent = nullptr);
    ~JournalScreen() override;

    void newEntry();
    // A new entry with some fields already filled (the urge timer's time and answer).
    void newEntryFrom(const JournalEntry& prefill);
    // "Save this in my journal" after the urge timer: its start, length and answer filled in.
    void newEntryAfterUrgeTimer(const QDateTime& startedAt, int minutes, UrgeTimer::Outcome outcome);
    static JournalEntry entryFromUrgeTimer(const QDateTime& startedAt, int minutes, UrgeTimer::Outcome outcome);
    void openEntry(const QString& id);
    void showList();
    bool isEditing() const;
    bool hasUnsavedDraft() const;

    // --- locking while an entry is being written (MainWindow asks before it locks) ---
    // Asks whether to save the unsaved entry into the journal or discard it. False: do not
    // lock now (the person chose to keep writing, or the entry needs a fix first). Also
    // rewrites the search index if entries were deleted, so their words do not linger.
    bool askAboutDraftBeforeLock();
    // Locking without anyone to ask (idle): the draft is held, encrypted, in the database,
    // and offered again after the next unlock; the index as above. Never throws. Also done
    // on the session's aboutToClose, for a close nobody asked about first.
    void holdDraftForLock();
    static bool hasHeldDraft(ProfileSession& session);
    // After unlocking: asks whether to go on with a held draft, or let it go.
    void offerHeldDraft();

    JournalModel* model() const noexcept { return m_model; }
    EntryEditor* editor() const noexcept { return m_editor; }
    QUndoStack* undoStack() const noexcept { return m_undo; }
    JournalStore& store() noexcept { return m_store; }

Q_SIGNALS:
    void backRequested();
    // An entry was saved saying the person acted on the urge (new, or changed to that):
    // the window offers the setback panel.
    void setbackRecorded(const QString& entryId);

private:
    QWidget* buildListPage();
    void openEditor(const JournalEntry& entry, bool unsaved = false);
    bool save();
    void cancelEditing();
    void deleteEntry(const QString& id);
    void afterUndoChange(bool restored, const QString& id);
    void applyFilter();
    void loadEditorChoices();
    void updateEmptyState();
    void showProblem(const QString& message);
    void leave();
    void compactIfDeleted();
    void reloadList();  // keeps the entry chosen in the list and where it was scrolled to

    JournalStore m_store;
    JournalModel* m_model = nullptr;
    QUndoStack* m_undo = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_listPage = nullptr;
    JournalFilterBar* m_filters = nullptr;
    MessageBanner* m_problem = nullptr;
    QWidget* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_new = nullptr;
    EntryEditor* m_editor = nullptr;
    QTimer* m_reloadSoon = nullptr;  // several changes at once (an import) are read once
    ProfileSession& m_session;
    bool m_deletedSinceCompact = false;
};

}  // namespace mooring
