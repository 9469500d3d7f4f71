#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace mooring {

class Database;

struct TableRowCount {
    QString table;
    std::int64_t rows = 0;
};

// How many rows each table Mooring made holds, tables by name (SQLite's own left out).
// The tables are found from the schema itself, so a new store is counted without a change
// here. For checking a profile (`mooring-cli verify`): only reads.
QList<TableRowCount> tableRowCounts(Database& db);

}  // namespace mooring
