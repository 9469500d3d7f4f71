#include "media/PhotoPreparation.h"

#include "domain/Error.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <future>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kGpsMarker = "MOORING-GPS-51.4779N-0.0015W";
const QByteArray kCommentMarker = "MOORING-COMMENT-heron";

QByteArray encoded(const QImage& image, const char* format) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    REQUIRE(writer.write(image));
    return buffer.data();
}

// Left half red, right half blue: which way up a picture is can be read from it.
QImage halves(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) image.setPixel(x, y, x < width / 2 ? qRgb(220, 0, 0) : qRgb(0, 0, 220));
    return image;
}

void append16(QByteArray& out, quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); }
void append32(QByteArray& out, quint32 v) {
    append16(out, quint16(v & 0xffff));
    append16(out, quint16(v >> 16));
}
void entry(QByteArray& out, quint16 tag, quint16 type, quint32 count, quint32 value) {
    append16(out, tag);
    append16(out, type);
    append32(out, count);
    append32(out, value);
}

// An EXIF APP1 segment as a camera writes one: IFD0 with the orientation and a pointer to
// a GPS IFD whose map datum holds kGpsMarker.
QByteArray exifSegment(quint16 orientation) {
    QByteArray tiff("II\x2A\x00\x08\x00\x00\x00", 8);
    append16(tiff, 2);                                           // IFD0 at 8: two entries
    entry(tiff, 0x0112, 3, 1, orientation);                      // Orientation, SHORT
    entry(tiff, 0x8825, 4, 1, 38);                               // GPS IFD pointer, LONG
    append32(tiff, 0);                                           // no next IFD
    append16(tiff, 1);                                           // GPS IFD at 38: one entry
    entry(tiff, 0x0012, 2, quint32(kGpsMarker.size() + 1), 56);  // GPSMapDatum, ASCII
    append32(tiff, 0);
    REQUIRE(tiff.size() == 56);
    tiff.append(kGpsMarker).append('\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xff));
    return segment + payload;
}

QByteArray commentSegment(const QByteArray& text) {
    QByteArray segment("\xFF\xFE", 2);
    segment.append(char((text.size() + 2) >> 8)).append(char((text.size() + 2) & 0xff));
    return segment + text;
}

// A JPEG with segments inserted right after its start-of-image marker.
QByteArray withSegments(const QByteArray& jpeg, const QByteArray& segments) {
    REQUIRE(jpeg.startsWith("\xFF\xD8"));
    return jpeg.left(2) + segments + jpeg.mid(2);
}

// The markers of a JPEG's segments before its image data (SOS), e.g. 0xE0 for APP0.
QList<int> segmentMarkers(const QByteArray& jpeg) {
    QList<int> markers;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && uchar(jpeg[at]) == 0xFF) {
        const int marker = uchar(jpeg[at + 1]);
        markers << marker;
        if (marker == 0xDA) break;
        at += 2 + qFromBigEndian<quint16>(jpeg.constData() + at + 2);
    }
    return markers;
}

QImage decoded(const QByteArray& bytes) {
    QImage image;
    REQUIRE(image.loadFromData(bytes));
    return image;
}

bool reddish(QRgb c) { return qRed(c) > 150 && qBlue(c) < 80; }
bool bluish(QRgb c) { return qBlue(c) > 150 && qRed(c) < 80; }

}  // namespace

TEST_CASE("photos: the test's EXIF segment is read by Qt as a camera's would be", "[media]") {
    // Without this, the tests below could pass on a segment nobody reads.
    const QByteArray input = withSegments(encoded(halves(40, 20), "jpeg"), exifSegment(6));
    CHECK(input.contains("Exif"));
    CHECK(input.contains(kGpsMarker));
    QImage plain;
    REQUIRE(plain.loadFromData(input));  // QImage applies no orientation by itself
    CHECK(plain.size() == QSize(40, 20));
}

TEST_CASE("photos: an EXIF orientation of 6 comes out turned upright", "[media]") {
    const PreparedPhoto out = PhotoPreparation::prepare(withSegments(encoded(halves(40, 20), "jpeg"), exifSegment(6)));
    CHECK(out.mime == u"image/jpeg"_s);
    CHECK(out.size == QSize(20, 40));
    const QImage image = decoded(out.bytes);
    REQUIRE(image.size() == QSize(20, 40));
    // Turned a quarter clockwise, the left (red) half is on top.
    CHECK(reddish(image.pixel(10, 5)));
    CHECK(bluish(image.pixel(10, 35)));
    CHECK(decoded(out.thumbnail).size() == QSize(20, 40));  // small already: not made larger
}

