#pragma once

#include "insights/WeekSummary.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace mooring::cli::jsonFigures {

// The pieces `review --json` and `report --json` share, so the two print a trigger list,
// an idea tried or a mean the same way (docs/cli.md).
using Json = nlohmann::ordered_json;  // keys in the documented order

std::string utf8(const QString& text);
double rounded(double value);                   // two decimals
Json mean(const std::optional<double>& value);  // rounded, or null when there was nothing to average
Json names(const QList<NameCount>& list);       // [{"name", "count"}]
Json tried(const QList<TriedIdea>& ideas);      // [{"strategy_id", "title"} or {"text"}, "count", ...]
Json urge(const UrgeFigures& urge);             // {"mean", "max", "histogram"}
Json outcomes(const OutcomeCounts& outcomes);   // {"passed", "coped", "acted", "unknown"}

}  // namespace mooring::cli::jsonFigures
