#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

namespace mooring {

class Database;
class SecureBuffer;

// How a database copy shares its source with the window (BackupCopy::copyDatabase).
struct BackupPace {
    // A pause after each step: the window, which reads on the same connection, is not kept
    // waiting step after step (the day's first unlock, a large hope box).
    bool yieldToWindow = false;
    // Set from another thread (the person locks): the copy ends before its next step and
    // throws Error(Busy); the caller removes what was copied.
    const std::atomic<bool>* stop = nullptr;
};

// The file-level steps of a backup and a restore, each one checked (docs/backups.md).
class BackupCopy {
public:
    // A consistent copy of `source` (open, keyed) into a new database file at `target`,
    // encrypted with the same raw data key, through SQLite's online backup API. The copy
    // never exists in plain form. Pages go over in small steps, so other work on `source`
    // (the window's own saves) waits for one step at most. Throws Error (CannotWrite when
    // the disk is full or the folder read-only).
    static void copyDatabase(Database& source, const QString& target, const SecureBuffer& dataKey,
                             BackupPace pace = {});

    // Throws Error::Kind::Damaged unless `database` opens with `dataKey` and passes
    // PRAGMA integrity_check, and `keyFile` is a whole key file.
    static void check(const QString& database, const QString& keyFile, const SecureBuffer& dataKey);

    // Replaces `target` with a copy of `source` at once (AtomicFile: written beside it,
    // read back, then renamed), 0600. Throws Error::Kind::CannotWrite naming `target`;
    // `target` is then exactly as it was. Damaged when `source` cannot be read whole.
    static void copyFile(const QString& source, const QString& target);

    // All of `source`'s bytes; Error::Kind::Damaged when it cannot be read whole.
    static QByteArray readWhole(const QString& source);
};

}  // namespace mooring
