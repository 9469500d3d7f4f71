#include "domain/MediaKind.h"

namespace mooring::mediaKinds {

using namespace Qt::StringLiterals;

QString name(MediumKind kind) {
    switch (kind) {
        case MediumKind::Photo:
            return u"photo"_s;
        case MediumKind::Recording:
            return u"recording"_s;
        case MediumKind::Sound:
            return u"sound"_s;
    }
    return {};
}

std::optional<MediumKind> fromName(const QString& name) {
    for (MediumKind kind : {MediumKind::Photo, MediumKind::Recording, MediumKind::Sound})
        if (mediaKinds::name(kind) == name) return kind;
    return std::nullopt;
}

const QStringList& mimeTypes() {
    static const QStringList list{u"image/jpeg"_s, u"image/png"_s, u"audio/ogg"_s, u"audio/wav"_s};
    return list;
}

bool fits(MediumKind kind, const QString& mime) {
    if (!mimeTypes().contains(mime)) return false;
    return (kind == MediumKind::Photo) == mime.startsWith(u"image/"_s);
}

bool looksLike(const QString& mime, const QByteArray& bytes) {
    if (mime == u"image/jpeg"_s) return bytes.startsWith("\xFF\xD8\xFF");
    if (mime == u"image/png"_s) return bytes.startsWith("\x89PNG\r\n\x1A\n");
    if (mime == u"audio/ogg"_s) return bytes.startsWith("OggS");
    if (mime == u"audio/wav"_s) return bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WAVE";
    return false;
}

}  // namespace mooring::mediaKinds
