#include "media/PhotoPreparation.h"

#include "domain/Error.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTransform>

#include <cstring>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

Error notAPicture() {
    return Error(Error::Kind::InvalidInput,
                 QCoreApplication::translate("mooring",
                                             "This file could not be opened as a picture. Mooring can keep photos "
                                             "in JPEG or PNG."));
}

Error tooLarge() {
    return Error(
        Error::Kind::InvalidInput,
        QCoreApplication::translate("mooring", "This picture is too large to open here. Please choose a smaller one."));
}

QSize fitted(const QSize& size, int side) {
    if (size.width() <= side && size.height() <= side) return size;
    return size.scaled(side, side, Qt::KeepAspectRatio);
}

// Upright and at most kMaxSide. The JPEG reader scales while it decodes (libjpeg's DCT
// scaling where the picture is twice the size or more, then smoothly): the size asked for
// is in the file's own orientation, as the reader scales before it turns. Its quality
// setting picks the accurate decoder and the smooth scaling over the fast ones.
QImage decode(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    reader.setQuality(100);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png") throw notAPicture();
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty()) throw notAPicture();
    if (qint64(stored.width()) * stored.height() > PhotoPreparation::kMaxPixels) throw tooLarge();
    if (reader.supportsOption(QImageIOHandler::ScaledSize) && fitted(stored, PhotoPreparation::kMaxSide) != stored)
        reader.setScaledSize(fitted(stored, PhotoPreparation::kMaxSide));
    QImage image;
    if (!reader.read(&image)) throw reader.error() == QImageReader::InvalidDataError ? notAPicture() : tooLarge();
    return image;
}

bool hasTransparency(const QImage& image) {
    if (!image.hasAlphaChannel()) return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) != 255) return true;
    }
    return false;
}

// Only the pixels, in sRGB: a new image has no text (a JPEG's comments, a PNG's text
// chunks), no colour profile and the default resolution, so the writers have nothing
// else to write.
QImage pixelsOnly(QImage image, bool transparent) {
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    const QImage converted = image.convertToFormat(transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QImage clean(converted.size(), converted.format());
    for (int y = 0; y < converted.height(); ++y)
        std::memcpy(clean.scanLine(y), converted.constScanLine(y), size_t(converted.bytesPerLine()));
    return clean;
}

QByteArray encode(const QImage& image, bool png, int quality) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, png ? "png" : "jpeg");
    if (!png) writer.setQuality(quality);
    if (!writer.write(image)) throw tooLarge();  // out of memory is the only way left
    return buffer.data();
}

PreparedPhoto finish(const QImage& upright) {
    QImage image = upright;
    if (fitted(image.size(), PhotoPreparation::kMaxSide) != image.size())
        image = image.scaled(fitted(image.size(), PhotoPreparation::kMaxSide), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
    const bool png = hasTransparency(image);
    image = pixelsOnly(image, png);
    const QImage small = image.scaled(fitted(image.size(), PhotoPreparation::kThumbnailSide), Qt::IgnoreAspectRatio,
                                      Qt::SmoothTransformation);
    return {encode(image, png, PhotoPreparation::kQuality), png ? u"image/png"_s : u"image/jpeg"_s,
            encode(small, png, PhotoPreparation::kThumbnailQuality), image.size()};
}

}  // namespace

PreparedPhoto PhotoPreparation::prepare(const QByteArray& bytes) { return finish(decode(bytes)); }

PreparedPhoto PhotoPreparation::turned(const QByteArray& bytes, bool clockwise) {
    return finish(decode(bytes).transformed(QTransform().rotate(clockwise ? 90 : -90)));
}

}  // namespace mooring
