// "What keeps me going" on the help screen, with a full hope box: 200 photos (2560 px, as
// the hope box keeps them, about 0.5 MB each, with thumbnails) and 30 recordings (Ogg
// Opus, 20 s each) in a real encrypted profile, 40 photos and 6 recordings in the plan's
// "reasons for living" and the rest in five safety-box ideas. The real CrisisScreen
// (offscreen, 1366x860) on a ProfileSession; medians of 21 runs, each on a panel built
// anew (as after unlocking), of:
//   - Alt+K until the first photo has painted (decoded, scaled, on screen);
//   - the choice's click until the same (the panel's own share, without the key's way in);
//   - the Right arrow until the next photo has painted;
//   - Alt+K on a session just unlocked (SQLCipher's page cache empty).
// Budget: the first photo painted under 100 ms. Not a test: it prints
// (bench/README-hopebox.md).
//
//   build/ci/bench/keeps_going_bench [runs]     (default 21; offscreen platform)
//   MOORING_BENCH_DIR=/some/disk  puts the profile there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "UntilPainted.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/KeepsGoingPanel.h"
#include "gui/crisis/PhotoView.h"
#include "session/ProfileSession.h"
#include "sound/SoundCompression.h"
#include "storage/Argon2Params.h"
#include "storage/MediaStore.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;

QByteArray encoded(const QImage& image, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

// A photo as the hope box keeps one: 2560 px on the long side, slow colours with a
// camera's noise on top so it compresses like a photo; `seed` makes each one different.
QImage photo(int seed, bool upright) {
    const int width = upright ? 1707 : 2560, height = upright ? 2560 : 1707;
    QImage image(width, height, QImage::Format_RGB32);
    std::mt19937 random{std::uint32_t(seed)};
    std::uniform_int_distribution<int> noise(-14, 14);
    const int tint = seed * 37 % 120;
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int r = tint + 100 * x / width + noise(random);
            const int g = 60 + 120 * y / height + noise(random);
            const int b = 200 - 150 * (x + y) / (width + height) + noise(random);
            line[x] = qRgb(std::clamp(r, 0, 255), std::clamp(g, 0, 255), std::clamp(b, 0, 255));
        }
    }
    return image;
}

QByteArray voiceWav(int seconds) {
    const quint32 rate = 48000, data = rate * 2 * quint32(seconds);
    QByteArray bytes("RIFF");
    const auto u32 = [&](quint32 v) { bytes.append(reinterpret_cast<const char*>(&(v = qToLittleEndian(v))), 4); };
    const auto u16 = [&](quint16 v) { bytes.append(reinterpret_cast<const char*>(&(v = qToLittleEndian(v))), 2); };
    u32(36 + data);
    bytes.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    bytes.append("data");
    u32(data);
    std::mt19937 random(5);
    std::uniform_int_distribution<int> sample(-3000, 3000);
    for (quint32 i = 0; i < data / 2; ++i) u16(quint16(qint16(sample(random) / (1 + int(i % 480) / 60))));
    return bytes;
}

// 200 photos and 30 recordings: 40 and 6 for the plan's reasons for living and
// with each of four safety-box ideas (the fifth holds none).
void fill(Database& db) {
    std::vector<QByteArray> photos, thumbnails;
    for (int i = 0; i < 10; ++i) {
        const QImage image = photo(i, i % 3 == 2);
        photos.push_back(encoded(image, 85));
        thumbnails.push_back(encoded(image.scaled(320, 320, Qt::KeepAspectRatio, Qt::SmoothTransformation), 75));
    }
    const QByteArray recording = sound::compressWav(voiceWav(20)).oggOpus;
    StrategyStore strategies(db);
    QList<MediaPlace> places{MediaPlace::reasonsForLiving()};
    for (int i = 0; i < 5; ++i) {
        CopingStrategy idea;
        idea.category = CopingCategory::SafetyBox;
        idea.title = u"Box %1"_s.arg(i + 1);
        const QString id = strategies.add(idea).id;
        if (i < 4) places << MediaPlace::safetyBox(id);
    }
    MediaStore media(db);
    int made = 0;
    for (const MediaPlace& place : places) {
        const int count = 40;
        for (int i = 0; i < count; ++i, ++made) {
            Medium m;
            m.kind = MediumKind::Photo;
            m.mime = u"image/jpeg"_s;
            m.caption = u"A day worth remembering, number %1"_s.arg(made + 1);
            m.place = place;
            media.add(m, photos[size_t(made % 10)], thumbnails[size_t(made % 10)]);
        }
        for (int i = 0; i < 6; ++i) {
            Medium m;
            m.kind = MediumKind::Recording;
            m.mime = u"audio/ogg"_s;
            m.caption = u"A voice that helps"_s;
            m.place = place;
            media.add(m, recording);
        }
    }
}

