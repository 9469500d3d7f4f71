#pragma once

#include "domain/Medium.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace mooring {

class ProfileSession;

// Brings a photo or a sound into the hope box: a file the person chose or dropped is read
// into memory (never copied, never a temporary file), made ready off the GUI thread in a
// session job (a photo written anew without its metadata, a WAV compressed to Opus) and
// kept in one place. Says when it is busy, what was kept, or kindly why not.
class MediaIntake : public QObject {
    Q_OBJECT
public:
    enum class Expect { Photo, Sound, Either };  // Either: told by the file's first bytes

    explicit MediaIntake(ProfileSession& session, QObject* parent = nullptr);

    void setPlace(const MediaPlace& place) { m_place = place; }
    bool isBusy() const noexcept { return m_busy; }

    // Each returns false when nothing was started (refused at once, or already busy).
    bool addFile(const QString& path, Expect expect);
    bool addPhoto(const QByteArray& bytes);
    bool addSound(const QByteArray& bytes, const QString& caption = {});
    // A voice note just recorded (Ogg Opus): kept at once.
    bool addRecording(const QByteArray& oggOpus, const QString& caption);

    // Larger picture files are refused before being read; a photo is far less.
    static constexpr qint64 kMaxPhotoFileBytes = Medium::kMaxBytes;

Q_SIGNALS:
    void busyChanged(bool busy, const QString& what);
    // Kept; `askCaption`: the person has not yet said what it is.
    void added(const mooring::Medium& medium, bool askCaption);
    void refused(const QString& message);

private:
    struct Ready {
        MediumKind kind = MediumKind::Photo;
        QString mime;
        QByteArray bytes;
        QByteArray thumbnail;
    };
    template <typename Work>
    bool prepare(const QString& what, const QString& caption, Work work);
    bool keep(const MediaPlace& place, const Ready& ready, const QString& caption, bool askCaption);
    void setBusy(bool busy, const QString& what = {});

    ProfileSession& m_session;
    MediaPlace m_place;
    bool m_busy = false;
};

}  // namespace mooring
