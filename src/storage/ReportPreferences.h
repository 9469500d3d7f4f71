#pragma once

#include <QDate>

#include <optional>

namespace mooring {

class Database;

// What the report for the next session remembers between times: the last day of the last
// report saved or printed, so the next one can start the day after. Private (it says when
// the person sees a therapist), so it lives in the encrypted database, table profile_info,
// never in settings.ini. Each write is one transaction; a damaged value reads as none.
class ReportPreferences {
public:
    explicit ReportPreferences(Database& db);

    std::optional<QDate> lastReportEnd();
    void setLastReportEnd(const QDate& day);

private:
    Database& m_db;
};

}  // namespace mooring
