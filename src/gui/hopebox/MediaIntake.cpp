#include "gui/hopebox/MediaIntake.h"

#include "domain/Error.h"
#include "gui/common/MessageBanner.h"
#include "media/PhotoPreparation.h"
#include "session/ProfileSession.h"
#include "sound/SoundCompression.h"
#include "sound/SoundFormat.h"
#include "sound/SoundMessages.h"

#include <QFile>
#include <QFileInfo>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

bool looksLikePicture(const QByteArray& head) {
    return mediaKinds::looksLike(u"image/jpeg"_s, head) || mediaKinds::looksLike(u"image/png"_s, head);
}

}  // namespace

MediaIntake::MediaIntake(ProfileSession& session, QObject* parent) : QObject(parent), m_session(session) {}

bool MediaIntake::addFile(const QString& path, Expect expect) {
    if (m_busy) return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT refused(tr("Mooring could not open this file. It may have been moved, or it may not be yours to read."));
        return false;
    }
    if (expect == Expect::Either) expect = looksLikePicture(file.peek(16)) ? Expect::Photo : Expect::Sound;
    // Refused before reading: a file this large would only be held in memory to be refused.
    const qint64 limit = expect == Expect::Photo ? kMaxPhotoFileBytes : sound::kMaxSoundFileBytes;
    if (file.size() > limit) {
        Q_EMIT refused(expect == Expect::Photo
                           ? tr("This picture file is too large to keep (over 40 MB). A smaller copy of it will do.")
                           : sound::messages::tooLarge());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        Q_EMIT refused(tr("Mooring could not read this file to the end. Trying again may work."));
        return false;
    }
    if (expect == Expect::Photo) return addPhoto(bytes);
    return addSound(bytes, QFileInfo(path).completeBaseName());
}

bool MediaIntake::addPhoto(const QByteArray& bytes) {
    return prepare(tr("Getting your photo ready\u2026"), {}, [bytes] {
        const PreparedPhoto photo = PhotoPreparation::prepare(bytes);
        return Ready{MediumKind::Photo, photo.mime, photo.bytes, photo.thumbnail};
    });
}

bool MediaIntake::addSound(const QByteArray& bytes, const QString& caption) {
    if (bytes.size() > sound::kMaxSoundFileBytes) {
        Q_EMIT refused(sound::messages::tooLarge());
        return false;
    }
    return prepare(tr("Getting your sound ready\u2026"), caption, [bytes] {
        // Opus as it is, WAV compressed: a few minutes of WAV would be tens of megabytes.
        const sound::CompressedSound kept = sound::prepareSoundToKeep(bytes);
        return Ready{MediumKind::Sound, sound::mimeTypeOf(sound::SoundKind::OggOpus), kept.oggOpus, {}};
    });
}

bool MediaIntake::addRecording(const QByteArray& oggOpus, const QString& caption) {
    return keep(m_place, Ready{MediumKind::Recording, sound::mimeTypeOf(sound::SoundKind::OggOpus), oggOpus, {}},
                caption, false);
}

template <typename Work>
bool MediaIntake::prepare(const QString& what, const QString& caption, Work work) {
    if (m_busy) return false;
    const MediaPlace place = m_place;  // where it was added, even if another idea is shown by then
    const bool started = m_session.runJob(
        this, [work = std::move(work)](UnlockedProfile&) { return work(); },
        [this, place, caption](Outcome<Ready>& outcome) {
            setBusy(false);
            try {
                keep(place, outcome.take(), caption, true);
            } catch (const Error& e) {
                Q_EMIT refused(e.message());
            } catch (const std::exception&) {
                Q_EMIT refused(MessageBanner::unexpectedProblem());
            }
        });
    if (started) setBusy(true, what);
    return started;
}

bool MediaIntake::keep(const MediaPlace& place, const Ready& ready, const QString& caption, bool askCaption) {
    Medium draft;
    draft.kind = ready.kind;
    draft.mime = ready.mime;
    draft.caption = caption.left(Medium::kMaxCaption);
    draft.place = place;
    try {
        Q_EMIT added(m_session.media().add(draft, ready.bytes, ready.thumbnail), askCaption);
        return true;
    } catch (const Error& e) {
        Q_EMIT refused(e.message());
    }
    return false;
}

void MediaIntake::setBusy(bool busy, const QString& what) {
    m_busy = busy;
    Q_EMIT busyChanged(busy, what);
}

}  // namespace mooring
