// "What keeps me going" on the help screen: the hope box's photos, recordings and sounds,
// after unlocking only, moved through by arrow keys, played only when asked.
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/KeepsGoingPanel.h"
#include "gui/crisis/PhotoView.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray jpeg(QSize size, QColor colour) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// A plain PCM WAV of `seconds` of quiet hum: 16-bit mono, 48 kHz.
QByteArray wav(int seconds) {
    const quint32 rate = 48000;
    const quint32 data = rate * 2 * quint32(seconds);
    QByteArray bytes;
    const auto u32 = [&](quint32 v) { bytes.append(reinterpret_cast<const char*>(&(v = qToLittleEndian(v))), 4); };
    const auto u16 = [&](quint16 v) { bytes.append(reinterpret_cast<const char*>(&(v = qToLittleEndian(v))), 2); };
    bytes.append("RIFF");
    u32(36 + data);
    bytes.append("WAVEfmt ");
    u32(16);
    u16(1);  // PCM
    u16(1);  // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    bytes.append("data");
    u32(data);
    QByteArray samples(qsizetype(data), '\0');
    for (qsizetype i = 0; i + 1 < samples.size(); i += 2) samples[i] = char((i / 2) % 64);
    return bytes + samples;
}

Medium draft(MediumKind kind, const QString& mime, const QString& caption, MediaPlace place) {
    Medium m;
    m.kind = kind;
    m.mime = mime;
    m.caption = caption;
    m.place = std::move(place);
    return m;
}

// Sinks that take the samples at about twice the speed they would be heard, counting them.
struct FakeSinks {
    std::shared_ptr<std::atomic<int>> made = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> written = std::make_shared<std::atomic<int>>(0);

    struct Sink : sound::PcmSink {
        std::shared_ptr<std::atomic<int>> written;
        bool open(int, int) override { return true; }
        bool write(const qint16*, int frames) override {
            *written += frames;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            return true;
        }
        void drain(const std::atomic<bool>&) override {}
        void discard() override {}
    };

    sound::PcmSinkFactory factory() const {
        return [made = made, written = written]() -> std::unique_ptr<sound::PcmSink> {
            ++*made;
            auto sink = std::make_unique<Sink>();
            sink->written = written;
            return sink;
        };
    }
};

// The hope box of these tests: a safety-box photo kept first, yet shown after the plan's.
struct HopeBox {
    QString boxIdea;
    explicit HopeBox(ProfileSession& session) {
        CopingStrategy idea;
        idea.category = CopingCategory::SafetyBox;
        idea.title = u"The blue tin"_s;
        boxIdea = session.strategies().add(idea).id;
        MediaStore media = session.media();
        media.add(
            draft(MediumKind::Photo, u"image/jpeg"_s, u"Bramble asleep in the sun"_s, MediaPlace::safetyBox(boxIdea)),
            jpeg({1600, 1200}, Qt::darkGreen));
        media.add(draft(MediumKind::Photo, u"image/jpeg"_s, u"The sea at Whitby"_s, MediaPlace::reasonsForLiving()),
                  jpeg({2400, 1600}, Qt::darkBlue));
        media.add(
            draft(MediumKind::Recording, u"audio/wav"_s, u"Mum saying goodnight"_s, MediaPlace::reasonsForLiving()),
            wav(30));
        media.add(draft(MediumKind::Photo, u"image/jpeg"_s, QString(), MediaPlace::safetyBox(boxIdea)),
                  jpeg({800, 1200}, Qt::darkRed));
    }
};

struct OpenScreen {
    TempProfile folder;
    std::unique_ptr<ProfileSession> session = openTestSession(folder);
    ProfileSettings settings{folder.paths()};
    CrisisScreen screen{settings};
    QPushButton* choice = nullptr;

    OpenScreen() {
        screen.resize(1100, 800);
        REQUIRE(showActive(&screen));
        choice = screen.findChild<QPushButton*>(u"crisisChoiceKeeps"_s);
        REQUIRE(choice);
    }
    KeepsGoingPanel* openByKey() {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
        REQUIRE(QTest::qWaitFor([&] { return screen.currentPanel() == CrisisScreen::Panel::KeepsGoing; }, 5000));
        auto* panel = screen.findChild<KeepsGoingPanel*>();
        REQUIRE(panel);
        return panel;
    }
    QString positionLabel() const { return screen.findChild<QLabel*>(u"keepsPosition"_s)->text(); }
};

}  // namespace

