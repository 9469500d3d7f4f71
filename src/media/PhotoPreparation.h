#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace mooring {

// A photo as the hope box keeps it (MediaStore::add with kind Photo).
struct PreparedPhoto {
    QByteArray bytes;      // JPEG, or PNG when the picture has transparency
    QString mime;          // "image/jpeg" or "image/png"
    QByteArray thumbnail;  // at most kThumbnailSide on its long side; JPEG, or PNG when transparent
    QSize size;            // of the kept picture, upright
};

// Turns the bytes of a picture the person chose into what is kept: decoded, turned upright
// as its EXIF orientation says, made at most kMaxSide pixels on the long side and written
// anew by Qt's own writers, which write no EXIF, GPS, comment or colour profile: nothing of
// the original file but its pixels is kept. Pure functions over QImage (no QPixmap), safe
// to call on any thread, e.g. in a ProfileSession job. Throw Error(InvalidInput) with a
// message fit to show when the bytes are no JPEG or PNG picture, or too large to open.
class PhotoPreparation {
public:
    static constexpr int kMaxSide = 2560;
    static constexpr int kThumbnailSide = 320;
    static constexpr int kQuality = 85;  // JPEG; a thumbnail is smaller still
    static constexpr int kThumbnailQuality = 75;
    // Refused before decoding: such a picture would need gigabytes of memory to open.
    static constexpr qint64 kMaxPixels = 120'000'000;

    static PreparedPhoto prepare(const QByteArray& bytes);
    // A kept photo turned a quarter, clockwise or not, with a new thumbnail. A JPEG is
    // encoded again, so it loses a little each time; the size stays within kMaxSide.
    static PreparedPhoto turned(const QByteArray& bytes, bool clockwise);
};

}  // namespace mooring
