// The hope box's shelf: photos and sounds added the way the person adds them (a chosen
// file, a dropped one), captioned, turned, played, removed and put back, by keyboard.
#include "gui/common/DialogHooks.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/SoundPlayback.h"
#include "gui/hopebox/CaptionDialog.h"
#include "gui/hopebox/MediaShelf.h"
#include "gui/hopebox/MediaShelfModel.h"
#include "gui/hopebox/VoiceNoteDialog.h"
#include "gui/plan/PlanEditor.h"
#include "gui/plan/SectionEditor.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "sound/PcmSink.h"
#include "sound/SoundFormat.h"
#include "storage/MediaStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "../sound/FakeSource.h"
#include "../sound/ToneWav.h"
#include "CrisisTestHelpers.h"

#include <QAccessible>
#include <QBuffer>
#include <QDropEvent>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

#include <atomic>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

void append16(QByteArray& out, quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); }
void append32(QByteArray& out, quint32 v) {
    append16(out, quint16(v & 0xffff));
    append16(out, quint16(v >> 16));
}

// A JPEG as a phone held sideways writes it: stored 80 x 40, with EXIF orientation 6
// ("turn a quarter clockwise to show").
QByteArray sidewaysJpeg() {
    QImage image(80, 40, QImage::Format_RGB32);
    image.fill(qRgb(40, 120, 200));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    REQUIRE(writer.write(image));
    QByteArray tiff("II\x2A\x00\x08\x00\x00\x00", 8);
    append16(tiff, 1);
    append16(tiff, 0x0112);  // Orientation, SHORT, 1, value 6
    append16(tiff, 3);
    append32(tiff, 1);
    append32(tiff, 6);
    append32(tiff, 0);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xff));
    const QByteArray jpeg = buffer.data();
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QSize imageSize(const QByteArray& bytes) {
    QImage image;
    REQUIRE(image.loadFromData(bytes));
    return image.size();
}

CaptionDialog* waitForCaptionDialog(QWidget* shelf) {
    CaptionDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = shelf->findChild<CaptionDialog*>();
            return dialog && dialog->isVisible();
        },
        20000);
    REQUIRE(shown);
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    return dialog;
}

void captionWith(QWidget* shelf, const QString& words) {
    CaptionDialog* dialog = waitForCaptionDialog(shelf);
    QPointer<CaptionDialog> alive(dialog);
    REQUIRE(dialog->field()->hasFocus());
    QTest::keyClicks(dialog->field(), words);
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !alive || !alive->isVisible(); }, 5000));
}

struct ShelfRig {
    TempProfile folder;
    std::unique_ptr<ProfileSession> session = openTestSession(folder);
    QString ideaId;
    QWidget window;
    MediaShelf* shelf = nullptr;

    ShelfRig() {
        CopingStrategy idea;
        idea.category = CopingCategory::SafetyBox;
        idea.title = u"My box of good things"_s;
        ideaId = session->strategies().add(idea).id;
        shelf = new MediaShelf(*session, &window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(shelf);
        window.resize(900, 700);
        shelf->setPlace(MediaPlace::safetyBox(ideaId));
        REQUIRE(showActive(&window));
    }
    // Back in the shelf's window (a dialog had the keyboard), on the list.
    void focusList() {
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &window; }, 5000));
        shelf->view()->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return shelf->view()->hasFocus(); }, 5000));
    }
    QList<MediaStore::Listed> kept() { return session->media().list(MediaPlace::safetyBox(ideaId)); }
};

// Counts what is played, at once.
struct CountingSink final : sound::PcmSink {
    explicit CountingSink(std::shared_ptr<std::atomic<long long>> frames) : m_frames(std::move(frames)) {}
    bool open(int, int) override { return true; }
    bool write(const qint16*, int frames) override {
        *m_frames += frames;
        return true;
    }
    void drain(const std::atomic<bool>&) override {}
    void discard() override {}
    std::shared_ptr<std::atomic<long long>> m_frames;
};

}  // namespace

