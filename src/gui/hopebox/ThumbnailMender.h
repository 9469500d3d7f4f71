#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace mooring {

class ProfileSession;

// Makes the thumbnail a photo came without (an import carries none: exports hold no
// thumbnails) and keeps it with the photo. One photo per session job, one after another,
// so locking never waits for more than one; the photo's own bytes stay as they are.
class ThumbnailMender : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailMender(ProfileSession& session, QObject* parent = nullptr);

    // Photos listed without a thumbnail; each is tried once while this object lives.
    void mend(const QStringList& photoIds);
    bool isBusy() const noexcept { return m_busy; }

private:
    void next();

    ProfileSession& m_session;
    QStringList m_waiting;
    QSet<QString> m_tried;
    bool m_busy = false;
};

}  // namespace mooring
