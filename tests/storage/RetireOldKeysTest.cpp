// A passphrase or recovery code that was replaced opens nothing kept in the profile any
// more: not the profile, not a backup, not an unfinished backup, not damaged files kept aside.
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/RecoveryCode.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const Argon2Params kFast = Argon2Params::forTests();
SecureBuffer secret(std::string_view s) { return SecureBuffer::fromUtf8(s); }

// Every key file under backups/ (whatever the folder), as an attacker would look for them.
QStringList keyFilesIn(const QString& backups) {
    QStringList found;
    const QDir dir(backups);
    for (const QString& folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString keys = dir.filePath(folder + u"/mooring.keys"_s);
        if (QFile::exists(keys)) found << keys;
    }
    return found;
}

bool opensWithPassphrase(const QString& keyFile, std::string_view passphrase) {
    try {
        KeyVault::open(KeyFile::load(keyFile).passphraseSlot(), secret(passphrase));
        return true;
    } catch (const Error&) {
        return false;
    }
}

bool opensWithCode(const QString& keyFile, const SecureBuffer& code) {
    try {
        KeyVault::open(KeyFile::load(keyFile).recoverySlot(), RecoveryCode::parse(code).canonical());
        return true;
    } catch (const Error&) {
        return false;
    }
}

void copyFolder(const QString& from, const QString& to) {
    REQUIRE(QDir().mkpath(to));
    for (const QString& name : QDir(from).entryList(QDir::Files))
        REQUIRE(QFile::copy(from + u'/' + name, to + u'/' + name));
}

}  // namespace

TEST_CASE("After a passphrase change, the old passphrase opens no key file kept in backups/", "[backups][retire]") {
    TempProfile temp;
    auto created = UnlockedProfile::create(temp.paths(), secret("the old one"), kFast);
    auto& profile = *created.profile;
    Backups backups(temp.paths());
    const BackupInfo daily = backups.make(profile.database(), profile.dataKey(), BackupKind::Daily);
    const BackupInfo manual = backups.make(profile.database(), profile.dataKey(), BackupKind::Manual);
    // What a stopped program and a repair leave: an unfinished backup and damaged files kept aside.
    copyFolder(backups.folderOf(manual.name), temp.paths().backups() + u"/.incomplete-2026-01-01T000000-daily"_s);
    copyFolder(backups.folderOf(manual.name), temp.paths().backups() + u"/damaged-2026-01-01T000000"_s);
    QFile::resize(temp.paths().backups() + u"/damaged-2026-01-01T000000/mooring.db"_s, 0);
    REQUIRE(keyFilesIn(temp.paths().backups()).size() == 4);
    for (const QString& keys : keyFilesIn(temp.paths().backups())) REQUIRE(opensWithPassphrase(keys, "the old one"));

    profile.changePassphrase(secret("the new one"), kFast);
    CHECK(profile.backupsNotUpdated().isEmpty());
    for (const QString& keys : keyFilesIn(temp.paths().backups())) {
        INFO(keys.toStdString());
        CHECK_FALSE(opensWithPassphrase(keys, "the old one"));
        CHECK(opensWithPassphrase(keys, "the new one"));
    }
    CHECK_FALSE(opensWithPassphrase(temp.paths().keyFile(), "the old one"));
    // The backups still open and restore with today's passphrase.
    CHECK_NOTHROW(backups.check(daily.name, profile.dataKey()));
}

TEST_CASE("After a new recovery code, the old code opens no key file kept in backups/", "[backups][retire]") {
    TempProfile temp;
    auto created = UnlockedProfile::create(temp.paths(), secret("the old one"), kFast);
    auto& profile = *created.profile;
    Backups backups(temp.paths());
    backups.make(profile.database(), profile.dataKey(), BackupKind::Manual);
    const SecureBuffer oldCode = SecureBuffer::fromBytes(created.recoveryCode.bytes());
    REQUIRE(opensWithCode(keyFilesIn(temp.paths().backups()).first(), oldCode));

    const SecureBuffer newCode = profile.replaceRecoveryCode();
    const QString keys = keyFilesIn(temp.paths().backups()).first();
    CHECK_FALSE(opensWithCode(keys, oldCode));
    CHECK(opensWithCode(keys, newCode));
}

TEST_CASE("A backup folder of another profile is left alone, and reported", "[backups][retire]") {
    TempProfile mine;
    TempProfile other;
    auto created = UnlockedProfile::create(mine.paths(), secret("mine"), kFast);
    {
        auto foreign = UnlockedProfile::create(other.paths(), secret("theirs"), kFast);
        Backups(other.paths()).make(foreign.profile->database(), foreign.profile->dataKey(), BackupKind::Manual);
    }
    const QString name = Backups(other.paths()).list().front().name;
    copyFolder(Backups(other.paths()).folderOf(name), mine.paths().backups() + u'/' + name);
    const QByteArray theirKeys = fileBytes(mine.paths().backups() + u'/' + name + u"/mooring.keys"_s);

    created.profile->changePassphrase(secret("mine, new"), kFast);
    CHECK(created.profile->backupsNotUpdated() == QStringList{name});
    CHECK(fileBytes(mine.paths().backups() + u'/' + name + u"/mooring.keys"_s) == theirKeys);
    const QString message = Backups::oldKeyFilesMessage(created.profile->backupsNotUpdated(), mine.paths().backups());
    CHECK(message.contains(name));
    CHECK(Backups::oldKeyFilesMessage({}, mine.paths().backups()).isEmpty());
}
