#pragma once

#include "storage/MediaStore.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace mooring {

class ProfileSession;

// Removes one medium of the hope box; undo puts it back exactly as it was (id, place,
// position, caption and times), as MediaStore::remove hands over all of it.
class RemoveMediumCommand : public QUndoCommand {
public:
    // report: a calm place for a failure (an undo step must not throw into the event loop).
    RemoveMediumCommand(ProfileSession& session, QString id, std::function<void(const QString&)> report);
    void redo() override;
    void undo() override;
    bool removed() const { return m_removed.has_value(); }
    QString mediumId() const { return m_id; }

private:
    ProfileSession& m_session;
    QString m_id;
    std::function<void(const QString&)> m_report;
    std::optional<MediaStore::Removed> m_removed;
};

}  // namespace mooring
