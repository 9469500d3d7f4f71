#pragma once

#include "domain/Clock.h"
#include "domain/Medium.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mooring {

class Database;

// The hope box's photos, recordings and sounds (schema step 11): kept only inside the
// encrypted database, never as files. Metadata and a photo's thumbnail are in `media`,
// the bytes in `media_bytes`, read only when asked for. Every write is one transaction;
// a refused write throws Error (InvalidInput, with a message fit to show) and changes
// nothing. Callable from a job's thread like every store on the session's connection.
class MediaStore {
public:
    // What a list shows: the record and, for a photo, its small thumbnail (JPEG or PNG).
    struct Listed {
        Medium medium;
        QByteArray thumbnail;
        bool operator==(const Listed&) const = default;
    };
    // Everything a removed medium was, for putting it back (undo): kept by the caller.
    struct Removed {
        Medium medium;
        QByteArray bytes;
        QByteArray thumbnail;
    };
    struct Totals {
        int count = 0;
        qint64 bytes = 0;  // of the media's bytes, thumbnails not counted
        bool operator==(const Totals&) const = default;
    };

    explicit MediaStore(Database& db, Clock clock = {});

    // The media of one place in the person's order (position, then age).
    QList<Listed> list(const MediaPlace& place);
    // The same records in the same order, without reading a thumbnail: for a caller that
    // needs only what the media are (a full box's thumbnails are about 4 MB to decrypt).
    QList<Medium> listRecords(const MediaPlace& place);
    std::optional<Medium> find(const QString& id);
    // How many media and how many bytes, in one place or in the whole profile; reads no blob.
    Totals totals(const MediaPlace& place);
    Totals totals();
    // The bytes of one medium. Throws Error(InvalidInput) when it is no longer there.
    QByteArray bytes(const QString& id);

    // Keeps a new medium last in draft.place: kind, mime, caption and place from `draft`
    // (caption trimmed); a new id, the size, the SHA-256 of `bytes` and the times now.
    // Refused when the format is not one Mooring shows or plays or does not fit the kind,
    // when the bytes do not start like that format, are empty or too large, when a
    // thumbnail comes with anything but a photo or is too large, when the caption is too
    // long, or when the place is an idea that is gone or not in the safety box.
    Medium add(const Medium& draft, const QByteArray& bytes, const QByteArray& thumbnail = {});
    Medium setCaption(const QString& id, const QString& caption);
    // New bytes for the same medium (a photo turned): mime, size, SHA-256, thumbnail and
    // updated_at change; id, kind, caption, place and created_at stay.
    Medium replaceBytes(const QString& id, const QString& mime, const QByteArray& bytes,
                        const QByteArray& thumbnail = {});
    // Removes one and returns all of it, so that the caller can offer to put it back.
    Removed remove(const QString& id);
    // Puts a removed medium back as it was: id, times, place and position kept. Nothing
    // happens when one with its id is there already; refused when its idea is gone.
    void restore(const Removed& removed);

    // Lower-case hex SHA-256 (libsodium's crypto_hash_sha256).
    static QString sha256Hex(const QByteArray& bytes);

private:
    Medium require(const QString& id);
    void checkPlace(const MediaPlace& place);

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
