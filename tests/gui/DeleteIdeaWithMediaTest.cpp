// Deleting a safety-box idea that keeps photos: asked first, both go together, Ctrl+Z
// brings both back; an idea that keeps nothing is deleted without a question.
#include "gui/common/DialogHooks.h"
#include "gui/toolbox/DeleteIdeaQuestion.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/MediaStore.h"
#include "storage/StrategyStore.h"
#include "storage/Translations.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// A real, small JPEG, as the shelf would keep from a chosen file.
QByteArray smallJpeg(QRgb colour) {
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    REQUIRE(writer.write(image));
    return buffer.data();
}

Medium photoFor(const QString& strategyId) {
    Medium m;
    m.kind = MediumKind::Photo;
    m.mime = u"image/jpeg"_s;
    m.place = MediaPlace::safetyBox(strategyId);
    return m;
}

QString addBoxIdea(StrategyStore& store, const QString& title) {
    CopingStrategy s;
    s.category = CopingCategory::SafetyBox;
    s.title = title;
    return store.add(s).id;
}

// Answers given through DialogHooks only; a question nobody queued an answer for keeps.
struct QuietDialogs {
    QuietDialogs() {
        DialogHooks::reset();
        DialogHooks::setTestMode(true);
    }
    ~QuietDialogs() { DialogHooks::reset(); }
};

}  // namespace

TEST_CASE("Deleting a safety-box idea with photos asks first; Ctrl+Z brings the idea and its photos back",
          "[toolbox][media]") {
    QuietDialogs dialogs;
    TempProfile folder;
    auto session = openTestSession(folder);
    StrategyStore store = session->strategies();
    MediaStore media = session->media();
    const QString idea = addBoxIdea(store, u"Postcards from Anna"_s);
    const QString plain = addBoxIdea(store, u"A shell from the beach"_s);
    const QByteArray sea = smallJpeg(qRgb(40, 120, 200));
    const QByteArray sand = smallJpeg(qRgb(230, 210, 160));
    media.add(photoFor(idea), sea);
    media.add(photoFor(idea), sand);
    const auto kept = media.list(MediaPlace::safetyBox(idea));
    REQUIRE(kept.size() == 2);

    ToolboxScreen screen(*session);
    screen.resize(1000, 760);
    REQUIRE(showActive(&screen));
    screen.setFocus();
    pressKey(Qt::Key_6, Qt::ControlModifier);  // the safety box, the sixth list
    REQUIRE(screen.shownFamily() == CopingCategory::SafetyBox);
    pressKey(Qt::Key_Home);
    REQUIRE(screen.currentId() == idea);
    QSignalSpy mediaChanged(session.get(), &ProfileSession::mediaChanged);
    QSignalSpy toolboxChanged(session.get(), &ProfileSession::toolboxChanged);

    // "No": nothing changes, and there is nothing to undo.
    DialogHooks::queueAnswer(QMessageBox::No);
    pressKey(Qt::Key_Delete);
    REQUIRE(DialogHooks::shownMessages().size() == 1);
    const QString asked = DialogHooks::shownMessages().constFirst();
    CHECK(asked.contains(u"Postcards from Anna"_s));
    CHECK(asked.contains(u"2 photos"_s));
    CHECK(asked.contains(u"Ctrl+Z"_s));
    CHECK(store.find(idea));
    CHECK(media.list(MediaPlace::safetyBox(idea)) == kept);
    CHECK(screen.undoStack().count() == 0);
    CHECK(screen.currentId() == idea);
    QCoreApplication::processEvents();
    CHECK(mediaChanged.isEmpty());

    // A question left unanswered keeps too: "No" is its default.
    pressKey(Qt::Key_Delete);
    CHECK(DialogHooks::shownMessages().size() == 2);
    CHECK(store.find(idea));
    CHECK(screen.undoStack().count() == 0);

    // "Yes": the idea and both photos go, in one commit.
    DialogHooks::queueAnswer(QMessageBox::Yes);
    pressKey(Qt::Key_Delete);
    CHECK(DialogHooks::shownMessages().size() == 3);
    CHECK_FALSE(store.find(idea));
    CHECK(media.list(MediaPlace::safetyBox(idea)).isEmpty());
    CHECK(media.totals().count == 0);
    CHECK(screen.currentId() != idea);
    CHECK(
        visibleText(&screen).contains(u"\u201cPostcards from Anna\u201d and what it kept are deleted. Ctrl+Z brings "
                                      u"all of it back."_s));
    REQUIRE(QTest::qWaitFor([&] { return mediaChanged.size() == 1 && toolboxChanged.size() == 1; }));

    // Ctrl+Z: both back as they were, bytes and all.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(store.find(idea));
    CHECK(media.list(MediaPlace::safetyBox(idea)) == kept);
    CHECK(MediaStore::sha256Hex(media.bytes(kept.at(0).medium.id)) == MediaStore::sha256Hex(sea));
    CHECK(MediaStore::sha256Hex(media.bytes(kept.at(1).medium.id)) == MediaStore::sha256Hex(sand));
    CHECK(screen.currentId() == idea);
    REQUIRE(QTest::qWaitFor([&] { return mediaChanged.size() == 2 && toolboxChanged.size() == 2; }));

    // Redo deletes again without asking; undo brings it back again.
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(store.find(idea));
    CHECK(media.totals().count == 0);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(store.find(idea));
    CHECK(media.totals().count == 2);
    CHECK(DialogHooks::shownMessages().size() == 3);

    // An idea that keeps nothing is deleted at once, as before.
    pressKey(Qt::Key_End);
    REQUIRE(screen.currentId() == plain);
    pressKey(Qt::Key_Delete);
    CHECK_FALSE(store.find(plain));
    CHECK(DialogHooks::shownMessages().size() == 3);
    CHECK(visibleText(&screen).contains(u"is deleted. Ctrl+Z brings it back."_s));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(store.find(plain));
}

TEST_CASE("The question counts what an idea keeps in plain words, in English and in German",
          "[toolbox][media][german]") {
    CHECK(DeleteIdeaQuestion::text(u"Anna"_s, {1, 0, 0}) ==
          u"\u201cAnna\u201d keeps one photo. Would you like to delete it together with the idea? Undo (Ctrl+Z) "
          u"brings both back."_s);
    CHECK(DeleteIdeaQuestion::text(u"Anna"_s, {3, 1, 0})
              .startsWith(u"\u201cAnna\u201d keeps 3 photos and one "
                          u"recording. Would you like to delete them"_s));
    CHECK(DeleteIdeaQuestion::text(u"Anna"_s, {0, 2, 1})
              .startsWith(u"\u201cAnna\u201d keeps 2 recordings and one "
                          u"sound."_s));
    Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    CHECK(DeleteIdeaQuestion::text(u"Anna"_s, {1, 0, 0}) ==
          u"Bei \u201eAnna\u201c ist ein Foto aufbewahrt. M\u00f6chtest du beides zusammen l\u00f6schen? "
          u"R\u00fcckg\u00e4ngig (Strg+Z) holt beides zur\u00fcck."_s);
    CHECK(DeleteIdeaQuestion::text(u"Anna"_s, {3, 1, 2})
              .startsWith(u"Bei \u201eAnna\u201c sind 3 Fotos, eine Aufnahme und 2 T\u00f6ne aufbewahrt."_s));
}
