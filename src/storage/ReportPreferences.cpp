#include "storage/ReportPreferences.h"

#include "storage/Database.h"

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const QString kLastReportEnd = u"report.last_end"_s;

}  // namespace

ReportPreferences::ReportPreferences(Database& db) : m_db(db) {}

std::optional<QDate> ReportPreferences::lastReportEnd() {
    Statement row(m_db, "SELECT value FROM profile_info WHERE key = ?");
    row.bind(1, kLastReportEnd);
    if (!row.step()) return std::nullopt;
    const QDate day = QDate::fromString(row.text(0), Qt::ISODate);
    if (!day.isValid()) return std::nullopt;
    return day;
}

void ReportPreferences::setLastReportEnd(const QDate& day) {
    if (!day.isValid()) return;
    Transaction tx(m_db);
    Statement put(m_db, "INSERT OR REPLACE INTO profile_info(key, value) VALUES (?, ?)");
    put.bind(1, kLastReportEnd).bind(2, day.toString(Qt::ISODate)).run();
    tx.commit();
}

}  // namespace mooring
