#include "cli/ReviewJson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace mooring::cli {

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;  // keys in the documented order

namespace {

std::string utf8(const QString& text) { return text.toStdString(); }

double rounded(double value) { return std::round(value * 100.0) / 100.0; }

Json mean(const std::optional<double>& value) { return value ? Json(rounded(*value)) : Json(nullptr); }

Json names(const QList<NameCount>& list) {
    Json out = Json::array();
    for (const NameCount& n : list) out.push_back({{"name", utf8(n.name)}, {"count", n.count}});
    return out;
}

Json tried(const QList<TriedIdea>& ideas) {
    Json out = Json::array();
    for (const TriedIdea& idea : ideas) {
        Json item;
        if (!idea.strategyId.isEmpty()) {
            item["strategy_id"] = utf8(idea.strategyId);
            // An idea since removed from the toolbox has no title any more.
            item["title"] = idea.title.isEmpty() ? Json(nullptr) : Json(utf8(idea.title));
        } else {
            item["text"] = utf8(idea.text);
        }
        item["count"] = idea.count;
        item["helped_mean"] = mean(idea.helpedMean);
        item["rated"] = idea.ratedCount;
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

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
        {"urge",
         {{"mean", mean(s.urge.mean)},
          {"max", s.urge.max ? Json(*s.urge.max) : Json(nullptr)},
          {"histogram", Json(s.urge.histogram)}}},
        {"outcomes",
         {{"passed", s.outcomes.passed},
          {"coped", s.outcomes.coped},
          {"acted", s.outcomes.acted},
          {"unknown", s.outcomes.unknown}}},
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
