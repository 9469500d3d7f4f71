#include "gui/hopebox/ThumbnailMender.h"

#include "domain/Error.h"
#include "media/PhotoPreparation.h"
#include "session/ProfileSession.h"
#include "storage/MediaStore.h"
#include "storage/UnlockedProfile.h"

namespace mooring {

namespace {

struct Mended {
    QString mime;
    QByteArray bytes;
    QByteArray thumbnail;
};

}  // namespace

ThumbnailMender::ThumbnailMender(ProfileSession& session, QObject* parent) : QObject(parent), m_session(session) {}

void ThumbnailMender::mend(const QStringList& photoIds) {
    for (const QString& id : photoIds) {
        if (m_tried.contains(id)) continue;
        m_tried.insert(id);
        m_waiting.append(id);
    }
    if (!m_busy) next();
}

void ThumbnailMender::next() {
    if (m_waiting.isEmpty()) return;
    const QString id = m_waiting.takeFirst();
    m_busy = m_session.runJob(
        this,
        [id](UnlockedProfile& profile) {
            MediaStore store(profile.database());
            const auto medium = store.find(id);
            if (!medium) return Mended{};
            const QByteArray bytes = store.bytes(id);
            // The kept bytes stay; only the thumbnail is new.
            return Mended{medium->mime, bytes, PhotoPreparation::prepare(bytes).thumbnail};
        },
        [this, id](Outcome<Mended>& outcome) {
            m_busy = false;
            try {
                const Mended mended = outcome.take();
                if (!mended.bytes.isEmpty())
                    m_session.media().replaceBytes(id, mended.mime, mended.bytes, mended.thumbnail);
            } catch (const Error&) {
                // A photo that cannot be read keeps its plain frame; the others go on.
            }
            next();
        });
}

}  // namespace mooring
