#include "gui/journal/JournalScreen.h"

#include "gui/common/DialogHooks.h"
#include "gui/journal/EntryEditor.h"
#include "session/ProfileSession.h"

// The journal's drafts across locking and the urge timer: what happens to an entry that is
// being written when Mooring locks, and the entry the urge timer's end can start.
namespace mooring {

JournalEntry JournalScreen::entryFromUrgeTimer(const QDateTime& startedAt, int minutes, UrgeTimer::Outcome outcome) {
    JournalEntry e;
    e.occurredAt = JournalEntry::withLocalOffset(startedAt.isValid() ? startedAt : QDateTime::currentDateTime());
    e.tried = {{{}, tr("Rode out the urge with the timer, %n minutes", nullptr, minutes), std::nullopt}};
    // "Still hard" is not a way it ended: the person says that, if they want to.
    if (outcome == UrgeTimer::Outcome::Passed)
        e.outcome = JournalOutcome::Passed;
    else if (outcome == UrgeTimer::Outcome::Coped)
        e.outcome = JournalOutcome::Coped;
    return e;
}

void JournalScreen::newEntryAfterUrgeTimer(const QDateTime& startedAt, int minutes, UrgeTimer::Outcome outcome) {
    newEntryFrom(entryFromUrgeTimer(startedAt, minutes, outcome));
}

bool JournalScreen::askAboutDraftBeforeLock() {
    if (hasUnsavedDraft()) {
        const auto answer = DialogHooks::ask(
            this, tr("Your entry is not saved yet"),
            tr("Mooring is about to lock. Would you like to save the entry you were writing into your journal first? "
               "It is kept encrypted, like everything in Mooring. If you discard it, it is not kept anywhere."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            if (!save()) return false;  // something needs fixing first: the form shows what
        } else if (answer == QMessageBox::Discard) {
            m_editor->load({});
            showList();
        } else {
            return false;
        }
    }
    compactIfDeleted();
    return true;
}

void JournalScreen::holdDraftForLock() {
    if (hasUnsavedDraft()) {
        try {
            m_store.holdDraft(m_editor->entry());
        } catch (const Error&) {
            // Locking must happen regardless; a draft that cannot be kept encrypted is not kept.
        }
        m_editor->load({});
        showList();
    }
    compactIfDeleted();
}

bool JournalScreen::hasHeldDraft(ProfileSession& session) {
    try {
        return session.journal().heldDraft().has_value();
    } catch (const Error&) {
        return false;
    }
}

void JournalScreen::offerHeldDraft() {
    std::optional<JournalEntry> draft;
    try {
        draft = m_store.heldDraft();
        if (!draft) return;
        const auto answer = DialogHooks::ask(
            this, tr("An entry you were writing"),
            tr("When Mooring locked, you were in the middle of a journal entry. It was kept safe and encrypted. "
               "Would you like to go on with it? If you discard it, it is not kept anywhere."),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        m_store.clearHeldDraft();
        if (answer == QMessageBox::Discard) return;
    } catch (const Error& e) {
        showProblem(e.message());
        return;
    }
    // An entry already in the journal is opened as itself, with the unsaved changes on top.
    bool existing = false;
    try {
        existing = !draft->id.isEmpty() && m_store.find(draft->id).has_value();
    } catch (const Error&) {
    }
    if (!existing) draft->id.clear();
    openEditor(*draft, true);
}

}  // namespace mooring
