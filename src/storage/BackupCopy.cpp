#include "storage/BackupCopy.h"

#include "domain/Error.h"
#include "storage/AtomicFile.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/SecureBuffer.h"
#include "storage/SqlCipher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>

namespace mooring {

namespace {

constexpr int kPagesPerStep = 64;

QString shown(const QString& path) { return QDir::toNativeSeparators(path); }

[[noreturn]] void throwDamaged(const QString& path) {
    throw Error(Error::Kind::Damaged,
                QCoreApplication::translate("mooring",
                                            "The backup in %1 could not be read back as it should: it may be "
                                            "damaged or incomplete. Nothing was changed.")
                    .arg(shown(path)));
}

struct BackupFinisher {
    void operator()(sqlite3_backup* backup) const noexcept { sqlcipher().backup_finish(backup); }
};

}  // namespace

void BackupCopy::copyDatabase(Database& source, const QString& target, const SecureBuffer& dataKey, BackupPace pace) {
    Database copy = Database::open(target, dataKey.bytes(), Database::Mode::Create);
    std::unique_ptr<sqlite3_backup, BackupFinisher> backup(
        sqlcipher().backup_init(copy.handle(), "main", source.handle(), "main"));
    if (!backup) copy.check(sqlcipher().errcode(copy.handle()));
    for (;;) {
        if (pace.stop && pace.stop->load())
            throw Error(Error::Kind::Busy,
                        QCoreApplication::translate("mooring",
                                                    "The backup was stopped because Mooring was locked. "
                                                    "It is made again at the next unlock."));
        const int rc = sqlcipher().backup_step(backup.get(), kPagesPerStep);
        if (rc == SQLITE_DONE) break;
        if (rc == SQLITE_OK) {
            if (pace.yieldToWindow) sqlcipher().sleep(1);
            continue;
        }
        // The window holds the write lock for a moment (a save): try again after it.
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlcipher().sleep(5);
            continue;
        }
        copy.check(rc);
    }
    const int rc = sqlcipher().backup_finish(backup.release());
    copy.check(rc);
}

void BackupCopy::check(const QString& database, const QString& keyFile, const SecureBuffer& dataKey) {
    try {
        KeyFile::load(keyFile);
        Database db = Database::open(database, dataKey.bytes(), Database::Mode::OpenExisting);
        if (!db.integrityOk()) throwDamaged(database);
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::CannotWrite || error.kind() == Error::Kind::Busy) throw;
        throwDamaged(database);
    }
}

QByteArray BackupCopy::readWhole(const QString& source) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) throwDamaged(source);
    QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError || bytes.size() != in.size()) throwDamaged(source);
    return bytes;
}

void BackupCopy::copyFile(const QString& source, const QString& target) {
    AtomicFile::write(target, readWhole(source));
}

}  // namespace mooring
