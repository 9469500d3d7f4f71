#include "domain/CheckIn.h"
#include "session/ProfileSession.h"

#include "support/TempProfile.h"
#include "support/TestSession.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QSignalSpy>

using mooring::CheckIn;
using mooring::ProfileSession;
using namespace mooring::test;

TEST_CASE("A saved check-in is announced as checkInsChanged, and only as that", "[session][checkin]") {
    TempProfile folder;
    std::unique_ptr<ProfileSession> session = openTestSession(folder);
    QSignalSpy checkIns(session.get(), &ProfileSession::checkInsChanged);
    QSignalSpy journal(session.get(), &ProfileSession::journalChanged);
    QSignalSpy notes(session.get(), &ProfileSession::weekNotesChanged);

    CheckIn today;
    today.day = session->now().date();
    today.overall = 6;
    today.feelings = {QStringLiteral("calm")};
    session->checkIns().save(today);
    CHECK(checkIns.count() == 0);  // from the event loop, not from inside the commit
    QCoreApplication::processEvents();
    CHECK(checkIns.count() == 1);  // three tables touched, said once
    CHECK(journal.count() == 0);
    CHECK(notes.count() == 0);

    session->checkIns().remove(today.day);
    QCoreApplication::processEvents();
    CHECK(checkIns.count() == 2);
    CHECK(session->checkIns().count() == 0);
}
