#include "domain/CopingIdea.h"
#include "domain/Error.h"
#include "domain/Helpline.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const Helpline* find(const QList<Helpline>& list, const QString& id) {
    for (const Helpline& h : list)
        if (h.id == id) return &h;
    return nullptr;
}

}  // namespace

TEST_CASE("Built-in helplines carry the confirmed numbers", "[crisis]") {
    const QList<Helpline> us = Helpline::builtins(u"US"_s);
    REQUIRE(find(us, u"us-988"_s));
    CHECK(find(us, u"us-988"_s)->call == u"988"_s);
    CHECK(find(us, u"us-988"_s)->text == u"988"_s);
    REQUIRE(find(us, u"us-911"_s));
    CHECK(find(us, u"us-911"_s)->emergency);

    const QList<Helpline> uk = Helpline::builtins(u"UK"_s);
    REQUIRE(find(uk, u"uk-samaritans"_s));
    CHECK(find(uk, u"uk-samaritans"_s)->call == u"116 123"_s);
    CHECK(find(uk, u"uk-999"_s)->call == u"999"_s);
    CHECK(find(uk, u"uk-999"_s)->emergency);
    CHECK(find(uk, u"uk-111"_s)->call == u"111"_s);
    CHECK_FALSE(find(uk, u"uk-111"_s)->emergency);
    REQUIRE(find(uk, u"uk-childline"_s));
    CHECK(find(uk, u"uk-childline"_s)->youth);

    const QList<Helpline> ie = Helpline::builtins(u"IE"_s);
    CHECK(find(ie, u"ie-samaritans"_s)->call == u"116 123"_s);
    CHECK(find(ie, u"ie-112"_s)->call == u"112"_s);

    const QList<Helpline> au = Helpline::builtins(u"AU"_s);
    CHECK(find(au, u"au-lifeline"_s)->call == u"13 11 14"_s);
    CHECK(find(au, u"au-000"_s)->call == u"000"_s);
    CHECK(find(au, u"au-000"_s)->emergency);

    CHECK(find(Helpline::builtins(u"NZ"_s), u"nz-1737"_s)->call == u"1737"_s);
    CHECK(find(Helpline::builtins(u"NZ"_s), u"nz-111"_s)->emergency);
    CHECK(find(Helpline::builtins(u"DE"_s), u"de-telefonseelsorge"_s)->call == u"0800 111 0 111"_s);
    CHECK(find(Helpline::builtins(u"AT"_s), u"at-142"_s)->call == u"142"_s);
    CHECK(find(Helpline::builtins(u"CH"_s), u"ch-143"_s)->call == u"143"_s);
    CHECK(find(Helpline::builtins(u"CA"_s), u"ca-kids-help-phone"_s)->youth);

    // "Somewhere else" is never empty: it carries the shared emergency number.
    CHECK(Helpline::emergencyNumber(Helpline::builtins(Helpline::otherRegion())) == u"112"_s);
    CHECK_FALSE(Helpline::hasCuratedList(Helpline::otherRegion()));
    CHECK_FALSE(Helpline::hasCuratedList(u"FR"_s));
    CHECK(Helpline::hasCuratedList(u"DE"_s));
    CHECK(Helpline::builtins(u"nowhere"_s).isEmpty());
}

TEST_CASE("Youth lines come after the general lines of their region", "[crisis]") {
    for (const Region& region : Helpline::regions()) {
        bool seenYouth = false;
        for (const Helpline& h : Helpline::builtins(region.code)) {
            if (h.youth)
                seenYouth = true;
            else
                CHECK_FALSE(seenYouth);
        }
    }
    const QList<Helpline> uk = Helpline::builtins(u"UK"_s);
    REQUIRE(uk.size() >= 2);
    CHECK_FALSE(uk.first().youth);
    CHECK(uk.last().youth);
}

TEST_CASE("Every built-in helpline has a unique id, a name, a number and its region", "[crisis]") {
    QSet<QString> ids;
    for (const Region& region : Helpline::regions()) {
        bool hasEmergency = false;
        for (const Helpline& h : Helpline::builtins(region.code)) {
            CHECK_FALSE(ids.contains(h.id));
            ids.insert(h.id);
            CHECK(h.builtin);
            CHECK(h.region == region.code);
            CHECK_FALSE(h.name.isEmpty());
            CHECK((!h.callUri().isEmpty() || !h.textUri().isEmpty()));
            CHECK(Helpline::builtinById(h.id) == h);
            hasEmergency = hasEmergency || (h.emergency && !h.callUri().isEmpty());
        }
        INFO(region.code.toStdString());
        CHECK(hasEmergency);  // every region, "somewhere else" too
    }
    CHECK(ids.size() >= 50);
    CHECK_FALSE(Helpline::builtinById(u"not-a-helpline"_s).has_value());
}

TEST_CASE("Helplines give the URIs a phone understands", "[crisis]") {
    const Helpline samaritans = *Helpline::builtinById(u"uk-samaritans"_s);
    CHECK(samaritans.callUri() == u"tel:116123"_s);
    CHECK(samaritans.textUri().isEmpty());
    const Helpline kids = *Helpline::builtinById(u"ca-kids-help-phone"_s);
    CHECK(kids.callUri().isEmpty());
    CHECK(kids.textUri() == u"sms:686868?body=CONNECT"_s);
    CHECK(Helpline::builtinById(u"us-988"_s)->textUri() == u"sms:988"_s);

    Helpline own;
    own.call = u"+44 (0)20 7946-0018"_s;
    own.text = u"0800 11 11"_s;
    own.textBody = u"hi there"_s;
    CHECK(own.callUri() == u"tel:+4402079460018"_s);
    CHECK(own.textUri() == u"sms:08001111?body=hi%20there"_s);
}

