#include "gui/journal/UndoCommands.h"

#include "storage/JournalStore.h"

#include <QCoreApplication>

namespace mooring {

DeleteEntryCommand::DeleteEntryCommand(JournalStore& store, JournalEntry entry, std::function<void(bool)> afterChange,
                                       std::function<void(const QString&)> onProblem)
    : QUndoCommand(QCoreApplication::translate("mooring", "Delete entry")),
      m_store(store),
      m_entry(std::move(entry)),
      m_afterChange(std::move(afterChange)),
      m_onProblem(std::move(onProblem)) {}

void DeleteEntryCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;  // the screen deleted it already, and showed any problem
        return;
    }
    try {
        m_store.remove(m_entry.id);
        m_afterChange(false);
    } catch (const Error& e) {
        m_onProblem(e.message());
    }
}

void DeleteEntryCommand::undo() {
    try {
        m_store.putAll({m_entry});
        m_afterChange(true);
    } catch (const Error& e) {
        m_onProblem(e.message());
    }
}

}  // namespace mooring
