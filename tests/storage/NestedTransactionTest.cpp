// Transactions nest: the outermost is BEGIN IMMEDIATE ... COMMIT, the ones inside are
// savepoints, each undone on its own and all undone with the outermost.
#include "storage/Database.h"

#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace mooring;
using test::rawKey;
using namespace Qt::StringLiterals;

namespace {

struct NotesDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("mooring.db")), rawKey(1), Database::Mode::Create);
    NotesDb() { db.exec("CREATE TABLE notes(body TEXT)"); }

    void add(const char* body) { Statement(db, "INSERT INTO notes VALUES (?)").bind(1, QString::fromUtf8(body)).run(); }
    QStringList notes() {
        Statement rows(db, "SELECT body FROM notes ORDER BY rowid");
        QStringList out;
        while (rows.step()) out << rows.text(0);
        return out;
    }
    bool inTransaction() const { return sqlite3_get_autocommit(db.handle()) == 0; }
};

}  // namespace

TEST_CASE("An inner transaction rolled back keeps the outer one's rows", "[database][transaction]") {
    NotesDb n;
    {
        Transaction outer(n.db);
        n.add("outer before");
        {
            Transaction inner(n.db);
            CHECK(inner.nested());
            n.add("inner");
        }  // not committed
        n.add("outer after");
        outer.commit();
    }
    CHECK(n.notes() == QStringList{u"outer before"_s, u"outer after"_s});
    CHECK_FALSE(n.inTransaction());
}

TEST_CASE("An outer transaction rolled back drops what an inner one committed", "[database][transaction]") {
    NotesDb n;
    {
        Transaction outer(n.db);
        CHECK_FALSE(outer.nested());
        n.add("outer");
        Transaction inner(n.db);
        n.add("inner");
        inner.commit();
        CHECK(n.notes().size() == 2);  // seen inside the outer one
    }
    CHECK(n.notes().isEmpty());
    CHECK_FALSE(n.inTransaction());
    Transaction again(n.db);  // the next one is an outermost one again
    CHECK_FALSE(again.nested());
    again.commit();
}

TEST_CASE("Three levels: each undoes only itself and what it holds", "[database][transaction]") {
    NotesDb n;
    {
        Transaction first(n.db);
        n.add("1");
        {
            Transaction second(n.db);
            n.add("2");
            {
                Transaction third(n.db);
                n.add("3");
                third.commit();
            }
            {
                Transaction thirdAgain(n.db);
                n.add("3 again");
            }  // undone alone
            CHECK(n.notes() == QStringList{u"1"_s, u"2"_s, u"3"_s});
        }  // the second level goes, with the third's committed row
        CHECK(n.notes() == QStringList{u"1"_s});
        {
            Transaction second(n.db);
            n.add("2b");
            Transaction third(n.db);
            n.add("3b");
            third.commit();
            second.commit();
        }
        first.commit();
    }
    CHECK(n.notes() == QStringList{u"1"_s, u"2b"_s, u"3b"_s});
    CHECK_FALSE(n.inTransaction());
}

TEST_CASE("An exception in the middle level undoes it and leaves the outer one usable", "[database][transaction]") {
    NotesDb n;
    Transaction outer(n.db);
    n.add("outer");
    try {
        Transaction middle(n.db);
        n.add("middle");
        Transaction inner(n.db);
        n.add("inner");
        inner.commit();
        throw std::runtime_error("stop");
    } catch (const std::runtime_error&) {
    }
    CHECK(n.notes() == QStringList{u"outer"_s});
    n.add("outer again");
    outer.commit();
    CHECK(n.notes() == QStringList{u"outer"_s, u"outer again"_s});
    CHECK_FALSE(n.inTransaction());
}

TEST_CASE("A failed statement inside a savepoint is undone with it", "[database][transaction]") {
    NotesDb n;
    n.db.exec("CREATE TABLE once(key TEXT PRIMARY KEY)");
    Transaction outer(n.db);
    n.add("kept");
    Statement(n.db, "INSERT INTO once VALUES ('a')").run();
    {
        Transaction inner(n.db);
        n.add("dropped");
        CHECK_THROWS_AS(Statement(n.db, "INSERT INTO once VALUES ('a')").run(), SqliteError);
    }
    outer.commit();
    CHECK(n.notes() == QStringList{u"kept"_s});
}

TEST_CASE("A moved database keeps its open transaction's depth", "[database][transaction]") {
    NotesDb n;
    Database moved = std::move(n.db);
    {
        Transaction outer(moved);
        Database other = std::move(moved);
        Transaction inner(other);
        CHECK(inner.nested());  // the depth went with the connection
        inner.commit();
        moved = std::move(other);
        outer.commit();
    }
    Transaction fresh(moved);
    CHECK_FALSE(fresh.nested());
    fresh.commit();
}

TEST_CASE("A transaction on another thread waits; its rows are never taken into a job's", "[database][transaction]") {
    NotesDb n;
    std::atomic<bool> jobInside{false};
    std::atomic<bool> windowSaved{false};
    // A job writes in a transaction that it then rolls back (a refused import, say).
    std::thread job([&] {
        Transaction tx(n.db);
        n.add("job");
        jobInside = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        CHECK_FALSE(windowSaved.load());  // the window's save waited for this one to end
    });
    while (!jobInside) std::this_thread::yield();
    {
        // Meanwhile the window saves: before, this became a savepoint inside the job's
        // transaction and went with its rollback.
        Transaction tx(n.db);
        CHECK_FALSE(tx.nested());
        n.add("window");
        tx.commit();
        windowSaved = true;
    }
    job.join();
    CHECK(n.notes() == QStringList{u"window"_s});
    CHECK_FALSE(n.inTransaction());
}
