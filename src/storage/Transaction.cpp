// Transaction (declared in Database.h): BEGIN IMMEDIATE at the outermost level, savepoints inside.
#include "storage/Database.h"

#include <sqlite3.h>

namespace mooring {

Transaction::Transaction(Database& db) : m_db(db), m_level(db.m_transactionDepth) {
    // IMMEDIATE takes the write lock now, so a conflict shows here and not halfway through.
    // A savepoint inside needs no lock of its own: the outermost one holds it.
    m_db.exec(m_level == 0 ? std::string("BEGIN IMMEDIATE") : "SAVEPOINT " + savepointName());
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction() {
    if (m_done) return;
    --m_db.m_transactionDepth;
    // Some errors (disk full, I/O) already rolled the whole transaction back; then nothing is
    // left to undo here and a ROLLBACK would only fail.
    if (sqlite3_get_autocommit(m_db.handle())) return;
    if (m_level == 0) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        return;
    }
    // ROLLBACK TO undoes this level's writes but leaves the savepoint open; RELEASE ends it.
    const std::string name = savepointName();
    sqlite3_exec(m_db.handle(), ("ROLLBACK TO " + name).c_str(), nullptr, nullptr, nullptr);
    sqlite3_exec(m_db.handle(), ("RELEASE " + name).c_str(), nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    // A released savepoint becomes part of the level around it: written for good only
    // when the outermost one commits.
    m_db.exec(m_level == 0 ? std::string("COMMIT") : "RELEASE " + savepointName());
    m_done = true;
    --m_db.m_transactionDepth;
}

// One name per level: the levels are opened and closed in order, so it is never ambiguous.
std::string Transaction::savepointName() const { return "mooring_level_" + std::to_string(m_level); }

}  // namespace mooring