TEST_CASE("A photo is added, captioned, turned, removed and put back from the keyboard", "[hopebox][shelf]") {
    DialogHooks::setTestMode(true);
    ShelfRig rig;
    QTemporaryDir files;
    DialogHooks::queueFileName(writeFile(files, u"lake.jpg"_s, sidewaysJpeg()));
    QTest::mouseClick(child<QPushButton>(rig.shelf, u"addPhoto"_s), Qt::LeftButton);
    captionWith(rig.shelf, u"My sister and me at the lake"_s);
    DialogHooks::reset();

    REQUIRE(rig.kept().size() == 1);
    const Medium photo = rig.kept().first().medium;
    CHECK(photo.kind == MediumKind::Photo);
    CHECK(photo.caption == u"My sister and me at the lake"_s);
    // Upright as the camera meant it, and written anew without the EXIF segment.
    const QByteArray bytes = rig.session->media().bytes(photo.id);
    CHECK(imageSize(bytes) == QSize(40, 80));
    CHECK_FALSE(bytes.contains("Exif"));
    const QSize thumb = imageSize(rig.kept().first().thumbnail);

    // Its name for a screen reader is its caption.
    QListView* view = rig.shelf->view();
    CHECK(view->model()->index(0, 0).data(Qt::AccessibleTextRole).toString() == photo.caption);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(view);
    REQUIRE(list);
    bool named = false;
    for (int i = 0; i < list->childCount(); ++i)
        named = named || list->child(i)->text(QAccessible::Name) == photo.caption;
    CHECK(named);

    // Enter on the photo opens what can be done with it; "Turn clockwise" from there.
    rig.focusList();
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Return);
    QMenu* menu = rig.shelf->findChild<QMenu*>(u"mediumMenu"_s);
    REQUIRE(menu);
    REQUIRE(QTest::qWaitFor([&] { return menu->isVisible(); }, 5000));
    QTest::keyClick(menu, Qt::Key_N);  // Tur&n clockwise
    REQUIRE(QTest::qWaitFor([&] { return rig.session->media().bytes(photo.id) != bytes; }, 20000));
    CHECK(imageSize(rig.session->media().bytes(photo.id)) == QSize(80, 40));
    CHECK(imageSize(rig.kept().first().thumbnail) == thumb.transposed());
    CHECK(rig.kept().first().medium.caption == photo.caption);

    // Delete removes it; Ctrl+Z puts it back with its id.
    rig.focusList();
    pressKey(Qt::Key_Delete);
    CHECK(rig.kept().isEmpty());
    CHECK(view->model()->rowCount() == 0);
    CHECK(rig.shelf->lastSaid().contains(photo.caption));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(rig.kept().size() == 1);
    CHECK(rig.kept().first().medium.id == photo.id);
    CHECK(view->model()->rowCount() == 1);
}

TEST_CASE("A photo without a caption is named by its date, and F2 gives it one", "[hopebox][shelf]") {
    ShelfRig rig;
    // An empty box shows its invitation and the ways to add, nothing greyed out.
    CHECK(child<QLabel>(rig.shelf, u"mediaEmptyNote"_s)->isVisible());
    CHECK_FALSE(rig.shelf->view()->isVisible());
    CHECK_FALSE(child<QPushButton>(rig.shelf, u"mediumRemove"_s)->isVisible());
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    REQUIRE(rig.shelf->addPhotoBytes(buffer.data()));
    CaptionDialog* dialog = waitForCaptionDialog(rig.shelf);
    QTest::keyClick(dialog->field(), Qt::Key_Escape);  // "Not now": kept without words
    REQUIRE(QTest::qWaitFor([&] { return rig.shelf->findChild<CaptionDialog*>() == nullptr; }, 5000));
    REQUIRE(rig.kept().size() == 1);
    CHECK(rig.shelf->view()->isVisible());
    CHECK(child<QPushButton>(rig.shelf, u"mediumRemove"_s)->isVisible());
    const Medium photo = rig.kept().first().medium;
    const QString expected =
        u"Photo without a caption, added %1"_s.arg(QLocale().toString(photo.createdAt.date(), QLocale::LongFormat));
    CHECK(rig.shelf->view()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString() == expected);

    rig.focusList();
    pressKey(Qt::Key_F2);
    captionWith(rig.shelf, u"The old garden"_s);
    CHECK(rig.kept().first().medium.caption == u"The old garden"_s);
}

TEST_CASE("A picture file dropped on the shelf is added", "[hopebox][shelf]") {
    ShelfRig rig;
    QTemporaryDir files;
    const QString path = writeFile(files, u"dropped.jpg"_s, sidewaysJpeg());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = rig.shelf->view()->geometry().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rig.shelf, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rig.shelf, &drop);
    CHECK(drop.isAccepted());
    captionWith(rig.shelf, u"Dropped in"_s);
    REQUIRE(rig.kept().size() == 1);
    CHECK(rig.kept().first().medium.kind == MediumKind::Photo);
    CHECK(rig.kept().first().medium.caption == u"Dropped in"_s);
}

