#include "storage/Database.h"

#include "support/DatabaseFiles.h"
#include "support/RawKeys.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>

using namespace mooring;
using test::rawKey;

namespace {

struct DbFile {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mooring.db"));
};

Database createDb(const QString& path, unsigned char seed = 1) {
    return Database::open(path, rawKey(seed), Database::Mode::Create);
}

Database reopenDb(const QString& path, unsigned char seed = 1) {
    return Database::open(path, rawKey(seed), Database::Mode::OpenExisting);
}

int countRows(Database& db, std::string_view table) {
    Statement query(db, "SELECT count(*) FROM " + std::string(table));
    query.step();
    return query.integer(0);
}

// Runs `body` and returns the kind of the mooring::Error it throws; fails if none is thrown.
template <typename Body>
Error::Kind kindThrownBy(Body&& body) {
    try {
        body();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no mooring::Error was thrown");
    return Error::Kind::InvalidInput;
}

}  // namespace

TEST_CASE("A created database reopens with the same key", "[database]") {
    DbFile file;
    {
        Database db = createDb(file.path);
        db.exec("CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('kept');");
    }
    Database db = reopenDb(file.path);
    Statement query(db, "SELECT body FROM notes");
    REQUIRE(query.step());
    CHECK(query.text(0) == QStringLiteral("kept"));
    CHECK_FALSE(query.step());
}

TEST_CASE("Another key is refused as Damaged and the file is left as it was", "[database]") {
    DbFile file;
    createDb(file.path).exec("CREATE TABLE notes(body TEXT)");
    const QByteArray before = test::databaseBytes(file.path);
    REQUIRE_FALSE(before.isEmpty());

    try {
        reopenDb(file.path, 2);
        FAIL("a different key opened the database");
    } catch (const SqliteError& e) {
        CHECK(e.kind() == Error::Kind::Damaged);
        CHECK(e.code() == SQLITE_NOTADB);
        CHECK(e.message().contains(QStringLiteral("key file")));
    }
    CHECK(test::databaseBytes(file.path) == before);
}

TEST_CASE("OpenExisting on a missing file says so and creates nothing", "[database]") {
    DbFile file;
    try {
        reopenDb(file.path);
        FAIL("a missing file was opened");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Damaged);
        CHECK(e.message().contains(QStringLiteral("missing")));
    }
    CHECK_FALSE(QFile::exists(file.path));
}

TEST_CASE("Create refuses a file that is already there", "[database]") {
    DbFile file;
    createDb(file.path).exec("CREATE TABLE notes(body TEXT)");
    const QByteArray before = test::databaseBytes(file.path);
    CHECK(kindThrownBy([&] { createDb(file.path); }) == Error::Kind::InvalidInput);
    CHECK(test::databaseBytes(file.path) == before);
}

TEST_CASE("A key that is not 32 bytes is a programming error", "[database]") {
    DbFile file;
    const std::array<std::byte, 16> shortKey{};
    CHECK_THROWS_AS(Database::open(file.path, shortKey, Database::Mode::Create), std::invalid_argument);
    CHECK_FALSE(QFile::exists(file.path));
}

