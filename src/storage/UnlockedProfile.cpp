#include "storage/UnlockedProfile.h"

#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/KeyVault.h"
#include "storage/MigrationBackup.h"
#include "storage/Migrations.h"
#include "storage/RecoveryCode.h"
#include "storage/SqlCipher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <stdexcept>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString& path) { return QDir::toNativeSeparators(path); }

[[noreturn]] void throwDamaged(const QString& message) { throw Error(Error::Kind::Damaged, message); }

void requirePassphrase(const SecureBuffer& passphrase) {
    if (passphrase.empty())
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring", "Please choose a passphrase. It's what opens Mooring."));
}

// Removes whatever a failed create() made, newest first, so nothing half made stays.
class CreationCleanup {
public:
    explicit CreationCleanup(const ProfilePaths& paths) : m_paths(paths) {
        // The folders mkpath() is about to make, deepest first.
        for (QDir dir(paths.dir()); !dir.exists();) {
            m_newFolders.append(dir.absolutePath());
            if (!dir.cdUp()) break;
        }
    }
    CreationCleanup(const CreationCleanup&) = delete;
    CreationCleanup& operator=(const CreationCleanup&) = delete;
    ~CreationCleanup() {
        if (m_done) return;
        // Both files were checked absent before create() began: anything here is ours.
        QFile::remove(m_paths.keyFile());
        QFile::remove(m_paths.database());
        QFile::remove(m_paths.database() + u"-journal"_s);
        for (const QString& folder : m_newFolders) QDir().rmdir(folder);  // only removes a folder that is empty again
    }
    void done() { m_done = true; }

private:
    const ProfilePaths& m_paths;
    QStringList m_newFolders;
    bool m_done = false;
};

void makeFolder(const QString& dir) {
    if (!QDir().mkpath(dir))
        throw Error(Error::Kind::CannotWrite,
                    QCoreApplication::translate("mooring",
                                                "Mooring couldn't make the profile folder %1. The place may be "
                                                "read-only or full. Nothing was saved.")
                        .arg(shown(dir)));
    // Owner only. Best effort: some drives (a FAT USB stick) have no permissions to set.
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

Database openDatabase(const QString& path, const SecureBuffer& dataKey, Database::Mode mode) {
    try {
        return Database::open(path, dataKey.bytes(), mode);
    } catch (const Error& e) {
        // The slot opened, so the secret was right: a key SQLCipher refuses means damage.
        if (e.kind() == Error::Kind::WrongSecret)
            throwDamaged(QCoreApplication::translate("mooring",
                                                     "Mooring's data file (%1) doesn't match its key file, or it "
                                                     "has been damaged. Nothing was changed; a backup can bring "
                                                     "your data back.")
                             .arg(shown(path)));
        throw;
    }
}

}  // namespace

UnlockedProfile::UnlockedProfile(ProfilePaths paths, SecureBuffer dataKey, Database database, KeyFile keyFile)
    : m_paths(std::move(paths)),
      m_dataKey(std::move(dataKey)),
      m_database(std::move(database)),
      m_keyFile(std::move(keyFile)) {}

UnlockedProfile::~UnlockedProfile() = default;

UnlockedProfile::State UnlockedProfile::probe(const ProfilePaths& paths) {
    return QFileInfo::exists(paths.keyFile()) || QFileInfo::exists(paths.database()) ? State::Ready : State::Missing;
}

