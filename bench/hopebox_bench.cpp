// The hope box: a 12-megapixel camera photo made ready to keep, and a box of media in a
// real encrypted profile. Not a test: it prints medians (bench/README-hopebox.md).
//
// 1. PhotoPreparation::prepare on a generated 4000x3000 JPEG (smooth colours plus noise, so
//    it compresses like a photo and not like a flat picture; quality 92, about what a
//    phone writes), once without EXIF and once with an orientation of 6 (a phone held
//    upright), and turned() on the result. Budget: prepare + thumbnail under 1 s.
// 2. A safety-box idea holding 200 photos (about 400 KB each, with thumbnails
//    of 20 KB) and 30 recordings (about 300 KB each): listing it (records and
//    thumbnails) on a fresh connection ("cold": SQLCipher's page cache empty, every page
//    decrypted again) and again ("warm"), counting it, reading one photo's bytes cold and
//    warm, adding a photo and removing it (each its own transaction, synchronous=FULL).
//
//   build/ci/bench/hopebox_bench [runs]     (default 9)
//   MOORING_BENCH_DIR=/some/disk  puts the profile there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"

#include "media/PhotoPreparation.h"
#include "storage/Argon2Params.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;

struct Timed {
    std::vector<double> wall, cpu;
    void add(const std::function<void()>& work) {
        const double cpuBefore = bench::threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(bench::threadCpuMs() - cpuBefore);
    }
};

// Colours that change slowly across the picture, with noise on top, as a camera's sensor gives.
QByteArray cameraJpeg(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    std::mt19937 random(20261207);
    std::uniform_int_distribution<int> noise(-18, 18);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int r = 40 + 160 * x / width + noise(random);
            const int g = 60 + 120 * y / height + noise(random);
            const int b = 200 - 150 * (x + y) / (width + height) + noise(random);
            line[x] = qRgb(std::clamp(r, 0, 255), std::clamp(g, 0, 255), std::clamp(b, 0, 255));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(92);
    writer.write(image);
    return buffer.data();
}

// The same JPEG with an EXIF APP1 segment saying "turn a quarter clockwise" (orientation 6).
QByteArray withOrientation6(const QByteArray& jpeg) {
    const QByteArray tiff(
        "II\x2A\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00"
        "\x00\x00\x00\x00",
        26);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xff));
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

