// The report's check-ins and the plan's changes, read back from the PDF: the weeks' days
// and averages, the diary card, and per section what was added, taken out or reworded;
// each part only when ticked.
#include "printing/RangeReportDocument.h"
#include "printing/ReportCheckIns.h"
#include "support/PdfText.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

const ReportRange kRange{QDate(2026, 11, 9), QDate(2026, 12, 6)};  // four weeks, Monday to Sunday

CheckIn checkIn(const QDate& day, int overall, std::optional<int> urge) {
    CheckIn c;
    c.id = u"check-in-%1"_s.arg(day.toString(Qt::ISODate));
    c.day = day;
    c.overall = overall;
    c.urge = urge;
    c.feelings = {u"restless"_s};
    CheckInHelp help;
    help.text = u"rang my sister"_s;
    c.helped = {help};
    return c;
}

PrintableReport withCheckIns(const ReportRange& range, const QList<CheckIn>& checkIns) {
    PrintableReport c;
    c.report = summarizeRange(range, Qt::Monday, {});
    for (const ReportWeek& week : c.report.weeks) c.checkIns.append(weekCheckIns(week.week, checkIns, {}));
    return c;
}

// Three days in the week of 16 November (how the day was 6, 7, 8; urges 2 and 4, one day
// without an urge), one in the week of 30 November.
PrintableReport fourWeeks() {
    return withCheckIns(kRange, {checkIn(QDate(2026, 11, 16), 6, 2), checkIn(QDate(2026, 11, 17), 7, std::nullopt),
                                 checkIn(QDate(2026, 11, 18), 8, 4), checkIn(QDate(2026, 12, 2), 5, std::nullopt)});
}

QString pdfText(const RangeReportDocument& doc) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    doc.writePdf(path);
    return test::pdfText(path);
}

using test::squashed;

}  // namespace

TEST_CASE("Report PDF: check-ins per week, described, and each week's diary card", "[report][checkins]") {
    EnglishLocale english;
    const QString text = pdfText(RangeReportDocument(fourWeeks(), {}, QDate(2026, 12, 7)));
    const QString flat = squashed(text);
    CHECK(text.contains(u"My check-ins"_s));
    CHECK(flat.contains(squashed(u"You checked in on 4 days in this time."_s)));
    CHECK(
        flat.contains(squashed(u"Week of 16 Nov: checked in on 3 days. How the day was, on average: 7.0 out of 10. "
                               u"Urges, on average: 3.0 out of 10."_s)));
    CHECK(
        flat.contains(squashed(u"Week of 30 Nov: checked in on one day. How the day was, on average: 5.0 out of "
                               u"10."_s)));
    // Weeks without a check-in are left out, never counted.
    CHECK_FALSE(flat.contains(squashed(u"Week of 23 Nov: checked"_s)));
    CHECK_FALSE(text.contains(u"missed"_s, Qt::CaseInsensitive));
    // Two weeks with check-ins: both cards, with their rows and cells as text.
    CHECK(text.count(u"My diary card, week of"_s) == 2);
    CHECK(text.contains(u"restless"_s));
    CHECK(text.contains(u"rang my sister"_s));
    CHECK(flat.contains(squashed(u"what helped: rang my sister (3 days)"_s)));
}

TEST_CASE("Report PDF: over many weeks only the last week's diary card", "[report][checkins]") {
    EnglishLocale english;
    const ReportRange tenWeeks{QDate(2026, 9, 28), QDate(2026, 12, 6)};
    QList<CheckIn> checkIns;
    for (int w = 0; w < 10; ++w) checkIns.append(checkIn(tenWeeks.from.addDays(7 * w + 2), 6, 3));
    const PrintableReport content = withCheckIns(tenWeeks, checkIns);
    REQUIRE(ReportCheckIns::cardWeeks(content).size() == 1);
    CHECK(ReportCheckIns::cardWeeks(content).constFirst().week.start() == QDate(2026, 11, 30));
    const QString text = pdfText(RangeReportDocument(content, {}, QDate(2026, 12, 7)));
    CHECK(text.count(u"My diary card, week of"_s) == 1);
    CHECK(ReportCheckIns::weekLines(content).size() == 10);
    CHECK(squashed(text).contains(squashed(u"You checked in on 10 days in this time."_s)));
}

