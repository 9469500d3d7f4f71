#include "domain/Contact.h"
#include "domain/Error.h"
#include "session/ProfileSession.h"
#include "storage/UnlockedProfile.h"

#include "support/JournalSamples.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using mooring::Argon2Params;
using mooring::Contact;
using mooring::Error;
using mooring::Outcome;
using mooring::ProfileSession;
using mooring::SecureBuffer;
using mooring::UnlockedProfile;
using namespace mooring::test;

namespace {

struct OpenSession {
    TempProfile folder;
    std::unique_ptr<ProfileSession> session = openTestSession(folder);
};

Contact someone() {
    Contact contact;
    contact.name = QStringLiteral("Robin");
    contact.phone = QStringLiteral("0161 496 0000");
    return contact;
}

}  // namespace

TEST_CASE("A committed write is announced once, from the event loop", "[session]") {
    OpenSession open;
    QSignalSpy journal(open.session.get(), &ProfileSession::journalChanged);
    QSignalSpy contacts(open.session.get(), &ProfileSession::contactsChanged);
    QSignalSpy toolbox(open.session.get(), &ProfileSession::toolboxChanged);

    open.session->journal().add(quickEntry(QDateTime::currentDateTime().addSecs(-60), 4, QStringLiteral("A long day")));
    CHECK(journal.count() == 0);  // not from inside the commit
    QCoreApplication::processEvents();
    CHECK(journal.count() == 1);  // one entry touches several tables, and is said once
    CHECK(contacts.count() == 0);
    CHECK(toolbox.count() == 0);

    open.session->contacts().add(someone());
    QCoreApplication::processEvents();
    CHECK(contacts.count() == 1);
    CHECK(journal.count() == 1);
}

TEST_CASE("A write that is rolled back is not announced", "[session]") {
    OpenSession open;
    QSignalSpy contacts(open.session.get(), &ProfileSession::contactsChanged);
    CHECK_THROWS_AS(open.session->contacts().add(Contact{}), Error);  // refused: no name
    {
        mooring::Transaction undone(open.session->database());
        open.session->contacts().add(someone());
    }  // rolled back
    QCoreApplication::processEvents();
    CHECK(contacts.count() == 0);
    CHECK(open.session->contacts().all().isEmpty());
}

TEST_CASE("A held draft is not announced as a journal change", "[session]") {
    OpenSession open;
    QSignalSpy journal(open.session.get(), &ProfileSession::journalChanged);
    open.session->journal().holdDraft(quickEntry(QDateTime::currentDateTime(), 3, QStringLiteral("Half written")));
    QCoreApplication::processEvents();
    CHECK(journal.count() == 0);
}

TEST_CASE("A write from a job's thread is announced on the session's thread", "[session]") {
    OpenSession open;
    QSignalSpy contacts(open.session.get(), &ProfileSession::contactsChanged);
    QObject context;
    bool done = false;
    REQUIRE(open.session->runJob(
        &context,
        [](UnlockedProfile& profile) {
            mooring::ContactStore(profile.database()).add(someone());
            return true;
        },
        [&done](Outcome<bool>& outcome) { done = outcome.take(); }));
    CHECK(QTest::qWaitFor([&] { return done; }, 5000));
    CHECK(QTest::qWaitFor([&] { return contacts.count() == 1; }, 1000));
}

TEST_CASE("Closing waits for a slow job before the key is wiped, and nothing runs after", "[session]") {
    OpenSession open;
    std::atomic<bool> jobEnded{false};
    std::atomic<bool> endedBeforeClose{false};
    open.session->setJobStartHookForTests([] { std::this_thread::sleep_for(std::chrono::milliseconds(400)); });
    QObject::connect(open.session.get(), &ProfileSession::closed, [&] { endedBeforeClose = jobEnded.load(); });
    QObject context;
    REQUIRE(open.session->runJob(
        &context,
        [&jobEnded](UnlockedProfile& profile) {
            // Reads the database and the key as a backup does: both must still be there.
            const int entries = mooring::JournalStore(profile.database()).count();
            const bool keyThere = profile.dataKey().size() == 32;
            jobEnded = true;
            return entries == 0 && keyThere;
        },
        [](Outcome<bool>& outcome) { CHECK(outcome.take()); }));
    CHECK(open.session->jobsRunning());

    open.session->close();  // at once, while the job sleeps
    CHECK(jobEnded);
    CHECK(endedBeforeClose);
    CHECK_FALSE(open.session->isOpen());
    CHECK_FALSE(open.session->jobsRunning());
    CHECK_THROWS_AS(open.session->database(), Error);
    // A job asked for after closing never starts.
    bool ran = false;
    CHECK_FALSE(open.session->runJob(
        &context,
        [&ran](UnlockedProfile&) {
            ran = true;
            return true;
        },
        [](Outcome<bool>&) {}));
    QCoreApplication::processEvents();
    CHECK_FALSE(ran);
}
