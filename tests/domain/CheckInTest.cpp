#include "domain/CheckIn.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 7);

CheckIn minimal() {
    CheckIn c;
    c.day = kToday;
    c.overall = 6;
    return c;
}

QList<CheckIn::Field> fieldsOf(const QList<CheckIn::Problem>& problems) {
    QList<CheckIn::Field> out;
    for (const CheckIn::Problem& p : problems) out << p.field;
    return out;
}

}  // namespace

TEST_CASE("A check-in needs only its day and how today is", "[checkin]") {
    CHECK(minimal().problems(kToday).isEmpty());

    CheckIn none = minimal();
    none.overall.reset();
    const auto problems = none.problems(kToday);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == CheckIn::Field::Overall);
    CHECK(problems.first().message.contains(u"0 to 10"_s));

    CheckIn noDay = minimal();
    noDay.day = QDate();
    CHECK(fieldsOf(noDay.problems(kToday)) == QList{CheckIn::Field::Day});
}

TEST_CASE("Check-in scales run from 0 to 10, both ends included", "[checkin]") {
    for (int value : {0, 10}) {
        CheckIn c = minimal();
        c.overall = value;
        c.urge = value;
        CHECK(c.problems(kToday).isEmpty());
    }
    CheckIn over = minimal();
    over.overall = 11;
    CHECK(fieldsOf(over.problems(kToday)) == QList{CheckIn::Field::Overall});
    CheckIn under = minimal();
    under.urge = -1;
    const auto problems = under.problems(kToday);
    REQUIRE(fieldsOf(problems) == QList{CheckIn::Field::Urge});
    CHECK(problems.first().message.contains(u"-1"_s));
}

TEST_CASE("Sleep is 0 to 24 hours and a real number", "[checkin]") {
    for (double hours : {0.0, 7.5, 24.0}) {
        CheckIn c = minimal();
        c.selfCare.sleepHours = hours;
        CHECK(c.problems(kToday).isEmpty());
    }
    for (double hours : {-0.5, 24.5, std::numeric_limits<double>::quiet_NaN(), HUGE_VAL}) {
        CheckIn c = minimal();
        c.selfCare.sleepHours = hours;
        CHECK(fieldsOf(c.problems(kToday)) == QList{CheckIn::Field::SleepHours});
    }
}

TEST_CASE("A check-in's note is one line, within the journal's length", "[checkin]") {
    CheckIn twoLines = minimal();
    twoLines.note = u"Slept well\nthen a hard afternoon"_s;
    CHECK(fieldsOf(twoLines.problems(kToday)) == QList{CheckIn::Field::Note});

    CheckIn longest = minimal();
    longest.note = QString(CheckIn::kMaxText, u'a');
    CHECK(longest.problems(kToday).isEmpty());
    longest.note += u'a';
    CHECK(fieldsOf(longest.problems(kToday)) == QList{CheckIn::Field::Note});

    // Line breaks at either end are only trimmed away.
    CheckIn padded = minimal();
    padded.note = u"\n  A calm day  \n"_s;
    CHECK(padded.problems(kToday).isEmpty());
    CHECK(padded.trimmed().note == u"A calm day"_s);
}

TEST_CASE("Check-in feelings follow the journal's rule: one line each, the same word once", "[checkin]") {
    CheckIn c = minimal();
    c.feelings = {u"  tired "_s, u"Tired"_s, u""_s, u"a bit\nlonely"_s, u"calm"_s};
    CHECK(c.trimmed().feelings == QStringList{u"tired"_s, u"a bit lonely"_s, u"calm"_s});

    CheckIn many = minimal();
    for (int i = 0; i <= CheckIn::kMaxListItems; ++i) many.feelings << u"feeling %1"_s.arg(i);
    CHECK(fieldsOf(many.problems(kToday)) == QList{CheckIn::Field::Feelings});

    CheckIn longWord = minimal();
    longWord.feelings = {u"ok"_s, QString(CheckIn::kMaxText + 1, u'x')};
    const auto problems = longWord.problems(kToday);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == CheckIn::Field::Feelings);
    CHECK(problems.first().index == 1);
}

TEST_CASE("What helped is an idea's id or the person's words; empty ones are left out", "[checkin]") {
    CheckIn c = minimal();
    c.helped = {{u" 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001 "_s, u"typed beside it"_s},
                {{}, u"  a warm shower "_s},
                {{}, u"   "_s}};
    const CheckIn t = c.trimmed();
    REQUIRE(t.helped.size() == 2);
    CHECK(t.helped.at(0) == CheckInHelp{u"0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001"_s, {}});
    CHECK(t.helped.at(1) == CheckInHelp{{}, u"a warm shower"_s});

    CheckIn longText = minimal();
    longText.helped = {{{}, QString(CheckIn::kMaxText + 1, u'x')}};
    CHECK(fieldsOf(longText.problems(kToday)) == QList{CheckIn::Field::Helped});
}

TEST_CASE("A check-in may be for today or an earlier day, not for a day to come", "[checkin]") {
    CheckIn c = minimal();
    c.day = kToday.addYears(-3);
    CHECK(c.problems(kToday).isEmpty());
    c.day = kToday.addDays(1);  // a day of leeway: time zones
    CHECK(c.problems(kToday).isEmpty());
    c.day = kToday.addDays(2);
    CHECK(fieldsOf(c.problems(kToday)) == QList{CheckIn::Field::Day});
}
