#include "gui/hopebox/RemoveMediumCommand.h"

#include "domain/Error.h"
#include "session/ProfileSession.h"

namespace mooring {

RemoveMediumCommand::RemoveMediumCommand(ProfileSession& session, QString id,
                                         std::function<void(const QString&)> report)
    : m_session(session), m_id(std::move(id)), m_report(std::move(report)) {}

void RemoveMediumCommand::redo() {
    try {
        m_removed = m_session.media().remove(m_id);
    } catch (const Error& e) {
        m_removed.reset();
        m_report(e.message());
    }
}

void RemoveMediumCommand::undo() {
    try {
        if (m_removed) m_session.media().restore(*m_removed);
    } catch (const Error& e) {
        m_report(e.message());
    }
}

}  // namespace mooring
