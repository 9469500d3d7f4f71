#include "cli/ReviewJson.h"

#include "cli/JsonFigures.h"
#include "insights/WeekCheckIns.h"

namespace mooring::cli {

using namespace Qt::StringLiterals;
using namespace jsonFigures;

namespace {

// The week's check-ins day by day, first day first; null for a day without one (or, for
// the urge, a day whose check-in did not say).
Json checkInsJson(const Week& week, const QList<CheckIn>& checkIns) {
    const WeekCheckIns days = weekCheckIns(week, checkIns, {});
    Json overall = Json::array();
    Json urge = Json::array();
    for (int d = 0; d < 7; ++d) {
        overall.push_back(days.overall(d) ? Json(*days.overall(d)) : Json(nullptr));
        urge.push_back(days.urge(d) ? Json(*days.urge(d)) : Json(nullptr));
    }
    return {{"days", days.daysCheckedIn}, {"overall_by_day", std::move(overall)}, {"urge_by_day", std::move(urge)}};
}

}  // namespace

QString dayKey(Qt::DayOfWeek day) {
    static const char* const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return QString::fromLatin1(names[int(day) - 1]);
}

QString reviewJson(const WeekSummary& s, const QList<CheckIn>& checkIns) {
    Json grid = Json::array();
    for (const auto& day : s.grid) grid.push_back(Json(day));
    const RecentWeeks& before = s.previousFourWeeks;
    const Json out = {
        {"week_start", utf8(s.week.startText())},
        {"first_day", utf8(dayKey(s.week.firstDay()))},
        {"entries", s.entries},
        {"urge", urge(s.urge)},
        {"outcomes", outcomes(s.outcomes)},
        {"triggers", names(s.triggers)},
        {"feelings", names(s.feelings)},
        {"grid", grid},
        {"tried", tried(s.tried)},
        {"previous_four_weeks",
         {{"entries_mean", rounded(before.entriesMean)},
          {"urge_mean", mean(before.urgeMean)},
          {"strong_urges_mean", rounded(before.strongUrgesMean)},
          {"entries_per_week", Json(before.entriesPerWeek)}}},
        {"since_start",
         {{"urges_passed_or_coped", s.sinceStart.urgesPassedOrCoped},
          {"entries", s.sinceStart.entries},
          {"weeks_with_entries", s.sinceStart.weeksWithEntries},
          {"ideas_tried", s.sinceStart.ideasTried}}},
        {"checkins", checkInsJson(s.week, checkIns)},
    };
    return QString::fromStdString(out.dump(2));
}

}  // namespace mooring::cli