TEST_CASE("photos: EXIF, GPS and comments of the original are not kept", "[media]") {
    const QByteArray input =
        withSegments(encoded(halves(64, 48), "jpeg"), exifSegment(1) + commentSegment(kCommentMarker));
    const PreparedPhoto out = PhotoPreparation::prepare(input);
    for (const QByteArray& bytes : {out.bytes, out.thumbnail}) {
        CHECK_FALSE(bytes.contains("Exif"));
        CHECK_FALSE(bytes.contains(kGpsMarker));
        CHECK_FALSE(bytes.contains(kCommentMarker));
        const QList<int> markers = segmentMarkers(bytes);
        INFO("segments: " << QStringList([&] {
                                 QStringList s;
                                 for (int m : markers) s << QString::number(m, 16);
                                 return s;
                             }())
                                 .join(u' ')
                                 .toStdString());
        REQUIRE_FALSE(markers.isEmpty());
        CHECK(markers.last() == 0xDA);  // the image data was reached
        for (int marker : markers) {
            CHECK(marker != 0xE1);  // no EXIF or XMP
            CHECK(marker != 0xE2);  // no colour profile
            CHECK(marker != 0xFE);  // no comment
        }
    }
    CHECK(decoded(out.bytes).size() == QSize(64, 48));
}

TEST_CASE("photos: a PNG with transparency stays a PNG, without its text chunks", "[media]") {
    QImage image(30, 30, QImage::Format_ARGB32);
    image.fill(qRgba(0, 120, 0, 128));
    image.setText(u"Comment"_s, QString::fromLatin1(kCommentMarker));
    const QByteArray input = encoded(image, "png");
    REQUIRE(input.contains(kCommentMarker));
    const PreparedPhoto out = PhotoPreparation::prepare(input);
    CHECK(out.mime == u"image/png"_s);
    CHECK(out.bytes.startsWith("\x89PNG"));
    CHECK(out.thumbnail.startsWith("\x89PNG"));
    CHECK_FALSE(out.bytes.contains(kCommentMarker));
    CHECK(qAlpha(decoded(out.bytes).pixel(5, 5)) == 128);

    // Opaque, even with an alpha channel: a JPEG is smaller.
    image.fill(qRgba(0, 120, 0, 255));
    CHECK(PhotoPreparation::prepare(encoded(image, "png")).mime == u"image/jpeg"_s);
}

TEST_CASE("photos: a large picture is made 2560 px on its long side, its thumbnail 320", "[media]") {
    for (const char* format : {"jpeg", "png"}) {
        INFO(format);
        const PreparedPhoto out = PhotoPreparation::prepare(encoded(halves(3000, 1000), format));
        CHECK(out.size == QSize(2560, 853));
        CHECK(decoded(out.bytes).size() == out.size);
        const QSize thumbnail = decoded(out.thumbnail).size();
        CHECK(thumbnail.width() == 320);
        CHECK((thumbnail.height() == 106 || thumbnail.height() == 107));
        CHECK(out.thumbnail.startsWith("\xFF\xD8\xFF"));
    }
}

TEST_CASE("photos: turning goes a quarter each way and back", "[media]") {
    const PreparedPhoto kept = PhotoPreparation::prepare(encoded(halves(40, 20), "jpeg"));
    const PreparedPhoto right = PhotoPreparation::turned(kept.bytes, true);
    CHECK(right.size == QSize(20, 40));
    CHECK(reddish(decoded(right.bytes).pixel(10, 5)));
    const PreparedPhoto left = PhotoPreparation::turned(kept.bytes, false);
    CHECK(left.size == QSize(20, 40));
    CHECK(bluish(decoded(left.bytes).pixel(10, 5)));
    const QImage back = decoded(PhotoPreparation::turned(right.bytes, false).bytes);
    CHECK(back.size() == QSize(40, 20));
    CHECK(reddish(back.pixel(5, 10)));
    CHECK(decoded(right.thumbnail).size() == QSize(20, 40));
}

TEST_CASE("photos: bytes that are no JPEG or PNG picture are refused in words", "[media]") {
    // A BMP is a picture Qt reads, but not one Mooring keeps.
    QImage bmp(8, 8, QImage::Format_RGB32);
    bmp.fill(Qt::white);
    for (const QByteArray& bytes : {QByteArray("just some words"), QByteArray(), encoded(bmp, "bmp"), "GIF89a"_ba,
                                    QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)}) {
        try {
            PhotoPreparation::prepare(bytes);
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::InvalidInput);
            CHECK_FALSE(e.message().isEmpty());
        }
    }
}

TEST_CASE("photos: preparing runs on a worker thread", "[media]") {
    const QByteArray input = withSegments(encoded(halves(40, 20), "jpeg"), exifSegment(6));
    auto job = std::async(std::launch::async, [input] { return PhotoPreparation::prepare(input); });
    const PreparedPhoto out = job.get();
    CHECK(out.size == QSize(20, 40));
    CHECK_FALSE(out.bytes.contains(kGpsMarker));
}