TEST_CASE("A WAV sound file is kept as Opus and plays from the shelf", "[hopebox][shelf][sound]") {
    ShelfRig rig;
    QTemporaryDir files;
    Tone tone;
    tone.seconds = 0.5;
    DialogHooks::setTestMode(true);
    DialogHooks::queueFileName(writeFile(files, u"the sea.wav"_s, toneWav(tone)));
    QTest::mouseClick(child<QPushButton>(rig.shelf, u"addSound"_s), Qt::LeftButton);
    CaptionDialog* dialog = waitForCaptionDialog(rig.shelf);
    DialogHooks::reset();
    CHECK(dialog->field()->text() == u"the sea"_s);  // the file's name, to keep or change
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return rig.shelf->findChild<CaptionDialog*>() == nullptr; }, 5000));

    REQUIRE(rig.kept().size() == 1);
    const Medium sound = rig.kept().first().medium;
    CHECK(sound.kind == MediumKind::Sound);
    CHECK(sound.mime == u"audio/ogg"_s);
    CHECK(sound::recogniseSound(rig.session->media().bytes(sound.id)) == sound::SoundKind::OggOpus);
    CHECK(rig.shelf->view()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString() == u"Sound: the sea"_s);

    auto frames = std::make_shared<std::atomic<long long>>(0);
    SoundPlayback::setOutputForTests([frames] { return std::make_unique<CountingSink>(frames); });
    rig.focusList();
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Space);
    CHECK(rig.shelf->lastSaid() == u"Playing \u201cSound: the sea\u201d."_s);
    REQUIRE(QTest::qWaitFor([&] { return rig.shelf->lastSaid().startsWith(u"Finished playing"_s); }, 10000));
    CHECK(*frames >= 48000 * 4 / 10);
    SoundPlayback::setOutputForTests({});
}

TEST_CASE("A sound file over 25 MB is refused kindly and nothing is kept", "[hopebox][shelf][sound]") {
    ShelfRig rig;
    QTemporaryDir files;
    const QString path = files.filePath(u"long.wav"_s);
    QFile big(path);
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(sound::kMaxSoundFileBytes + 1));  // sparse: no 25 MB written
    big.close();
    DialogHooks::setTestMode(true);
    DialogHooks::queueFileName(path);
    QTest::mouseClick(child<QPushButton>(rig.shelf, u"addSound"_s), Qt::LeftButton);
    DialogHooks::reset();
    CHECK(rig.shelf->bannerText().contains(u"25 MB"_s));
    CHECK_FALSE(rig.shelf->isBusy());
    CHECK(rig.kept().isEmpty());

    // Not a sound Mooring plays: SoundFormat's own words.
    REQUIRE(rig.shelf->addFile(writeFile(files, u"notes.txt"_s, "just some words, not a sound")));
    REQUIRE(QTest::qWaitFor([&] { return !rig.shelf->isBusy(); }, 10000));
    CHECK_FALSE(rig.shelf->bannerText().isEmpty());
    CHECK(rig.kept().isEmpty());
}

TEST_CASE("The shelf is with a saved safety-box idea and with what matters to me in the plan", "[hopebox][shelf]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    CopingStrategy idea;
    idea.category = CopingCategory::SafetyBox;
    idea.title = u"Letters from friends"_s;
    const QString id = session->strategies().add(idea).id;

    ToolboxScreen toolbox(*session);
    toolbox.resize(1000, 760);
    REQUIRE(showActive(&toolbox));
    toolbox.showFamily(CopingCategory::SafetyBox);
    auto* list = child<QListView>(&toolbox, u"ideaList"_s);
    list->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return toolbox.filter().rowCount() > 0; }, 5000));
    for (int i = 0; i < toolbox.filter().rowCount() && toolbox.currentId() != id; ++i) pressKey(Qt::Key_Down);
    REQUIRE(toolbox.currentId() == id);
    pressKey(Qt::Key_F2);
    auto* shelf = child<MediaShelf>(&toolbox, u"mediaShelf"_s);
    REQUIRE(shelf);
    CHECK(shelf->isVisible());
    CHECK(shelf->place() == MediaPlace::safetyBox(id));
    CHECK(child<QLabel>(&toolbox, u"mediaPrivacyNote"_s)->isVisible());
    pressKey(Qt::Key_Escape);

    // A new idea has no place for photos until it is saved.
    pressKey(Qt::Key_N, Qt::ControlModifier);
    CHECK_FALSE(shelf->isVisible());

    PlanEditor plan(*session, nullptr);
    plan.resize(1000, 760);
    REQUIRE(showActive(&plan));
    MediaShelf* planShelf = plan.sectionEditor()->mediaShelf();
    REQUIRE(planShelf);
    plan.showSection(PlanSection::WarningSigns);
    CHECK_FALSE(planShelf->isVisible());
    plan.showSection(PlanSection::ReasonsForLiving);
    CHECK(planShelf->isVisible());
    CHECK(planShelf->place().isReasonsForLiving());
}

