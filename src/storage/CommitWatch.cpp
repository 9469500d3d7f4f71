#include "storage/CommitWatch.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace mooring {

// Reached only through SQLite's callbacks, all made while SQLite holds the connection's
// mutex: no two of them run at once, so `pending` needs no lock of its own.
struct CommitWatch::Hooks {
    Listener listener;
    QSet<QString> pending;

    static void rowChanged(void* self, int /*operation*/, const char* database, const char* table,
                           sqlite3_int64 /*rowid*/) {
        if (std::strcmp(database, "main") != 0) return;  // a backup's attached copy is not the profile
        static_cast<Hooks*>(self)->pending.insert(QString::fromUtf8(table));
    }
    static int committing(void* self) {
        auto* hooks = static_cast<Hooks*>(self);
        if (!hooks->pending.isEmpty()) hooks->listener(std::exchange(hooks->pending, {}));
        return 0;  // 0: let the commit go on
    }
    static void rolledBack(void* self) { static_cast<Hooks*>(self)->pending.clear(); }
};

CommitWatch::CommitWatch(Database& db, Listener listener) : m_db(db), m_hooks(std::make_unique<Hooks>()) {
    m_hooks->listener = std::move(listener);
    sqlcipher().update_hook(m_db.handle(), &Hooks::rowChanged, m_hooks.get());
    sqlcipher().commit_hook(m_db.handle(), &Hooks::committing, m_hooks.get());
    sqlcipher().rollback_hook(m_db.handle(), &Hooks::rolledBack, m_hooks.get());
}

CommitWatch::~CommitWatch() {
    sqlcipher().update_hook(m_db.handle(), nullptr, nullptr);
    sqlcipher().commit_hook(m_db.handle(), nullptr, nullptr);
    sqlcipher().rollback_hook(m_db.handle(), nullptr, nullptr);
}

void requireThreadSafeSqlite() {
    // 0: built without any mutex; SQLITE_OPEN_FULLMUTEX cannot make such a library safe.
    if (sqlcipher().threadsafe() != 0) return;
    throw Error(Error::Kind::Damaged, QCoreApplication::translate(
                                          "mooring",
                                          "This copy of Mooring was built with a database library that is not safe "
                                          "to use from more than one task at a time, so it will not open your data. "
                                          "Nothing has been changed. Please install Mooring from its usual package."));
}

}  // namespace mooring
