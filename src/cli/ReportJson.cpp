#include "cli/ReportJson.h"

#include "cli/JsonFigures.h"
#include "cli/ReviewJson.h"

namespace mooring::cli {

using namespace jsonFigures;

QString reportJson(const RangeReport& r, Qt::DayOfWeek firstDay) {
    Json weeks = Json::array();
    for (const ReportWeek& week : r.weeks)
        weeks.push_back({{"week_start", utf8(week.week.startText())},
                         {"entries", week.entries},
                         {"urge_mean", mean(week.urgeMean)}});
    const Json out = {
        {"from", utf8(r.range.from.toString(Qt::ISODate))},
        {"to", utf8(r.range.to.toString(Qt::ISODate))},
        {"first_day", utf8(dayKey(firstDay))},
        {"entries", r.entries},
        {"urge", urge(r.urge)},
        {"outcomes", outcomes(r.outcomes)},
        {"triggers", names(r.triggers)},
        {"feelings", names(r.feelings)},
        {"weeks", weeks},
        {"tried", tried(r.tried)},
        {"plan_versions_in_range", r.planVersionsInRange},
    };
    return QString::fromStdString(out.dump(2));
}

}  // namespace mooring::cli
