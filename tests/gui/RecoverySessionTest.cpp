// "Where I am in recovery" follows the session: a change kept elsewhere shows without the
// screen being hidden and shown; words being typed survive that, a pause and a lock.
#include "JournalGuiSupport.h"

#include "gui/recovery/RecoveryScreen.h"
#include "storage/UnlockedProfile.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

#include <string_view>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<RecoveryScreen> openRecovery(JournalProfile& p) {
    auto screen = std::make_unique<RecoveryScreen>(*p.session);
    screen->resize(900, 760);
    screen->show();
    QApplication::setActiveWindow(screen.get());
    REQUIRE(QTest::qWaitForWindowActive(screen.get()));
    return screen;
}

RecoveryPlaceNote note(RecoveryPlace place, const QString& words) {
    RecoveryPlaceNote n;
    n.place = place;
    n.words = words;
    return n;
}

RecoveryPlaceNote keptAfterUnlock(JournalProfile& p) {
    auto again =
        UnlockedProfile::unlock(p.folder.paths(), SecureBuffer::fromUtf8(std::string_view("a calm test passphrase")));
    return RecoveryPlaceStore(again->database()).load();
}

}  // namespace

TEST_CASE("Recovery: a place kept elsewhere shows at once; words being typed stay through it and a lock",
          "[recovery][gui][session]") {
    JournalProfile p;
    auto screen = openRecovery(p);
    REQUIRE_FALSE(screen->chosenPlace());

    p.session->recoveryPlace().save(note(RecoveryPlace::Learning, u"Trying the timer"_s));
    CHECK(QTest::qWaitFor([&] { return screen->chosenPlace() == RecoveryPlace::Learning; }, 2000));
    CHECK(screen->wordsField()->toPlainText() == u"Trying the timer"_s);
    CHECK(screen->isVisible());

    // Typing; meanwhile another change is kept elsewhere: the typed words stay.
    screen->wordsField()->setFocus();
    key(Qt::Key_End, Qt::ControlModifier);
    keys(u" most evenings"_s);
    p.session->recoveryPlace().save(note(RecoveryPlace::KeepingGoing, u"Something else"_s));
    QTest::qWait(50);
    CHECK(screen->wordsField()->toPlainText() == u"Trying the timer most evenings"_s);

    // A pause keeps them; then the lock keeps what was typed after.
    CHECK(
        QTest::qWaitFor([&] { return p.session->recoveryPlace().load().words == u"Trying the timer most evenings"_s; },
                        RecoveryScreen::kPauseMs + 3000));
    keys(u", mostly"_s);
    find<QRadioButton>(screen.get(), u"recoveryChoice-noticing"_s)->click();
    p.session->close();
    screen.reset();
    const RecoveryPlaceNote kept = keptAfterUnlock(p);
    CHECK(kept.place == RecoveryPlace::Noticing);
    CHECK(kept.words == u"Trying the timer most evenings, mostly"_s);
}

TEST_CASE("Recovery: Back keeps what was chosen and written", "[recovery][gui][session]") {
    JournalProfile p;
    auto screen = openRecovery(p);
    find<QRadioButton>(screen.get(), u"recoveryChoice-keeping"_s)->click();
    screen->wordsField()->setFocus();
    keys(u"Good days count too"_s);
    QSignalSpy back(screen.get(), &RecoveryScreen::backRequested);
    find<QPushButton>(screen.get(), u"recoveryBack"_s)->click();
    CHECK(back.size() == 1);
    const RecoveryPlaceNote kept = p.session->recoveryPlace().load();
    CHECK(kept.place == RecoveryPlace::KeepingGoing);
    CHECK(kept.words == u"Good days count too"_s);
}
