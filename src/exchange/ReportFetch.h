#pragma once

#include "insights/RangeReport.h"

namespace mooring {

class Database;

// Gathers the report over a range of days (several weeks between two therapy sessions)
// from a profile, as ReviewFetch does for one week: only the range's entries through the
// time index, the toolbox titles and the plan's version list (no items). Throws
// mooring::Error.
ReportInput fetchReportInput(Database& db, const ReportRange& range);

RangeReport fetchRangeReport(Database& db, const ReportRange& range, Qt::DayOfWeek firstDay = Qt::Monday);

}  // namespace mooring
