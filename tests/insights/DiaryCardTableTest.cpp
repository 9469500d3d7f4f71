#include "insights/DiaryCardTable.h"

#include "InsightsSamples.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

CheckIn day(const QDate& date, int overall, std::optional<int> urge, QStringList feelings, SelfCare care = {}) {
    CheckIn c;
    c.day = date;
    c.overall = overall;
    c.urge = urge;
    c.feelings = std::move(feelings);
    c.helped = {{{}, u"Tea with my sister"_s}};
    c.selfCare = care;
    return c;
}

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

QStringList names(const DiaryCardTable& t) {
    QStringList out;
    for (const DiaryCardRow& r : t.rows) out << r.name;
    return out;
}

}  // namespace

TEST_CASE("The diary card has a row for each chosen question and blank days stay blank", "[insights][checkins]") {
    EnglishLocale english;
    const Week week = Week::containing(QDate(2026, 11, 16), Qt::Monday);
    SelfCare care;
    care.sleepHours = 7.5;
    care.ate = false;
    const WeekCheckIns w = weekCheckIns(
        week, {day({2026, 11, 16}, 0, 3, {u"tired"_s}, care), day({2026, 11, 18}, 6, std::nullopt, {})}, {});
    const DiaryCardTable t = diaryCardTable(w, DiaryRows{});
    CHECK(t.dayNames == QStringList{u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s});
    CHECK(t.longDayNames.constFirst() == u"Monday 16 November"_s);
    CHECK(names(t) == QStringList{u"How today was"_s, u"Urges"_s, u"Feeling: tired"_s, u"Helped: Tea with my sister"_s,
                                  u"Hours of sleep"_s, u"Ate regularly"_s, u"Medication as prescribed"_s,
                                  u"Moved my body"_s});
    const DiaryCardRow& overall = t.rows[0];
    CHECK(overall.cells[0] == u"0"_s);  // a zero the person gave is shown as it is
    CHECK(overall.spoken[0] == u"0 out of 10"_s);
    CHECK(overall.cells[1].isEmpty());  // a day without a check-in: blank, not zero
    CHECK(overall.cells[2] == u"6"_s);
    CHECK(t.rows[1].cells[0] == u"3"_s);
    CHECK(t.rows[1].cells[2].isEmpty());  // the urge was not said that day
    CHECK(t.rows[2].cells[0] == u"\u2713"_s);
    CHECK(t.rows[2].spoken[0] == u"yes"_s);
    CHECK(t.rows[3].cells[2] == u"\u2713"_s);
    CHECK(t.rows[4].cells[0] == u"7.5"_s);
    CHECK(t.rows[4].spoken[0] == u"7.5 hours"_s);
    CHECK(t.rows[5].cells[0] == u"not today"_s);
    CHECK(t.rows[6].cells[0].isEmpty());

    DiaryRows fewer;
    fewer.medication = false;
    fewer.feelings = false;
    fewer.urge = false;
    CHECK(names(diaryCardTable(w, fewer)) == QStringList{u"How today was"_s, u"Helped: Tea with my sister"_s,
                                                         u"Hours of sleep"_s, u"Ate regularly"_s, u"Moved my body"_s});
    CHECK(diaryCardTable(weekCheckIns(week, {}, {}), DiaryRows{}).isEmpty());
}
