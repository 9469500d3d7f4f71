#include "cli/JsonFigures.h"

#include <cmath>

namespace mooring::cli::jsonFigures {

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

Json urge(const UrgeFigures& urge) {
    return {{"mean", mean(urge.mean)},
            {"max", urge.max ? Json(*urge.max) : Json(nullptr)},
            {"histogram", Json(urge.histogram)}};
}

Json outcomes(const OutcomeCounts& o) {
    return {{"passed", o.passed}, {"coped", o.coped}, {"acted", o.acted}, {"unknown", o.unknown}};
}

}  // namespace mooring::cli::jsonFigures