TEST_CASE("'What keeps me going' is there only after unlocking, with something kept, and goes on lock",
          "[crisis][hopebox]") {
    OpenScreen o;
    CHECK_FALSE(o.choice->isVisible());  // locked: nothing personal on the screen
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
    QTest::qWait(50);
    CHECK(o.screen.currentPanel() == CrisisScreen::Panel::Start);

    o.screen.setSession(o.session.get());
    CHECK_FALSE(o.choice->isVisible());  // unlocked, but the hope box is empty: no empty panel

    HopeBox box(*o.session);
    REQUIRE(QTest::qWaitFor([&] { return o.choice->isVisible(); }, 5000));
    CHECK(o.choice->accessibleName() == u"What keeps me going: my photos and sounds"_s);
    QPointer<KeepsGoingPanel> panel = o.openByKey();
    CHECK(panel->count() == 4);
    REQUIRE(QTest::qWaitFor([&] { return !panel->photo()->decoded().isNull(); }, 5000));

    o.screen.setSession(nullptr);  // lock
    CHECK_FALSE(o.choice->isVisible());
    CHECK(o.screen.currentPanel() == CrisisScreen::Panel::Start);
    CHECK(panel->count() == 0);
    CHECK(panel->photo()->decoded().isNull());  // the pixels went at once
    REQUIRE(QTest::qWaitFor([&] { return panel.isNull(); }, 5000));
    CHECK_FALSE(o.screen.findChild<PhotoView*>());
}

TEST_CASE("Arrow keys move through the plan's media first, then the safety box's, 'n of N' shown and said",
          "[crisis][hopebox]") {
    OpenScreen o;
    o.screen.setSession(o.session.get());
    HopeBox box(*o.session);
    REQUIRE(QTest::qWaitFor([&] { return o.choice->isVisible(); }, 5000));
    KeepsGoingPanel* panel = o.openByKey();

    // Opened: the keyboard is on the photo, named by its caption.
    CHECK(QApplication::focusWidget() == panel->photo());
    CHECK(panel->shownCaption() == u"The sea at Whitby"_s);
    CHECK(panel->photo()->accessibleName() == u"The sea at Whitby"_s);
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(panel->photo());
    REQUIRE(face);
    CHECK(face->role() == QAccessible::Graphic);
    CHECK(face->text(QAccessible::Name) == u"The sea at Whitby"_s);
    CHECK(o.positionLabel() == u"1 of 4"_s);
    REQUIRE(QTest::qWaitFor([&] { return panel->lastSaid() == u"1 of 4. The sea at Whitby"_s; }, 5000));
    // Decoded only as large as it is shown (with a quarter to spare), not at its 2400 px.
    REQUIRE(QTest::qWaitFor([&] { return !panel->photo()->decoded().isNull(); }, 5000));
    CHECK(panel->photo()->decoded().width() <= panel->photo()->width() * panel->photo()->devicePixelRatioF() * 1.3);

    pressKey(Qt::Key_Right);
    CHECK(o.positionLabel() == u"2 of 4"_s);
    CHECK(panel->shownCaption() == u"Mum saying goodnight"_s);
    CHECK(panel->lastSaid() == u"2 of 4. Mum saying goodnight"_s);
    CHECK_FALSE(panel->photo()->isVisible());
    CHECK(panel->photo()->decoded().isNull());  // the photo before is not kept in memory
    auto* play = o.screen.findChild<QPushButton*>(u"keepsPlay"_s);
    REQUIRE(play);
    CHECK(play->isVisible());
    CHECK(QApplication::focusWidget() == play);  // the focus stays on the item
    CHECK(play->accessibleName() == u"Play: Mum saying goodnight"_s);

    pressKey(Qt::Key_Right);
    CHECK(panel->shownCaption() == u"Bramble asleep in the sun"_s);
    CHECK(QApplication::focusWidget() == panel->photo());
    pressKey(Qt::Key_Right);
    CHECK(o.positionLabel() == u"4 of 4"_s);
    CHECK(panel->photo()->accessibleName() == u"Photo without a caption"_s);
    CHECK_FALSE(o.screen.findChild<QLabel*>(u"keepsCaption"_s)->isVisible());
    pressKey(Qt::Key_Right);  // round to the first again
    CHECK(o.positionLabel() == u"1 of 4"_s);
    pressKey(Qt::Key_Left);
    CHECK(o.positionLabel() == u"4 of 4"_s);

    // The arrows work with the keyboard on a button too, and so does the button itself.
    auto* next = o.screen.findChild<QPushButton*>(u"keepsNext"_s);
    next->setFocus();
    pressKey(Qt::Key_Left);
    CHECK(o.positionLabel() == u"3 of 4"_s);
    CHECK(QApplication::focusWidget() == next);
    pressKey(Qt::Key_Space);
    CHECK(o.positionLabel() == u"4 of 4"_s);

    // Removed elsewhere while shown: the panel follows, and goes with the last one.
    const Medium shown = o.session->media().list(MediaPlace::safetyBox(box.boxIdea)).constLast().medium;
    o.session->media().remove(shown.id);
    REQUIRE(QTest::qWaitFor([&] { return panel->count() == 3; }, 5000));
    CHECK(o.positionLabel() == u"3 of 3"_s);
}

