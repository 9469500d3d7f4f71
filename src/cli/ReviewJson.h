#pragma once

#include "insights/WeekSummary.h"

#include <QString>

namespace mooring::cli {

// The week's summary as `mooring-cli review --json` prints it (docs/cli.md):
// fixed keys, means rounded to two decimals, null where there is nothing to average.
QString reviewJson(const WeekSummary& summary);

// "monday", "sunday", ...: the JSON's first_day.
QString dayKey(Qt::DayOfWeek day);

}  // namespace mooring::cli