TEST_CASE("New database files are readable by their owner only", "[database]") {
    DbFile file;
    const mode_t oldMask = ::umask(0);  // the widest umask, so only our chmod can narrow it
    Database db = createDb(file.path);
    ::umask(oldMask);
    db.exec("CREATE TABLE notes(body TEXT)");
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(file.path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("The open sequence sets the pragmas docs/architecture.md names", "[database]") {
    DbFile file;
    Database db = createDb(file.path);
    auto pragma = [&](std::string_view name) {
        Statement query(db, "PRAGMA " + std::string(name));
        REQUIRE(query.step());
        return query.text(0);
    };
    CHECK(pragma("journal_mode") == QStringLiteral("delete"));
    CHECK(pragma("synchronous") == QStringLiteral("2"));  // FULL
    CHECK(pragma("temp_store") == QStringLiteral("2"));   // MEMORY
    CHECK(pragma("foreign_keys") == QStringLiteral("1"));
    CHECK(pragma("secure_delete") == QStringLiteral("1"));
}

TEST_CASE("Transactions commit, and roll back when not committed", "[database]") {
    DbFile file;
    Database db = createDb(file.path);
    db.exec("CREATE TABLE notes(body TEXT)");

    SECTION("commit keeps the rows") {
        Transaction tx(db);
        db.exec("INSERT INTO notes VALUES ('a')");
        tx.commit();
        CHECK(countRows(db, "notes") == 1);
    }
    SECTION("leaving the scope without commit rolls back") {
        {
            Transaction tx(db);
            db.exec("INSERT INTO notes VALUES ('a')");
        }
        CHECK(countRows(db, "notes") == 0);
    }
    SECTION("an exception inside rolls back") {
        try {
            Transaction tx(db);
            db.exec("INSERT INTO notes VALUES ('a')");
            throw std::runtime_error("stop");
        } catch (const std::runtime_error&) {
        }
        CHECK(countRows(db, "notes") == 0);
        Transaction again(db);  // the database is usable again: no transaction was left open
        again.commit();
    }
}

TEST_CASE("Statement binds and reads every type", "[database]") {
    DbFile file;
    Database db = createDb(file.path);
    db.exec("CREATE TABLE v(i INTEGER, r REAL, t TEXT, b BLOB, n TEXT, oi INTEGER, ot TEXT)");
    const QString utf8 = QStringLiteral("Grüße, 日本, 🌊");
    const QByteArray bytes("\x00\x01\xff\x7f", 4);

    Statement insert(db, "INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::int64_t{1} << 40).bind(2, 2.5).bind(3, utf8).bind(4, bytes).bind(5, std::nullopt);
    insert.bind(6, std::optional<std::int64_t>{}).bind(7, std::optional<QString>{QStringLiteral("x")});
    insert.run();
    CHECK(db.changes() == 1);
    CHECK(db.lastInsertRowId() == 1);

    Statement query(db, "SELECT i, r, t, b, n, oi, ot FROM v");
    REQUIRE(query.step());
    CHECK(query.int64(0) == (std::int64_t{1} << 40));
    CHECK(query.real(1) == 2.5);
    CHECK(query.text(2) == utf8);
    CHECK(query.blob(3) == bytes);
    CHECK(query.isNull(4));
    CHECK(query.isNull(5));
    CHECK(query.text(6) == QStringLiteral("x"));
    CHECK_FALSE(query.isNull(0));

    query.reset();  // a statement can be read again from the start
    REQUIRE(query.step());
    CHECK(query.integer(1) == 2);
}

TEST_CASE("Errors keep SQLite's codes, map to kinds and never show SQL", "[database]") {
    DbFile file;
    Database db = createDb(file.path);
    db.exec("CREATE TABLE t(k TEXT PRIMARY KEY)");
    db.exec("INSERT INTO t VALUES ('a')");
    try {
        db.exec("INSERT INTO t VALUES ('a')");
        FAIL("a duplicate key was accepted");
    } catch (const SqliteError& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.code() == SQLITE_CONSTRAINT);
        CHECK(e.extendedCode() == SQLITE_CONSTRAINT_PRIMARYKEY);
        CHECK_FALSE(e.message().contains(QStringLiteral("INSERT")));
    }
    CHECK(kindThrownBy([&] { db.check(SQLITE_FULL); }) == Error::Kind::CannotWrite);
    CHECK(kindThrownBy([&] { db.check(SQLITE_IOERR_WRITE); }) == Error::Kind::CannotWrite);
    CHECK(kindThrownBy([&] { db.check(SQLITE_READONLY_DBMOVED); }) == Error::Kind::CannotWrite);
    CHECK(kindThrownBy([&] { db.check(SQLITE_CANTOPEN); }) == Error::Kind::CannotWrite);
    CHECK(kindThrownBy([&] { db.check(SQLITE_PERM); }) == Error::Kind::CannotWrite);
    CHECK(kindThrownBy([&] { db.check(SQLITE_CORRUPT); }) == Error::Kind::Damaged);
    CHECK(kindThrownBy([&] { db.check(SQLITE_NOTADB); }) == Error::Kind::Damaged);
    CHECK(kindThrownBy([&] { db.check(SQLITE_LOCKED); }) == Error::Kind::Busy);
    CHECK_NOTHROW(db.check(SQLITE_DONE));
}

TEST_CASE("A second writer is told the database is busy", "[database]") {
    DbFile file;
    Database first = createDb(file.path);
    first.exec("CREATE TABLE t(x)");
    Database second = reopenDb(file.path);
    Transaction holding(first);
    CHECK(kindThrownBy([&] { Transaction blocked(second); }) == Error::Kind::Busy);
}

TEST_CASE("The file on disk is encrypted", "[database]") {
    DbFile file;
    const QByteArray marker("MARKER-4f1c-plain-text-must-not-appear");
    {
        Database db = createDb(file.path);
        db.exec("CREATE TABLE notes(body TEXT)");
        Statement(db, "INSERT INTO notes VALUES (?)").bind(1, QString::fromLatin1(marker)).run();
    }
    const QByteArray bytes = test::databaseBytes(file.path);
    REQUIRE(bytes.size() > 1000);
    CHECK_FALSE(bytes.contains(marker));
    CHECK_FALSE(bytes.contains("notes"));  // the schema is encrypted too
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
}

TEST_CASE("A damaged page is noticed", "[database]") {
    DbFile file;
    {
        Database db = createDb(file.path);
        db.exec("CREATE TABLE notes(body TEXT)");
        Transaction tx(db);
        Statement insert(db, "INSERT INTO notes VALUES (?)");
        for (int i = 0; i < 400; ++i) {
            insert.bind(1, QStringLiteral("entry %1 ").arg(i).repeated(20)).run();
            insert.reset();
        }
        tx.commit();
        CHECK(db.integrityOk());
    }
    const qint64 size = QFile(file.path).size();
    REQUIRE(size > 20 * 1024);  // many pages, so the damage is far from the first one
    REQUIRE(test::flipDatabaseBytes(file.path, size / 2, 16));

    Database db = reopenDb(file.path);  // page 1 is intact, so the key is still proven
    CHECK_FALSE(db.integrityOk());
    try {
        countRows(db, "notes");
        FAIL("a damaged page was read without complaint");
    } catch (const SqliteError& e) {
        INFO(e.detail() << " code " << e.code() << " ext " << e.extendedCode());
        CHECK(e.kind() == Error::Kind::Damaged);
    }
}

TEST_CASE("Damage on the first page is refused when opening", "[database]") {
    DbFile file;
    createDb(file.path).exec("CREATE TABLE notes(body TEXT)");
    REQUIRE(test::flipDatabaseBytes(file.path, 200, 16));
    CHECK(kindThrownBy([&] { reopenDb(file.path); }) == Error::Kind::Damaged);
}

namespace {

// In a child process whose file size limit stops any growth (this works even as root,
// where permission bits would not), tries to add data. Exit 0: CannotWrite was reported.
int childWritesPastSizeLimit(const QString& path) {
    std::signal(SIGXFSZ, SIG_IGN);  // so write() fails with EFBIG instead of killing us
    rlimit limit{};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = static_cast<rlim_t>(QFile(path).size());
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 4;
    try {
        Database db = reopenDb(path);
        Transaction tx(db);
        Statement(db, "INSERT INTO notes VALUES (?)").bind(1, QByteArray(256 * 1024, 'x')).run();
        tx.commit();
    } catch (const Error& e) {
        return e.kind() == Error::Kind::CannotWrite ? 0 : 1;
    } catch (...) {
        return 3;
    }
    return 2;  // the write went through: the limit did not bite, so the test must fail
}

}  // namespace

TEST_CASE("A write that cannot reach the disk reports CannotWrite and changes nothing", "[database]") {
    DbFile file;
    {
        Database db = createDb(file.path);
        db.exec("CREATE TABLE notes(body BLOB); INSERT INTO notes VALUES (x'01');");
    }
    const QByteArray before = test::databaseBytes(file.path);

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) ::_exit(childWritesPastSizeLimit(file.path));  // no Catch or Qt clean-up in the child
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    CHECK(test::databaseBytes(file.path) == before);
    Database db = reopenDb(file.path);
    CHECK(countRows(db, "notes") == 1);
    CHECK(db.integrityOk());
}
