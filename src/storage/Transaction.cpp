// Transaction (declared in Database.h): BEGIN IMMEDIATE at the outermost level, savepoints inside.
#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <cstdio>
#include <string_view>

namespace mooring {

namespace {

// "<verb> mooring_level_<n>", one name per level: levels open and close in order, so a name
// is never ambiguous. Kept in a fixed buffer because the destructor must not allocate.
class SavepointSql {
public:
    SavepointSql(const char* verb, int level) {
        std::snprintf(m_text, sizeof m_text, "%s mooring_level_%d", verb, level);
    }
    const char* c_str() const noexcept { return m_text; }
    std::string_view view() const noexcept { return m_text; }

private:
    char m_text[48];
};

}  // namespace

Transaction::Transaction(Database& db)
    : m_db(db), m_writer(*db.m_writer), m_level(db.m_transactionDepth) {  // the depth read once it is ours
    // IMMEDIATE takes the write lock now, so a conflict shows here and not halfway through.
    // A savepoint inside needs no lock of its own: the outermost one holds it.
    if (m_level == 0)
        m_db.exec("BEGIN IMMEDIATE");
    else
        m_db.exec(SavepointSql("SAVEPOINT", m_level).view());
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction() {
    if (m_done) return;
    --m_db.m_transactionDepth;
    // Some errors (disk full, I/O) already rolled the whole transaction back; then nothing is
    // left to undo here and a ROLLBACK would only fail.
    if (sqlcipher().get_autocommit(m_db.handle())) return;
    if (m_level == 0) {
        sqlcipher().exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        return;
    }
    // ROLLBACK TO undoes this level's writes but leaves the savepoint open; RELEASE ends it.
    sqlcipher().exec(m_db.handle(), SavepointSql("ROLLBACK TO", m_level).c_str(), nullptr, nullptr, nullptr);
    sqlcipher().exec(m_db.handle(), SavepointSql("RELEASE", m_level).c_str(), nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    // A released savepoint becomes part of the level around it: written for good only
    // when the outermost one commits.
    if (m_level == 0)
        m_db.exec("COMMIT");
    else
        m_db.exec(SavepointSql("RELEASE", m_level).view());
    m_done = true;
    --m_db.m_transactionDepth;
}

}  // namespace mooring
