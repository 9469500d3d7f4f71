#pragma once

#include "domain/JournalEntry.h"

#include <QUndoCommand>

#include <functional>

namespace mooring {

class JournalStore;

// Deleting an entry, undoable while the journal is open (QUndoStack): the entry is kept in
// memory only, and put back exactly as it was (same id, same times). The first delete has
// already happened when the command is pushed, so a failure there can be shown before any
// undo exists.
class DeleteEntryCommand : public QUndoCommand {
public:
    // afterChange runs after every redo/undo (the list refreshes); onProblem gets a message
    // fit to show when the store refuses (disk full, say).
    DeleteEntryCommand(JournalStore& store, JournalEntry entry, std::function<void(bool restored)> afterChange,
                       std::function<void(const QString&)> onProblem);

    void redo() override;
    void undo() override;
    const JournalEntry& entry() const noexcept { return m_entry; }

private:
    JournalStore& m_store;
    JournalEntry m_entry;
    std::function<void(bool)> m_afterChange;
    std::function<void(const QString&)> m_onProblem;
    bool m_firstRedo = true;
};

}  // namespace mooring