TEST_CASE("Report PDF: check-ins only when ticked and when there are any", "[report][checkins]") {
    EnglishLocale english;
    ReportPrintChoices off;
    off.checkIns = false;
    CHECK_FALSE(pdfText(RangeReportDocument(fourWeeks(), off, QDate(2026, 12, 7))).contains(u"My check-ins"_s));
    const QString none = pdfText(RangeReportDocument(withCheckIns(kRange, {}), {}, QDate(2026, 12, 7)));
    CHECK_FALSE(none.contains(u"My check-ins"_s));
    CHECK_FALSE(none.contains(u"diary card"_s));
}

TEST_CASE("Report PDF: the plan's changes per section, only when ticked", "[report][plan-changes]") {
    EnglishLocale english;
    SafetyPlan before;
    before.items(PlanSection::WarningSigns) = {u"Staying up very late"_s, u"Skipping meals"_s};
    before.items(PlanSection::PeopleToAsk) = {u"Ollie"_s};
    SafetyPlan after = before;
    after.items(PlanSection::WarningSigns) = {u"Staying up very late at night"_s};
    after.items(PlanSection::PeopleToAsk) = {u"Ollie"_s, u"Aunt Ruth"_s};
    PrintableReport content = fourWeeks();
    content.planChanges.hadPlanBefore = true;
    content.planChanges.hasPlanAtEnd = true;
    for (const SectionDiff& s : planDiff::plans(before, after))
        if (!s.changes.isEmpty()) content.planChanges.sections.append(s);

    const QString hidden = pdfText(RangeReportDocument(content, {}, QDate(2026, 12, 7)));
    CHECK_FALSE(hidden.contains(u"Changes to my safety plan"_s));
    CHECK_FALSE(hidden.contains(u"Aunt Ruth"_s));

    ReportPrintChoices choices;
    choices.planChanges = true;
    const QString text = pdfText(RangeReportDocument(content, choices, QDate(2026, 12, 7)));
    const QString flat = squashed(text);
    CHECK(text.contains(u"Changes to my safety plan"_s));
    CHECK(
        flat.contains(squashed(u"What changed between your plan as it was on Monday, 9 November 2026 and as it "
                               u"was on Sunday, 6 December 2026."_s)));
    CHECK(flat.contains(squashed(u"Warning signs"_s)));
    CHECK(flat.contains(squashed(u"Reworded: Staying up very late → Staying up very late at night"_s)));
    CHECK(flat.contains(squashed(u"Taken out: Skipping meals"_s)));
    CHECK(flat.contains(squashed(u"People I can ask for help Added: Aunt Ruth"_s)));
    CHECK_FALSE(flat.contains(squashed(u"Added: Ollie"_s)));  // unchanged items are not listed
}

TEST_CASE("Report PDF: the plan's changes said plainly when there are none", "[report][plan-changes]") {
    EnglishLocale english;
    ReportPrintChoices choices;
    choices.planChanges = true;
    PrintableReport content = fourWeeks();
    CHECK(squashed(pdfText(RangeReportDocument(content, choices, QDate(2026, 12, 7))))
              .contains(squashed(u"There was no saved safety plan in this time."_s)));
    content.planChanges = {true, true, {}};
    CHECK(squashed(pdfText(RangeReportDocument(content, choices, QDate(2026, 12, 7))))
              .contains(squashed(u"Your safety plan was the same at the end of this time as at its start."_s)));
    content.planChanges = {
        false, true, {SectionDiff{PlanSection::ReasonsForLiving, {{ItemChange::Kind::Added, {}, u"My cat Pip"_s}}}}};
    const QString text = squashed(pdfText(RangeReportDocument(content, choices, QDate(2026, 12, 7))));
    CHECK(text.contains(squashed(u"Your safety plan was first saved in this time, so everything in it is new."_s)));
    CHECK(text.contains(squashed(u"Added: My cat Pip"_s)));
}
