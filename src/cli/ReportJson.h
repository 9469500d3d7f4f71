#pragma once

#include "insights/RangeReport.h"

#include <QString>

namespace mooring::cli {

// The report over a range of days as `mooring-cli report --json` prints it (docs/cli.md):
// fixed English keys, means rounded to two decimals, null where there is nothing to
// average. Figures and names only: the words of the entries never appear in it.
QString reportJson(const RangeReport& report, Qt::DayOfWeek firstDay);

}  // namespace mooring::cli
