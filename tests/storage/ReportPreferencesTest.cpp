// The last report's end date: kept in the encrypted database, never in settings.ini, and
// a damaged value is read as none rather than as a wrong date.
#include "storage/ReportPreferences.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct PreferencesDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    PreferencesDb() { Migrations::migrate(db); }
};

void putRaw(Database& db, const QString& value) {
    Statement put(db, "INSERT OR REPLACE INTO profile_info(key, value) VALUES ('report.last_end', ?)");
    put.bind(1, value).run();
}

}  // namespace

TEST_CASE("report preferences: the last report's end is kept and read back", "[report][preferences]") {
    PreferencesDb t;
    CHECK_FALSE(ReportPreferences(t.db).lastReportEnd().has_value());
    ReportPreferences(t.db).setLastReportEnd(QDate(2026, 11, 20));
    REQUIRE(ReportPreferences(t.db).lastReportEnd() == QDate(2026, 11, 20));
    ReportPreferences(t.db).setLastReportEnd(QDate(2026, 12, 4));  // a later report replaces it
    CHECK(ReportPreferences(t.db).lastReportEnd() == QDate(2026, 12, 4));
    ReportPreferences(t.db).setLastReportEnd(QDate());  // nothing to remember: left as it was
    CHECK(ReportPreferences(t.db).lastReportEnd() == QDate(2026, 12, 4));
}

TEST_CASE("report preferences: a damaged value reads as none", "[report][preferences]") {
    PreferencesDb t;
    putRaw(t.db, u"not a date"_s);
    CHECK_FALSE(ReportPreferences(t.db).lastReportEnd().has_value());
    putRaw(t.db, u"2026-02-30"_s);
    CHECK_FALSE(ReportPreferences(t.db).lastReportEnd().has_value());
}