TEST_CASE("A typed number is checked kindly but firmly", "[crisis]") {
    CHECK(Helpline::isPlausibleNumber(QString()));
    CHECK(Helpline::isPlausibleNumber(u"116 123"_s));
    CHECK(Helpline::isPlausibleNumber(u"+1 (555) 010-9999"_s));
    CHECK(Helpline::isPlausibleNumber(u"13.11.14"_s));
    CHECK_FALSE(Helpline::isPlausibleNumber(u"1"_s));
    CHECK_FALSE(Helpline::isPlausibleNumber(u"call me"_s));
    CHECK_FALSE(Helpline::isPlausibleNumber(u"12+34"_s));
    CHECK_FALSE(Helpline::isPlausibleNumber(u"123456789012345678901"_s));
    CHECK(Helpline::dialable(u" 13 11 14 "_s) == u"131114"_s);
    CHECK(Helpline::dialable(u"+"_s).isEmpty());
}

TEST_CASE("Regions are offered with names, and unknown codes are not known", "[crisis]") {
    QStringList codes;
    for (const Region& region : Helpline::regions()) {
        codes << region.code;
        CHECK_FALSE(region.name.isEmpty());
    }
    for (const QString& code : {u"US"_s, u"CA"_s, u"UK"_s, u"IE"_s, u"AU"_s, u"NZ"_s, u"DE"_s, u"AT"_s, u"CH"_s})
        CHECK(codes.contains(code));
    CHECK(codes.last() == u"OTHER"_s);
    // Sorted by name, so a person can find their country by typing its first letters.
    CHECK(codes.indexOf(u"AU"_s) < codes.indexOf(u"DE"_s));
    CHECK(Helpline::regionName(u"DE"_s) == u"Germany"_s);
    CHECK(Helpline::isKnownRegion(u"AU"_s));
    CHECK(Helpline::regionForTerritory(u"GB"_s) == u"UK"_s);
    CHECK(Helpline::regionForTerritory(u"nz"_s) == u"NZ"_s);
    CHECK(Helpline::regionForTerritory(u"ZZ"_s).isEmpty());
    CHECK(Helpline::regionForTerritory(u"OTHER"_s).isEmpty());
    CHECK_FALSE(Helpline::isKnownRegion(QString()));
    CHECK(Helpline::regionName(u"XX"_s) == u"XX"_s);
}

TEST_CASE("Coping idea families use the export format's names", "[crisis]") {
    for (CopingCategory c : {CopingCategory::Sensory, CopingCategory::Distraction, CopingCategory::EmotionalRelease,
                             CopingCategory::SelfSoothing, CopingCategory::SafetyBox})
        CHECK(CopingIdea::categoryFromName(CopingIdea::categoryName(c)) == c);
    CHECK(CopingIdea::categoryName(CopingCategory::EmotionalRelease) == u"emotional_release"_s);
    CHECK(CopingIdea::categoryName(CopingCategory::SafetyBox) == u"safety_box"_s);
    CHECK_FALSE(CopingIdea::categoryFromName(u"Sensory"_s).has_value());
}

TEST_CASE("A coping idea file is read, and a bad one is refused with the entry named", "[crisis]") {
    const QByteArray good = R"({"format": "mooring-coping-ideas", "version": 1, "ideas": [
        {"id": "sensory-a", "category": "sensory", "title": " Hold ice ", "details": "Cold."},
        {"id": "distraction-b", "category": "distraction", "title": "Puzzle"}]})";
    const QList<CopingIdea> ideas = CopingIdea::listFromJson(good);
    REQUIRE(ideas.size() == 2);
    CHECK(ideas.at(0).title == u"Hold ice"_s);
    CHECK(ideas.at(1).category == CopingCategory::Distraction);
    CHECK(ideas.at(1).details.isEmpty());

    auto kindOf = [](const QByteArray& json) -> QString {
        try {
            CopingIdea::listFromJson(json);
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Damaged);
            return e.message();
        }
        return {};
    };
    CHECK(kindOf("not json").contains(u"not JSON"_s));
    CHECK(kindOf(R"({"format": "other", "version": 1, "ideas": []})").contains(u"format"_s));
    CHECK(kindOf(R"({"format": "mooring-coping-ideas", "version": 1, "ideas": [
        {"id": "a", "category": "sensory", "title": "x"}, {"id": "a", "category": "sensory", "title": "y"}]})")
              .contains(u"ideas[1].id"_s));
    CHECK(kindOf(R"({"format": "mooring-coping-ideas", "version": 1, "ideas": [
        {"id": "a", "category": "snacks", "title": "x"}]})")
              .contains(u"ideas[0].category"_s));
    CHECK(kindOf(R"({"format": "mooring-coping-ideas", "version": 1, "ideas": [
        {"id": "a", "category": "sensory", "title": "  "}]})")
              .contains(u"ideas[0].title"_s));
}
