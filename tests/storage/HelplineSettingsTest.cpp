#include "domain/Helpline.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QUuid>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const QList<Helpline>& list) {
    QStringList out;
    for (const Helpline& h : list) out << h.id;
    return out;
}

}  // namespace

TEST_CASE("Untouched helpline settings give the built-in list", "[crisis]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());
    HelplineSettings helplines(settings);
    CHECK(helplines.helplines(u"UK"_s) == Helpline::builtins(u"UK"_s));
    CHECK(helplines.helplines(u"AU"_s) == Helpline::builtins(u"AU"_s));
    // "Somewhere else" shows the shared emergency number, never an empty list.
    CHECK(helplines.helplines(Helpline::otherRegion()) == Helpline::builtins(Helpline::otherRegion()));
    CHECK(Helpline::emergencyNumber(helplines.helplines(Helpline::otherRegion())) == u"112"_s);
    CHECK_FALSE(helplines.hasChangedBuiltins(u"UK"_s));
    CHECK(helplines.lockScreenContacts().isEmpty());
}

TEST_CASE("An edited built-in keeps its id and place, and survives a restart", "[crisis]") {
    test::TempProfile profile;
    {
        ProfileSettings settings(profile.paths());
        HelplineSettings helplines(settings);
        Helpline samaritans = *Helpline::builtinById(u"uk-samaritans"_s);
        samaritans.hours = u"Any time; I called them in March"_s;
        const Helpline stored = helplines.save(samaritans);
        CHECK(stored.id == u"uk-samaritans"_s);
        CHECK(stored.builtin);
    }
    ProfileSettings reopened(profile.paths());
    HelplineSettings helplines(reopened);
    const QList<Helpline> uk = helplines.helplines(u"UK"_s);
    CHECK(ids(uk) == ids(Helpline::builtins(u"UK"_s)));
    CHECK(uk.at(0).hours == u"Any time; I called them in March"_s);
    CHECK(uk.at(0).builtin);
    CHECK(helplines.hasChangedBuiltins(u"UK"_s));
    // Ireland's Samaritans entry is its own: editing the UK one leaves it alone.
    CHECK(helplines.helplines(u"IE"_s) == Helpline::builtins(u"IE"_s));
}

TEST_CASE("A person's own helpline gets an id and shows only in its region", "[crisis]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());
    HelplineSettings helplines(settings);
    Helpline own;
    own.region = u"OTHER"_s;
    own.name = u"Telefonseelsorge"_s;
    own.call = u"0800 111 0 111"_s;
    const Helpline stored = helplines.save(own);
    CHECK_FALSE(QUuid::fromString(stored.id).isNull());
    CHECK_FALSE(stored.builtin);
    REQUIRE(helplines.helplines(u"OTHER"_s).size() == 2);  // after the shared emergency number
    CHECK(helplines.helplines(u"OTHER"_s).at(1) == stored);
    CHECK(helplines.helplines(u"UK"_s) == Helpline::builtins(u"UK"_s));

    // A made-up id that looks built-in cannot pass itself off as one.
    Helpline sneaky = stored;
    sneaky.id = u"uk-not-real"_s;
    sneaky.region = u"UK"_s;
    CHECK_FALSE(helplines.save(sneaky).builtin);
    CHECK(helplines.helplines(u"UK"_s).constLast().id == u"uk-not-real"_s);
}

TEST_CASE("Removing hides a built-in until the list is restored; the person's own stay", "[crisis]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());
    HelplineSettings helplines(settings);
    Helpline own;
    own.region = u"UK"_s;
    own.name = u"My GP out of hours"_s;
    own.call = u"020 7946 0000"_s;
    const Helpline stored = helplines.save(own);
    Helpline edited = *Helpline::builtinById(u"uk-111"_s);
    edited.note = u"Press 2"_s;
    helplines.save(edited);
    helplines.remove(u"uk-shout"_s);
    CHECK_FALSE(ids(helplines.helplines(u"UK"_s)).contains(u"uk-shout"_s));
    CHECK(ids(helplines.helplines(u"UK"_s)).contains(stored.id));

    helplines.restoreBuiltins(u"UK"_s);
    QList<Helpline> expected = Helpline::builtins(u"UK"_s);
    expected.append(stored);
    CHECK(helplines.helplines(u"UK"_s) == expected);
    CHECK_FALSE(helplines.hasChangedBuiltins(u"UK"_s));

    helplines.remove(stored.id);
    CHECK(helplines.helplines(u"UK"_s) == Helpline::builtins(u"UK"_s));
}

TEST_CASE("Lock-screen contacts are kept in their own group and survive a restart", "[crisis]") {
    test::TempProfile profile;
    const QList<LockScreenContact> contacts{{u"Sam"_s, u"+44 7700 900123"_s}, {u"Mum"_s, u"07700 900456"_s}};
    {
        ProfileSettings settings(profile.paths());
        HelplineSettings(settings).setLockScreenContacts(contacts);
        settings.setRegion(u"UK"_s);
        settings.save();
    }
    ProfileSettings reopened(profile.paths());
    CHECK(HelplineSettings(reopened).lockScreenContacts() == contacts);
    CHECK(reopened.region() == u"UK"_s);
    HelplineSettings(reopened).setLockScreenContacts({});
    CHECK(HelplineSettings(reopened).lockScreenContacts().isEmpty());
    CHECK_FALSE(QString::fromUtf8(test::fileBytes(profile.paths().settings())).contains(u"Sam"_s));
}
