#include "storage/TableRowCounts.h"

#include "storage/Database.h"

#include <QByteArray>
#include <QStringList>

#include <string_view>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QStringList userTables(Database& db) {
    QStringList names;
    Statement list(db,
                   "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                   "ESCAPE '\\' ORDER BY name");
    while (list.step()) names.append(list.text(0));
    return names;
}

std::int64_t rowCount(Database& db, const QString& table) {
    // A name from the schema, quoted as an identifier all the same.
    QString quoted = table;
    quoted.replace(u"\""_s, u"\"\""_s);
    const QByteArray sql = "SELECT count(*) FROM \"" + quoted.toUtf8() + "\"";
    Statement count(db, std::string_view(sql.constData(), static_cast<std::size_t>(sql.size())));
    count.step();
    return count.int64(0);
}

}  // namespace

QList<TableRowCount> tableRowCounts(Database& db) {
    QList<TableRowCount> counts;
    for (const QString& table : userTables(db)) counts.append({table, rowCount(db, table)});
    return counts;
}

}  // namespace mooring