// Runs the event loop until the panel's photo has been decoded and painted and a further
// round paints nothing more; the wall time of the last round that painted.
double untilPhotoPainted(bench::PaintWatch& watch, CrisisScreen& screen, const std::function<void()>& change) {
    QElapsedTimer timer;
    timer.start();
    change();
    double at = -1;
    bool shown = false;
    while (timer.elapsed() < 5000) {
        const int before = watch.paints;
        // Waits for the next event while the photo is not there yet.
        QCoreApplication::processEvents(shown ? QEventLoop::AllEvents : QEventLoop::WaitForMoreEvents, 5);
        if (watch.paints > before) {
            at = double(timer.nsecsElapsed()) / 1e6;
            auto* panel = screen.findChild<KeepsGoingPanel*>();
            shown = panel && panel->isVisible() && panel->photo()->isVisible() && !panel->photo()->decoded().isNull();
        } else if (shown) {
            break;
        }
    }
    return shown ? at : -1;
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 21;
    QTemporaryDir tmp(bench::benchFolder(u"keeps-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    {
        auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
        fill(created.profile->database());
    }
    const double fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);

    ProfileSession session(UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase)));
    ProfileSettings settings(paths);
    CrisisScreen screen(settings);
    screen.resize(1366, 860);
    screen.show();
    QApplication::setActiveWindow(&screen);
    if (!QTest::qWaitForWindowActive(&screen)) return 1;
    QWidget* watched = &screen;
    bench::PaintWatch watch(watched);
    auto* choice = screen.findChild<QPushButton*>(u"crisisChoiceKeeps"_s);

    std::vector<double> byKey, byClick, next;
    int failed = 0;
    const auto fresh = [&] {  // as after unlocking: the panel is built again when opened
        screen.setSession(nullptr);
        // The panel locking let go of is deleted later; here, outside an event loop, now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        screen.setSession(&session);
        screen.showPanel(CrisisScreen::Panel::Start);
        screen.findChild<QPushButton*>(u"crisisChoice"_s)->setFocus();
        for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
    };
    for (int r = 0; r < runs; ++r) {
        fresh();
        const double key = untilPhotoPainted(
            watch, screen, [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier); });
        if (key < 0) ++failed;
        byKey.push_back(key);
        const bench::Timing right =
            bench::untilPainted(watch, [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); });
        next.push_back(right.wallMs);
        fresh();
        const double click = untilPhotoPainted(watch, screen, [choice] { choice->click(); });
        if (click < 0) ++failed;
        byClick.push_back(click);
    }
    // Right after unlocking: a new session each time, SQLCipher's page cache empty, so the
    // list and the photo's pages are read from the file and decrypted first.
    std::vector<double> cold;
    for (int r = 0; r < runs; ++r) {
        screen.setSession(nullptr);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        ProfileSession unlocked(UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase)));
        screen.setSession(&unlocked);
        screen.showPanel(CrisisScreen::Panel::Start);
        screen.findChild<QPushButton*>(u"crisisChoice"_s)->setFocus();
        for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
        const double key = untilPhotoPainted(
            watch, screen, [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier); });
        if (key < 0) ++failed;
        cold.push_back(key);
        screen.setSession(nullptr);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    screen.setSession(&session);
    screen.showPanel(CrisisScreen::Panel::KeepsGoing);
    auto* panel = screen.findChild<KeepsGoingPanel*>();
    std::printf("keeps_going_bench: %d photos and recordings, %.1f MiB database; medians of %d runs in ms\n",
                panel ? panel->count() : 0, fileMiB, runs);
    std::printf("Alt+K until the first photo painted:  %7.2f  (budget 100)\n", bench::median(byKey));
    std::printf("the choice's click until painted:     %7.2f  (budget 100)\n", bench::median(byClick));
    std::printf("Right arrow until the next painted:   %7.2f\n", bench::median(next));
    std::printf("Alt+K just after unlocking (cold):    %7.2f  (budget 100)\n", bench::median(cold));
    if (failed) std::printf("%d runs never showed the photo\n", failed);
    return failed ? 1 : 0;
}
