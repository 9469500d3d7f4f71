// The journal follows the session: what another screen or an import writes shows in the
// list without the screen being hidden and shown, and an entry being written survives both
// that reload and the session closing.
#include "JournalGuiSupport.h"

#include "gui/journal/JournalModel.h"
#include "storage/UnlockedProfile.h"
#include "support/JournalSamples.h"

#include <QListView>
#include <QPlainTextEdit>

#include <string_view>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("Journal list shows entries written elsewhere at once, and keeps an entry being written",
          "[journal][gui][session]") {
    JournalProfile p;
    p.clock = QDateTime(QDate(2026, 11, 20), QTime(21, 50), Qt::OffsetFromUTC, 3600);
    auto screen = openJournal(p);
    REQUIRE(screen->model()->entryCount() == 0);

    // Another screen (the urge timer's end, say) saves an entry through the session.
    p.session->journal().add(quickEntry(p.clock.addSecs(-3600), 6, u"after the phone call"_s));
    CHECK(QTest::qWaitFor([&] { return screen->model()->entryCount() == 1; }, 2000));
    CHECK(screen->isVisible());
    CHECK(find<QListView>(screen.get(), u"journalList"_s)->isVisible());

    // Writing a new entry; meanwhile another one arrives, then an import is said to be done.
    key(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(tabTo(u"urgeSpin"_s));
    keys(u"7"_s);
    REQUIRE(tabTo(u"entrySituation"_s));
    keys(u"the waiting room"_s);
    auto* situation = find<QPlainTextEdit>(screen.get(), u"entrySituation"_s);
    p.session->journal().add(quickEntry(p.clock.addSecs(-7200), 3, u"a quiet walk"_s));
    Q_EMIT p.session->importDone();
    CHECK(QTest::qWaitFor([&] { return screen->model()->entryCount() == 2; }, 2000));
    CHECK(screen->isEditing());
    CHECK(screen->hasUnsavedDraft());
    CHECK(situation->toPlainText() == u"the waiting room"_s);
    CHECK(focusName() == u"entrySituation"_s);

    // Saving it: the list shows all three, with the new one chosen.
    keys(u" was loud"_s);
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(screen->isEditing());
    QTest::qWait(50);  // the session's own signal for this save comes from the event loop
    CHECK(screen->model()->entryCount() == 3);
    auto* list = find<QListView>(screen.get(), u"journalList"_s);
    const QString chosen = screen->model()->entryIdAt(list->currentIndex());
    REQUIRE_FALSE(chosen.isEmpty());
    CHECK(screen->store().find(chosen)->situation == u"the waiting room was loud"_s);
}

TEST_CASE("Journal: the session closing holds an entry being written, encrypted, for the next unlock",
          "[journal][gui][session]") {
    JournalProfile p;
    auto screen = openJournal(p);
    screen->newEntry();
    find<QPlainTextEdit>(screen.get(), u"entrySituation"_s)->setFocus();
    keys(u"the bus was late again"_s);
    REQUIRE(screen->hasUnsavedDraft());

    p.session->close();  // as the lock or the window's end does, nobody asked first
    CHECK_FALSE(screen->hasUnsavedDraft());
    screen.reset();

    auto again =
        UnlockedProfile::unlock(p.folder.paths(), SecureBuffer::fromUtf8(std::string_view("a calm test passphrase")));
    const std::optional<JournalEntry> held = JournalStore(again->database()).heldDraft();
    REQUIRE(held.has_value());
    CHECK(held->situation == u"the bus was late again"_s);
}
