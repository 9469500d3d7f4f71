// "My week" follows the session: entries and notes written elsewhere show without the
// screen being hidden and shown, and the week's note being typed survives a reload, a pause
// and the session closing.
#include "JournalGuiSupport.h"
#include "ReviewGuiSupport.h"

#include "gui/review/ReviewScreen.h"
#include "storage/UnlockedProfile.h"
#include "storage/WeekReflectionStore.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

#include <string_view>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct WeekProfile : JournalProfile {
    Week week;
    WeekProfile() {
        clock = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::OffsetFromUTC, 3600);
        week = Week::containing(clock.date(), QLocale().firstDayOfWeek());
    }
    std::optional<QString> note(const Week& of) {
        const auto found = session->weekNotes().find(of.start());
        return found ? std::optional<QString>(found->text) : std::nullopt;
    }
};

std::unique_ptr<ReviewScreen> openReview(WeekProfile& p) {
    auto screen = std::make_unique<ReviewScreen>(*p.session);
    screen->resize(1000, 800);
    screen->show();
    QApplication::setActiveWindow(screen.get());
    REQUIRE(QTest::qWaitForWindowActive(screen.get()));
    return screen;
}

}  // namespace

TEST_CASE("My week counts an entry saved elsewhere at once and keeps the note being typed", "[review][gui][session]") {
    WeekProfile p;
    auto screen = openReview(p);
    REQUIRE(screen->week() == p.week);
    REQUIRE(screen->data().summary.entries == 0);

    // The journal (another screen) saves an entry through the session: counted, no hide/show.
    p.session->journal().add(reviewEntry(p.week, 0, 9, 5, {u"work"_s}));
    CHECK(QTest::qWaitFor([&] { return screen->data().summary.entries == 1; }, 2000));
    CHECK(screen->isVisible());
    CHECK(find<QLabel>(screen.get(), u"reviewUrgesSentence"_s)->text().contains(screen->data().sentences.urges));

    // Typing the week's note while more arrives: the words stay as typed.
    auto* note = find<QPlainTextEdit>(screen.get(), u"reviewReflection"_s);
    note->setFocus();
    keys(u"Walk after dinner"_s);
    p.session->journal().add(reviewEntry(p.week, 1, 20, 7));
    p.session->weekNotes().save(p.week.previous().start(), u"Sleep earlier"_s);  // last week's, from elsewhere
    CHECK(QTest::qWaitFor([&] { return screen->data().summary.entries == 2; }, 2000));
    CHECK(QTest::qWaitFor(
        [&] { return find<QLabel>(screen.get(), u"reviewLastWeekNote"_s)->text() == u"Sleep earlier"_s; }, 2000));
    CHECK(note->toPlainText() == u"Walk after dinner"_s);
    CHECK(note->hasFocus());

    // A pause in typing keeps it; typing on after that is not disturbed by the reload it causes.
    CHECK(QTest::qWaitFor([&] { return p.note(p.week) == u"Walk after dinner"_s; }, ReviewScreen::kNotePauseMs + 3000));
    keys(u" and music"_s);
    QTest::qWait(50);
    CHECK(note->toPlainText() == u"Walk after dinner and music"_s);
    CHECK(note->textCursor().atEnd());

    // The lock (the session closing) keeps the words typed since, before the database closes.
    p.session->close();
    screen.reset();
    auto again =
        UnlockedProfile::unlock(p.folder.paths(), SecureBuffer::fromUtf8(std::string_view("a calm test passphrase")));
    const auto kept = WeekReflectionStore(again->database()).find(p.week.start());
    REQUIRE(kept.has_value());
    CHECK(kept->text == u"Walk after dinner and music"_s);
}

TEST_CASE("My week: a note written elsewhere shows when nothing is being typed", "[review][gui][session]") {
    WeekProfile p;
    auto screen = openReview(p);
    auto* note = find<QPlainTextEdit>(screen.get(), u"reviewReflection"_s);
    REQUIRE(note->toPlainText().isEmpty());
    p.session->weekNotes().save(p.week.start(), u"Fewer late nights"_s);
    CHECK(QTest::qWaitFor([&] { return note->toPlainText() == u"Fewer late nights"_s; }, 2000));
    CHECK(screen->data().reflection == u"Fewer late nights"_s);
}