QByteArray randomBytes(std::mt19937& random, const QByteArray& head, qsizetype size) {
    QByteArray bytes = head;
    bytes.reserve(size);
    std::uniform_int_distribution<int> byte(0, 255);
    while (bytes.size() < size) bytes.append(char(byte(random)));
    return bytes;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    using bench::median;

    // --- 1. photo preparation ---
    const QByteArray camera = cameraJpeg(4000, 3000);
    const QByteArray upright = withOrientation6(camera);
    Timed plain, turnedUp, turning;
    PreparedPhoto prepared;
    for (int r = 0; r < runs; ++r) {
        plain.add([&] { prepared = PhotoPreparation::prepare(camera); });
        turnedUp.add([&] { (void)PhotoPreparation::prepare(upright); });
        turning.add([&] { (void)PhotoPreparation::turned(prepared.bytes, true); });
    }
    std::printf("hopebox_bench: medians of %d runs in ms (wall / cpu of this thread)\n", runs);
    std::printf("photo in: 4000x3000 JPEG, %.2f MB; kept: %dx%d %s, %.0f KB; thumbnail %.1f KB\n",
                double(camera.size()) / 1e6, prepared.size.width(), prepared.size.height(), qPrintable(prepared.mime),
                double(prepared.bytes.size()) / 1e3, double(prepared.thumbnail.size()) / 1e3);
    std::printf("prepare + thumbnail:              %7.1f / %7.1f   (budget 1000)\n", median(plain.wall),
                median(plain.cpu));
    std::printf("prepare + thumbnail, EXIF turned: %7.1f / %7.1f\n", median(turnedUp.wall), median(turnedUp.cpu));
    std::printf("turn a kept photo:                %7.1f / %7.1f\n", median(turning.wall), median(turning.cpu));

    // --- 2. the store ---
    QTemporaryDir tmp(bench::benchFolder(u"hopebox-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    QString boxId;
    QStringList photoIds;
    std::mt19937 random(7);
    // A real photo's thumbnail has more detail than the generated one's: 20 KB, what a
    // 320 px JPEG of a camera photo at quality 75 takes.
    const qsizetype thumbnailSize = std::max<qsizetype>(prepared.thumbnail.size(), 20'000);
    qint64 stored = 0;
    {
        auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
        Database& db = created.profile->database();
        CopingStrategy box;
        box.category = CopingCategory::SafetyBox;
        box.title = u"My hope box"_s;
        boxId = StrategyStore(db).add(box).id;
        MediaStore media(db);
        Transaction transaction(db);  // filling only: one transaction
        for (int i = 0; i < 230; ++i) {
            Medium m;  // recordings among the photos, the rest after the 200th photo
            m.kind = i % 23 == 0 || photoIds.size() == 200 ? MediumKind::Recording : MediumKind::Photo;
            m.mime = m.kind == MediumKind::Photo ? u"image/jpeg"_s : u"audio/ogg"_s;
            m.place = MediaPlace::safetyBox(boxId);
            m.caption = u"Photo %1, a day worth remembering"_s.arg(i);
            const qsizetype size = (m.kind == MediumKind::Photo ? 400 : 300) * 1000 + i * 37 % 20000;
            const QByteArray bytes =
                randomBytes(random, m.kind == MediumKind::Photo ? "\xFF\xD8\xFF\xE0" : "OggS", size);
            const QByteArray thumbnail =
                m.kind == MediumKind::Photo ? randomBytes(random, "\xFF\xD8\xFF\xE0", thumbnailSize) : QByteArray();
            const Medium kept = media.add(m, bytes, thumbnail);
            if (kept.kind == MediumKind::Photo) photoIds << kept.id;
            stored += bytes.size();
        }
        transaction.commit();
    }
    const double fileMB = double(QFileInfo(paths.database()).size()) / 1e6;

    Timed listCold, listWarm, count, bytesCold, bytesWarm, add, remove;
    int listed = 0;
    qsizetype read = 0;
    for (int r = 0; r < runs; ++r) {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
        MediaStore media(profile->database());
        const MediaPlace box = MediaPlace::safetyBox(boxId);
        listCold.add([&] { listed = int(media.list(box).size()); });
        listWarm.add([&] { (void)media.list(box); });
        count.add([&] { (void)media.totals(box); });
        const QString photo = photoIds.at((r * 37) % photoIds.size());
        bytesCold.add([&] { read = media.bytes(photo).size(); });
        bytesWarm.add([&] { (void)media.bytes(photo); });
        Medium m;
        m.kind = MediumKind::Photo;
        m.mime = u"image/jpeg"_s;
        m.place = box;
        Medium kept;
        add.add([&] { kept = media.add(m, prepared.bytes, prepared.thumbnail); });
        remove.add([&] { (void)media.remove(kept.id); });
    }
    std::printf("store: 200 photos and 30 recordings in one safety-box idea, %.1f MB of media, database %.1f MB\n",
                double(stored) / 1e6, fileMB);
    std::printf("list the box (%d records + thumbnails), cold: %7.2f / %7.2f\n", listed, median(listCold.wall),
                median(listCold.cpu));
    std::printf("list the box, warm:                         %7.2f / %7.2f\n", median(listWarm.wall),
                median(listWarm.cpu));
    std::printf("count and size the box:                     %7.2f / %7.2f\n", median(count.wall), median(count.cpu));
    std::printf("read one photo's bytes (%.0f KB), cold:      %7.2f / %7.2f\n", double(read) / 1e3,
                median(bytesCold.wall), median(bytesCold.cpu));
    std::printf("read one photo's bytes, warm:               %7.2f / %7.2f\n", median(bytesWarm.wall),
                median(bytesWarm.cpu));
    std::printf("add a prepared photo (%.0f KB):             %7.2f / %7.2f\n", double(prepared.bytes.size()) / 1e3,
                median(add.wall), median(add.cpu));
    std::printf("remove it (secure delete):                  %7.2f / %7.2f\n", median(remove.wall), median(remove.cpu));
    return 0;
}
