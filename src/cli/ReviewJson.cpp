#include "cli/ReviewJson.h"

#include "cli/JsonFigures.h"

namespace mooring::cli {

using namespace Qt::StringLiterals;
using namespace jsonFigures;

QString dayKey(Qt::DayOfWeek day) {
    static const char* const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return QString::fromLatin1(names[int(day) - 1]);
}

QString reviewJson(const WeekSummary& s) {
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
    };
    return QString::fromStdString(out.dump(2));
}

}  // namespace mooring::cli