TEST_CASE("A recording plays only when asked: never on opening or moving, P starts and stops it", "[crisis][hopebox]") {
    OpenScreen o;
    o.screen.setSession(o.session.get());
    HopeBox box(*o.session);
    REQUIRE(QTest::qWaitFor([&] { return o.choice->isVisible(); }, 5000));
    KeepsGoingPanel* panel = o.openByKey();
    FakeSinks sinks;
    panel->setSinkFactory(sinks.factory());

    pressKey(Qt::Key_P);  // on a photo, P does nothing
    pressKey(Qt::Key_Right);
    QTest::qWait(200);
    CHECK(*sinks.made == 0);  // nothing started by itself
    CHECK(panel->player() == nullptr);

    pressKey(Qt::Key_P);
    REQUIRE(panel->player());
    CHECK(panel->player()->state() == sound::SoundPlayer::State::Playing);
    REQUIRE(QTest::qWaitFor([&] { return *sinks.written > 0; }, 5000));
    auto* play = o.screen.findChild<QPushButton*>(u"keepsPlay"_s);
    CHECK(play->accessibleName() == u"Stop: Mum saying goodnight"_s);
    CHECK(o.screen.findChild<QLabel*>(u"keepsSoundState"_s)->text() == u"Playing \u201cMum saying goodnight\u201d."_s);
    CHECK(panel->lastSaid() == u"Playing \u201cMum saying goodnight\u201d."_s);

    pressKey(Qt::Key_P);
    CHECK(panel->player()->state() == sound::SoundPlayer::State::Stopped);
    CHECK(panel->lastSaid() == u"Stopped."_s);
    CHECK(play->accessibleName() == u"Play: Mum saying goodnight"_s);

    // The button plays too; moving on stops it, and coming back starts nothing.
    QTest::mouseClick(play, Qt::LeftButton);
    CHECK(panel->player()->state() == sound::SoundPlayer::State::Playing);
    REQUIRE(QTest::qWaitFor([&] { return *sinks.made == 2; }, 5000));  // the sink is made on the player's thread
    pressKey(Qt::Key_Right);
    CHECK(panel->player()->state() == sound::SoundPlayer::State::Stopped);
    pressKey(Qt::Key_Left);
    QTest::qWait(200);
    CHECK(panel->player()->state() == sound::SoundPlayer::State::Stopped);
    CHECK(*sinks.made == 2);

    // Locking silences it.
    pressKey(Qt::Key_P);
    CHECK(panel->player()->state() == sound::SoundPlayer::State::Playing);
    QPointer<sound::SoundPlayer> player = panel->player();
    o.screen.setSession(nullptr);
    CHECK(player.isNull());
}

TEST_CASE("Without a sound output, Play says calmly that it could not play, on screen and aloud", "[crisis][hopebox]") {
    OpenScreen o;
    o.screen.setSession(o.session.get());
    HopeBox box(*o.session);
    REQUIRE(QTest::qWaitFor([&] { return o.choice->isVisible(); }, 5000));
    KeepsGoingPanel* panel = o.openByKey();
    panel->setSinkFactory([]() -> std::unique_ptr<sound::PcmSink> { return nullptr; });
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_P);
    REQUIRE(QTest::qWaitFor([&] { return panel->player()->state() == sound::SoundPlayer::State::Failed; }, 5000));
    const QString line = o.screen.findChild<QLabel*>(u"keepsSoundState"_s)->text();
    CHECK(line.startsWith(u"Could not play: "_s));
    CHECK(line.contains(panel->player()->message()));
    CHECK_FALSE(panel->player()->message().isEmpty());
    CHECK(panel->lastSaid() == line);
    CHECK(o.screen.findChild<QPushButton*>(u"keepsPlay"_s)->accessibleName() == u"Play: Mum saying goodnight"_s);
}
