#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mooring {

// What a medium in the hope box is: a photo, a voice recording the person made, or a sound
// file they brought (a song, the sea). The names are the database's (schema step 11).
enum class MediumKind { Photo, Recording, Sound };

// The one list of formats Mooring can show or play, and which kind each belongs to. The
// media table's CHECK repeats it in SQL; tests/storage/MediaStoreTest.cpp checks that the
// two agree, so a format added here without a schema step fails there.
namespace mediaKinds {
QString name(MediumKind kind);  // "photo", "recording", "sound"
std::optional<MediumKind> fromName(const QString& name);
// "image/jpeg", "image/png", "audio/ogg", "audio/wav": what the window can show or play.
const QStringList& mimeTypes();
// Photos are pictures; recordings and sounds are audio.
bool fits(MediumKind kind, const QString& mime);
// The first bytes are those of `mime` (JPEG, PNG, Ogg, WAV), so nothing else is kept under
// its name by mistake. Only the signature: whether the rest decodes is the player's business.
bool looksLike(const QString& mime, const QByteArray& bytes);
}  // namespace mediaKinds

}  // namespace mooring
