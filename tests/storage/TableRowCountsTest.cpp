#include "storage/TableRowCounts.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

std::int64_t rowsOf(const QList<TableRowCount>& counts, const QString& table) {
    const auto it =
        std::find_if(counts.cbegin(), counts.cend(), [&](const TableRowCount& c) { return c.table == table; });
    return it == counts.cend() ? -1 : it->rows;
}

}  // namespace

TEST_CASE("Row counts: every table Mooring made, by name, with its rows; SQLite's own left out", "[verify]") {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), rawKey(), Database::Mode::Create);
    Migrations::migrate(db);
    db.exec("CREATE TABLE \"odd \"\"name\"\" here\" (x INTEGER)");
    db.exec("INSERT INTO \"odd \"\"name\"\" here\" (x) VALUES (1), (2), (3)");
    db.exec("CREATE TABLE plain (x INTEGER PRIMARY KEY AUTOINCREMENT)");  // makes sqlite_sequence

    const QList<TableRowCount> counts = tableRowCounts(db);
    QStringList names;
    for (const TableRowCount& c : counts) names << c.table;
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    CHECK(names == sorted);
    CHECK(names.contains(u"journal_entries"_s));
    CHECK_FALSE(names.contains(u"sqlite_sequence"_s));
    CHECK(rowsOf(counts, u"odd \"name\" here"_s) == 3);
    CHECK(rowsOf(counts, u"plain"_s) == 0);
}
