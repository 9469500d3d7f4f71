#pragma once
// Made-up photos and voice notes for the hope box's benchmarks (fixed seeds): pictures that
// do not compress like flat ones (colours drifting across them, with noise on top), and
// recordings of random bytes behind an Ogg Opus signature (nothing here decodes them).

#include "domain/Medium.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>

#include <algorithm>
#include <random>

namespace mooring::bench {

inline QByteArray noisyJpeg(std::mt19937& random, int width, int height, int quality) {
    QImage image(width, height, QImage::Format_RGB32);
    std::uniform_int_distribution<int> noise(-24, 24);
    const int hue = int(random() % 360);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const QColor c = QColor::fromHsv((hue + x * 90 / width) % 360, 120, 100 + y * 120 / height);
            line[x] = qRgb(std::clamp(c.red() + noise(random), 0, 255), std::clamp(c.green() + noise(random), 0, 255),
                           std::clamp(c.blue() + noise(random), 0, 255));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return buffer.data();
}

// What a full hope box holds, made once: eight photos of 1600×1200 (about 400 KB) with
// thumbnails of 320×240 (about 20 KB), and a recording of 300 KB.
struct GeneratedMedia {
    QList<QByteArray> photos, thumbnails;
    QByteArray recording;

    GeneratedMedia() {
        std::mt19937 random(20261207);
        for (int i = 0; i < 8; ++i) {
            photos << noisyJpeg(random, 1600, 1200, 78);
            thumbnails << noisyJpeg(random, 320, 240, 82);
        }
        recording = QByteArray("OggS\0\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x13OpusHead", 36);
        while (recording.size() < 300 * 1024) recording.append(char(random() & 0xff));
    }

    // Adds photos [first, last) and recordings [firstRec, lastRec) to `place`, one transaction.
    void add(Database& db, const MediaPlace& place, int first, int last, int firstRec, int lastRec) const {
        using namespace Qt::StringLiterals;
        MediaStore store(db);
        Transaction transaction(db);  // generating only
        for (int i = first; i < last; ++i) {
            Medium m;
            m.kind = MediumKind::Photo;
            m.mime = u"image/jpeg"_s;
            m.caption = i % 3 == 0 ? QString() : u"A day at the lake with Sam, number %1"_s.arg(i);
            m.place = place;
            store.add(m, photos.at(i % 8), thumbnails.at(i % 8));
        }
        for (int i = firstRec; i < lastRec; ++i) {
            Medium m;
            m.kind = MediumKind::Recording;
            m.mime = u"audio/ogg"_s;
            m.caption = u"Me, on a good day (%1)"_s.arg(i);
            m.place = place;
            store.add(m, recording);
        }
        transaction.commit();
    }
};

}  // namespace mooring::bench
