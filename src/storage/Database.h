#pragma once

#include "domain/Error.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace mooring {

// An error from SQLite/SQLCipher, with SQLite's result codes kept for tests and logs.
class SqliteError : public Error {
public:
    // detail: sqlite3_errmsg() for developers and test output; never shown to a person.
    SqliteError(Kind kind, const QString& message, int code, int extendedCode, std::string detail = {});
    int code() const noexcept { return m_code; }
    int extendedCode() const noexcept { return m_extendedCode; }
    const std::string& detail() const noexcept { return m_detail; }

private:
    int m_code;
    int m_extendedCode;
    std::string m_detail;
};

// One open SQLCipher database (SQLiteCpp shape): owns the handle, move-only.
// open() follows docs/architecture.md, "Opening a profile": raw key -> a first read that proves the key -> pragmas.
class Database {
public:
    // ReadOnly: an existing file, never written (what `verify` uses).
    enum class Mode { OpenExisting, Create, ReadOnly };

    // rawKey is the 32-byte data key; it is passed as x'...' built in secure memory.
    static Database open(const QString& path, std::span<const std::byte> rawKey, Mode mode);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    void exec(std::string_view sql);  // one or more statements without results
    int userVersion();
    void setUserVersion(int version);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    // PRAGMA integrity_check / cipher-level read of every page; true when "ok".
    bool integrityOk();
    const QString& path() const noexcept { return m_path; }
    sqlite3* handle() const noexcept { return m_db.get(); }

    // Throws a SqliteError (kind chosen from the code) if rc is not OK/ROW/DONE.
    void check(int rc) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const noexcept;
    };
    Database(std::unique_ptr<sqlite3, Closer> db, QString path);
    static void checkFilePresence(const QString& path, Mode mode);
    static std::unique_ptr<sqlite3, Closer> openHandle(const QString& path, Mode mode);
    void applyKey(std::span<const std::byte> rawKey);
    void proveKey();  // the first read: a wrong key fails here, before anything is written

    friend class Transaction;

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    // One thread at a time has Transactions open on the connection: a session job writing
    // while the window saves would otherwise take the window's rows into its own
    // transaction (one connection has one), and a rollback of the job would lose them.
    // Held from the outermost Transaction until it ends; the depth belongs to its holder.
    std::unique_ptr<std::recursive_mutex> m_writer = std::make_unique<std::recursive_mutex>();
    int m_transactionDepth = 0;  // Transactions open on this connection right now
};

// A prepared statement; binding indices are 1-based like SQLite's.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);     // copied (SQLITE_TRANSIENT)
    Statement& bind(int index, const QByteArray& value);  // blob, copied
    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, const std::optional<QString>& value);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const char*) = delete;  // say QString or QByteArray

    bool step();  // true while a row is available
    void run();   // step until done; for statements without results
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// A transaction that nests (the shape of SQLiteCpp's Savepoint). The outermost one on a
// Database is BEGIN IMMEDIATE ... COMMIT; one opened while another is open becomes
// SAVEPOINT ... RELEASE, so a store's own all-or-nothing write can run inside a larger one
// (an import) and still be all or nothing there. commit() ends it; the destructor without
// commit() undoes only this level (ROLLBACK, or ROLLBACK TO + RELEASE) and never throws.
// Nothing is durable until the outermost one commits. Open and close them in scope order.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();
    bool nested() const noexcept { return m_level > 0; }

private:
    Database& m_db;
    std::unique_lock<std::recursive_mutex> m_writer;  // waits while another thread's transaction is open
    int m_level;                                      // 0: the outermost
    bool m_done = false;
};

}  // namespace mooring
