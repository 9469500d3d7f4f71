#pragma once

#include "domain/CheckIn.h"
#include "insights/WeekSummary.h"

#include <QList>
#include <QString>

namespace mooring::cli {

// The week's summary as `mooring-cli review --json` prints it (docs/cli.md):
// fixed keys, means rounded to two decimals, null where there is nothing to average.
// `checkIns`: the daily check-ins of the week (others are left out), for "checkins".
QString reviewJson(const WeekSummary& summary, const QList<CheckIn>& checkIns);

// "monday", "sunday", ...: the JSON's first_day.
QString dayKey(Qt::DayOfWeek day);

}  // namespace mooring::cli