UnlockedProfile::Created UnlockedProfile::create(const ProfilePaths& paths, const SecureBuffer& passphrase,
                                                 const Argon2Params& params) {
    requirePassphrase(passphrase);
    SqlCipher::get();  // checked before any file is made (CryptoSelfTest)
    if (!params.isWithinFileLimits())
        throw std::invalid_argument("UnlockedProfile::create: Argon2 parameters outside the key file's limits");
    if (probe(paths) != State::Missing)
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring",
                                                "There's already a Mooring profile in %1, so a new one wasn't made. "
                                                "Nothing was changed.")
                        .arg(shown(paths.dir())));

    // The slow derivations first, before any file exists.
    SecureBuffer dataKey = KeyVault::newDataKey();
    const RecoveryCode code = RecoveryCode::generate();
    const KeyFile keyFile(
        KeyVault::seal(KeySlot::Type::Passphrase, passphrase, dataKey, params),
        KeyVault::seal(KeySlot::Type::Recovery, code.canonical(), dataKey, Argon2Params::forRecoveryCode(params)));

    CreationCleanup cleanup(paths);
    makeFolder(paths.dir());
    Database database = Database::open(paths.database(), dataKey.bytes(), Database::Mode::Create);
    Migrations::migrate(database);
    keyFile.save(paths.keyFile());
    cleanup.done();

    Created created;
    created.profile.reset(new UnlockedProfile(paths, std::move(dataKey), std::move(database), keyFile));
    created.recoveryCode = code.formatted();
    return created;
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::unlock(const ProfilePaths& paths, const SecureBuffer& passphrase) {
    return unlockSlot(paths, KeySlot::Type::Passphrase, passphrase);
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::unlockToCheck(const ProfilePaths& paths,
                                                                const SecureBuffer& passphrase) {
    return unlockSlot(paths, KeySlot::Type::Passphrase, passphrase, Access::CheckOnly);
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::unlockWithRecoveryCode(const ProfilePaths& paths,
                                                                         const SecureBuffer& typedCode) {
    return unlockSlot(paths, KeySlot::Type::Recovery, typedCode);
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::unlockSlot(const ProfilePaths& paths, KeySlot::Type type,
                                                             const SecureBuffer& secret, Access access) {
    SqlCipher::get();  // checked before any file is touched, the key file included (CryptoSelfTest)
    const bool hasKeyFile = QFileInfo::exists(paths.keyFile());
    const bool hasDatabase = QFileInfo::exists(paths.database());
    if (!hasKeyFile && !hasDatabase)
        throwDamaged(
            QCoreApplication::translate("mooring", "There's no Mooring profile in %1 yet.").arg(shown(paths.dir())));
    if (!hasKeyFile)
        throwDamaged(QCoreApplication::translate("mooring",
                                                 "Mooring's key file (%1) is missing, so your data can't be opened. "
                                                 "Nothing was changed. Restoring a backup brings the key file back.")
                         .arg(shown(paths.keyFile())));
    if (!hasDatabase)
        throwDamaged(QCoreApplication::translate("mooring",
                                                 "Mooring's data file (%1) is missing, although its key file is "
                                                 "still there. Nothing was changed. Restoring a backup brings your "
                                                 "data back.")
                         .arg(shown(paths.database())));

    KeyFile keyFile = KeyFile::load(paths.keyFile());
    SecureBuffer dataKey;
    if (type == KeySlot::Type::Recovery) {
        const RecoveryCode code = RecoveryCode::parse(secret);
        dataKey = KeyVault::open(keyFile.recoverySlot(), code.canonical());
    } else {
        bool sealedAsTyped = false;
        dataKey = KeyVault::open(keyFile.passphraseSlot(), secret, &sealedAsTyped);
        if (sealedAsTyped && access == Access::ReadWrite) {
            // Sealed again in NFC, with the same cost. Best effort: if it can't be saved now,
            // the passphrase as typed still opens the slot next time.
            try {
                keyFile.setPassphraseSlot(
                    KeyVault::seal(KeySlot::Type::Passphrase, secret, dataKey, keyFile.passphraseSlot().params));
                keyFile.save(paths.keyFile());
            } catch (const Error&) {
                keyFile = KeyFile::load(paths.keyFile());
            }
        }
    }
    // Only now, with a key that authenticated, is the database touched.
    if (access == Access::CheckOnly) {
        Database database = openDatabase(paths.database(), dataKey, Database::Mode::ReadOnly);
        return std::unique_ptr<UnlockedProfile>(
            new UnlockedProfile(paths, std::move(dataKey), std::move(database), std::move(keyFile)));
    }
    Database database = openDatabase(paths.database(), dataKey, Database::Mode::OpenExisting);
    MigrationBackup::migrate(paths, database, dataKey);  // a backup first when the schema is older
    return std::unique_ptr<UnlockedProfile>(
        new UnlockedProfile(paths, std::move(dataKey), std::move(database), std::move(keyFile)));
}

void UnlockedProfile::changePassphrase(const SecureBuffer& newPassphrase, const Argon2Params& params) {
    requirePassphrase(newPassphrase);
    if (!params.isWithinFileLimits())
        throw std::invalid_argument("UnlockedProfile::changePassphrase: Argon2 parameters outside the limits");
    KeyFile next = m_keyFile;
    next.setPassphraseSlot(KeyVault::seal(KeySlot::Type::Passphrase, newPassphrase, m_dataKey, params));
    next.save(m_paths.keyFile());
    m_keyFile = std::move(next);  // only once the file on disk says the same
    retireOldKeyFiles();
}

void UnlockedProfile::retireOldKeyFiles() { m_backupsNotUpdated = Backups(m_paths).retireOldKeyFiles(m_dataKey); }

void UnlockedProfile::checkPassphrase(const SecureBuffer& passphrase) const {
    KeyVault::open(m_keyFile.passphraseSlot(), passphrase);
}

SecureBuffer UnlockedProfile::replaceRecoveryCode() {
    const RecoveryCode code = RecoveryCode::generate();
    KeyFile next = m_keyFile;
    next.setRecoverySlot(KeyVault::seal(KeySlot::Type::Recovery, code.canonical(), m_dataKey,
                                        Argon2Params::forRecoveryCode(m_keyFile.passphraseSlot().params)));
    next.save(m_paths.keyFile());
    m_keyFile = std::move(next);
    retireOldKeyFiles();
    return code.formatted();
}

}  // namespace mooring
