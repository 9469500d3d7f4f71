#pragma once

#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace mooring {

class Database;

// Tells who asks which tables a write changed, once it is committed: SQLite's update hook
// collects the tables of the main database as rows change, the commit hook hands them on,
// the rollback hook forgets them. Every store's writes are seen, whoever made them, so no
// screen has to remember to announce its own. Installed for as long as this object lives;
// the Database must outlive it.
class CommitWatch {
public:
    // Called on the thread that committed, inside SQLite's commit (before it completes):
    // the listener must only note the change (e.g. post a queued call), never touch the
    // database. Autocommit statements count as one commit each.
    using Listener = std::function<void(const QSet<QString>& tables)>;

    CommitWatch(Database& db, Listener listener);
    ~CommitWatch();
    CommitWatch(const CommitWatch&) = delete;
    CommitWatch& operator=(const CommitWatch&) = delete;

private:
    struct Hooks;
    Database& m_db;
    std::unique_ptr<Hooks> m_hooks;
};

// Mooring's background jobs share the window's connection, which needs a SQLite built
// with mutexes (Database opens every connection serialized). Throws Error otherwise, with
// a message for the person; call once at start, before any profile is opened.
void requireThreadSafeSqlite();

}  // namespace mooring
