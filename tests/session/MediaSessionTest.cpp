#include "domain/Medium.h"
#include "session/ProfileSession.h"

#include "support/TempProfile.h"
#include "support/TestSession.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSignalSpy>

using mooring::MediaPlace;
using mooring::Medium;
using mooring::MediumKind;
using mooring::ProfileSession;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("A medium kept, captioned or removed is announced as mediaChanged, and only as that", "[session][media]") {
    TempProfile folder;
    std::unique_ptr<ProfileSession> session = openTestSession(folder);
    QSignalSpy media(session.get(), &ProfileSession::mediaChanged);
    QSignalSpy toolbox(session.get(), &ProfileSession::toolboxChanged);
    QSignalSpy plan(session.get(), &ProfileSession::planChanged);

    Medium draft;
    draft.kind = MediumKind::Photo;
    draft.mime = u"image/jpeg"_s;
    draft.place = MediaPlace::reasonsForLiving();
    const Medium kept = session->media().add(draft, QByteArray("\xFF\xD8\xFF\xE0photo", 9), "thumb");
    CHECK(media.count() == 0);  // from the event loop, not from inside the commit
    QCoreApplication::processEvents();
    CHECK(media.count() == 1);  // two tables touched, said once
    CHECK(toolbox.count() == 0);
    CHECK(plan.count() == 0);

    session->media().setCaption(kept.id, u"Us at the lake"_s);
    QCoreApplication::processEvents();
    CHECK(media.count() == 2);

    // A refused write says nothing.
    CHECK_THROWS(session->media().setCaption(kept.id, QString(Medium::kMaxCaption + 1, u'a')));
    QCoreApplication::processEvents();
    CHECK(media.count() == 2);

    const auto removed = session->media().remove(kept.id);
    QCoreApplication::processEvents();
    CHECK(media.count() == 3);
    session->media().restore(removed);
    QCoreApplication::processEvents();
    CHECK(media.count() == 4);
    CHECK(session->media().totals().count == 1);
    CHECK(toolbox.count() == 0);
}