TEST_CASE("A voice note is recorded, played back, captioned and kept by keyboard", "[hopebox][shelf][sound]") {
    ShelfRig rig;
    auto microphone = std::make_shared<Microphone>();
    microphone->pace = Microphone::Pace::RealTime;
    VoiceNoteDialog::setInputForTests(fakeSources(microphone));
    auto frames = std::make_shared<std::atomic<long long>>(0);
    SoundPlayback::setOutputForTests([frames] { return std::make_unique<CountingSink>(frames); });

    QTest::mouseClick(child<QPushButton>(rig.shelf, u"recordVoice"_s), Qt::LeftButton);
    auto* dialog = rig.shelf->findChild<VoiceNoteDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isVisible(); }, 5000));
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 5000));
    CHECK(child<QLabel>(dialog, u"voiceTime"_s)->text().contains(u"3:00"_s));
    CHECK(child<QProgressBar>(dialog, u"voiceLevel"_s)->accessibleName() == u"Sound level"_s);
    CHECK_FALSE(child<QPushButton>(dialog, u"voiceSave"_s)->isEnabled());  // nothing recorded yet

    auto* record = child<QPushButton>(dialog, u"voiceRecord"_s);
    record->setFocus();
    pressKey(Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return child<QProgressBar>(dialog, u"voiceLevel"_s)->value() > 0; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return microphone->framesGiven > 48000 / 2; }, 5000));
    CHECK(QApplication::focusWidget() == child<QPushButton>(dialog, u"voiceStop"_s));
    pressKey(Qt::Key_Space);  // Stop
    REQUIRE(QTest::qWaitFor([&] { return !dialog->recording().isEmpty(); }, 5000));
    CHECK(sound::recogniseSound(dialog->recording()) == sound::SoundKind::OggOpus);

    auto* play = child<QPushButton>(dialog, u"voicePlay"_s);
    REQUIRE(QTest::qWaitFor([&] { return play->isEnabled(); }, 5000));
    play->setFocus();
    pressKey(Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return *frames > 0; }, 5000));

    auto* caption = child<QLineEdit>(dialog, u"voiceCaption"_s);
    caption->setFocus();
    typeText(u"Me, on a good day"_s);
    QPointer<VoiceNoteDialog> alive(dialog);
    pressKey(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !alive || !alive->isVisible(); }, 5000));
    VoiceNoteDialog::setInputForTests({});
    SoundPlayback::setOutputForTests({});

    REQUIRE(rig.kept().size() == 1);
    const Medium note = rig.kept().first().medium;
    CHECK(note.kind == MediumKind::Recording);
    CHECK(note.mime == u"audio/ogg"_s);
    CHECK(note.caption == u"Me, on a good day"_s);
    CHECK(rig.shelf->view()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString() ==
          u"Voice note: Me, on a good day"_s);
}

TEST_CASE("Without a sound system the voice note dialog says so and records nothing", "[hopebox][shelf][sound]") {
    ShelfRig rig;
    const QByteArray before = qgetenv("PULSE_SERVER");
    qputenv("PULSE_SERVER", "unix:/nonexistent/mooring-test/native");
    QTest::mouseClick(child<QPushButton>(rig.shelf, u"recordVoice"_s), Qt::LeftButton);
    if (before.isEmpty())
        qunsetenv("PULSE_SERVER");
    else
        qputenv("PULSE_SERVER", before);
    auto* dialog = rig.shelf->findChild<VoiceNoteDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->recorder() == nullptr);
    auto* problem = child<QLabel>(dialog, u"voiceProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"Photos and sound files can still be added."_s));
    CHECK(dialog->focusWidget() == child<QPushButton>(dialog, u"voiceCancel"_s));
    CHECK_FALSE(child<QPushButton>(dialog, u"voiceRecord"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, u"voiceSave"_s)->isEnabled());
    dialog->reject();
    CHECK(rig.kept().isEmpty());
    CHECK(child<QPushButton>(rig.shelf, u"addPhoto"_s)->isEnabled());
}

TEST_CASE("A photo imported without a thumbnail gets one, its own bytes unchanged", "[hopebox][shelf]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG"));
    Medium draft;
    draft.kind = MediumKind::Photo;
    draft.mime = u"image/jpeg"_s;
    draft.caption = u"From the export"_s;
    draft.place = MediaPlace::reasonsForLiving();
    const Medium kept = session->media().add(draft, buffer.data());  // as an import keeps it
    REQUIRE(session->media().list(draft.place).first().thumbnail.isEmpty());

    MediaShelf shelf(*session);
    shelf.setPlace(draft.place);
    REQUIRE(QTest::qWaitFor([&] { return !session->media().list(draft.place).first().thumbnail.isEmpty(); }, 20000));
    CHECK(imageSize(session->media().list(draft.place).first().thumbnail) == QSize(320, 240));
    CHECK(session->media().bytes(kept.id) == buffer.data());
    CHECK(session->media().find(kept.id)->caption == u"From the export"_s);
}
