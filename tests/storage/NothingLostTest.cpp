// Storage-level halves of "nothing lost": passphrases in any Unicode form, checking a
// profile without writing to it, and settings that land with their transaction.
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/Migrations.h"
#include "storage/ProfileLeftovers.h"
#include "storage/ProfileLock.h"
#include "storage/ProfileSettings.h"
#include "storage/SettingsCheckpoint.h"
#include "storage/Sodium.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const Argon2Params kFast = Argon2Params::forTests();

SecureBuffer secret(std::string_view s) { return SecureBuffer::fromUtf8(s); }

// "Brücke am Fluss": ü as one code point (NFC) and as u + combining diaeresis (NFD).
const QString kComposed = u"Br\u00fccke am Fluss"_s;
const QString kDecomposed = u"Bru\u0308cke am Fluss"_s;

// A passphrase slot sealed the way Mooring did before passphrases were normalised: with
// the bytes as typed. Built here from libsodium directly, as an old key file would be.
KeySlot sealedAsTyped(const SecureBuffer& typed, const SecureBuffer& dataKey) {
    KeySlot slot = KeyVault::seal(KeySlot::Type::Passphrase, secret("placeholder"), dataKey, kFast);
    SecureBuffer wrapping(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    REQUIRE(crypto_pwhash(wrapping.uchars(), wrapping.size(), reinterpret_cast<const char*>(typed.uchars()),
                          typed.size(), slot.salt.data(), slot.params.opsLimit, slot.params.memLimitBytes,
                          crypto_pwhash_ALG_ARGON2ID13) == 0);
    const QByteArray ad = KeyFile::associatedData(slot);
    unsigned long long size = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(slot.sealedKey.data(), &size, dataKey.uchars(), dataKey.size(),
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, slot.nonce.data(),
                                               wrapping.uchars());
    return slot;
}

}  // namespace

TEST_CASE("A passphrase opens the profile whichever Unicode form it is typed in", "[vault][nfc]") {
    TempProfile temp;
    UnlockedProfile::create(temp.paths(), SecureBuffer::fromUtf8(kComposed), kFast);
    CHECK_NOTHROW(UnlockedProfile::unlock(temp.paths(), SecureBuffer::fromUtf8(kDecomposed)));
    CHECK_NOTHROW(UnlockedProfile::unlock(temp.paths(), SecureBuffer::fromUtf8(kComposed)));
    CHECK_THROWS_AS(UnlockedProfile::unlock(temp.paths(), SecureBuffer::fromUtf8(u"Brucke am Fluss"_s)), Error);
}

TEST_CASE("A key file sealed with the passphrase as typed still opens, and is sealed again in NFC", "[vault][nfc]") {
    TempProfile temp;
    SecureBuffer dataKey;
    {
        auto created = UnlockedProfile::create(temp.paths(), SecureBuffer::fromUtf8(kComposed), kFast);
        dataKey = SecureBuffer::fromBytes(created.profile->dataKey().bytes());
    }
    KeyFile old = KeyFile::load(temp.paths().keyFile());
    old.setPassphraseSlot(sealedAsTyped(SecureBuffer::fromUtf8(kDecomposed), dataKey));
    old.save(temp.paths().keyFile());
    const QByteArray before = fileBytes(temp.paths().keyFile());
    // Before the upgrade: the NFC form would not open that slot.
    bool asTyped = false;
    CHECK(KeyVault::open(old.passphraseSlot(), SecureBuffer::fromUtf8(kDecomposed), &asTyped).equals(dataKey));
    CHECK(asTyped);

    // Checking never writes; unlocking for real seals the slot again, in NFC.
    UnlockedProfile::unlockToCheck(temp.paths(), SecureBuffer::fromUtf8(kDecomposed));
    CHECK(fileBytes(temp.paths().keyFile()) == before);
    UnlockedProfile::unlock(temp.paths(), SecureBuffer::fromUtf8(kDecomposed));
    CHECK(fileBytes(temp.paths().keyFile()) != before);
    CHECK_NOTHROW(UnlockedProfile::unlock(temp.paths(), SecureBuffer::fromUtf8(kComposed)));
    KeyVault::open(KeyFile::load(temp.paths().keyFile()).passphraseSlot(), SecureBuffer::fromUtf8(kComposed), &asTyped);
    CHECK_FALSE(asTyped);
}

TEST_CASE("Checking a profile of an older schema changes no byte of it", "[vault][verify]") {
    TempProfile temp;
    SecureBuffer key;
    {
        auto created = UnlockedProfile::create(temp.paths(), secret("river stones at dawn"), kFast);
        key = SecureBuffer::fromBytes(created.profile->dataKey().bytes());
    }
    REQUIRE(QFile::remove(temp.paths().database()));
    {
        Database db = Database::open(temp.paths().database(), key.bytes(), Database::Mode::Create);
        Migrations::migrateTo(db, 4);
    }
    const auto before = folderSnapshot(temp.dir());
    {
        auto checked = UnlockedProfile::unlockToCheck(temp.paths(), secret("river stones at dawn"));
        CHECK(checked->database().userVersion() == 4);
        CHECK(checked->database().integrityOk());
        CHECK_THROWS_AS(checked->database().exec("CREATE TABLE nothing(x)"), Error);  // read-only
    }
    CHECK(folderSnapshot(temp.dir()) == before);
}

TEST_CASE("An empty database file is damaged, never a new profile", "[vault][verify]") {
    TempProfile temp;
    UnlockedProfile::create(temp.paths(), secret("river stones at dawn"), kFast);
    REQUIRE(QFile::resize(temp.paths().database(), 0));
    try {
        UnlockedProfile::unlock(temp.paths(), secret("river stones at dawn"));
        FAIL("an empty database opened");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Damaged);
        CHECK(e.message().contains(u"backup"_s));
    }
    CHECK(fileBytes(temp.paths().database()).isEmpty());
}

TEST_CASE("Settings changed with a transaction go back unless it commits", "[settings][checkpoint]") {
    TempProfile temp;
    {
        ProfileSettings settings(temp.paths());
        settings.setRegion(u"UK"_s);
        settings.save();
    }
    const QByteArray before = fileBytes(temp.paths().settings());
    const QString note = temp.paths().settings() + u".before-import"_s;

    SECTION("an error before the commit puts them back") {
        ProfileSettings settings(temp.paths());
        {
            SettingsCheckpoint checkpoint(settings);
            settings.setRegion(u"IE"_s);
            settings.save();
            CHECK(fileBytes(temp.paths().settings()) != before);
        }
        CHECK(fileBytes(temp.paths().settings()) == before);
        CHECK(settings.region() == u"UK"_s);
        CHECK_FALSE(QFile::exists(note));
    }
    SECTION("a commit keeps them") {
        ProfileSettings settings(temp.paths());
        {
            SettingsCheckpoint checkpoint(settings);
            settings.setRegion(u"IE"_s);
            settings.save();
            checkpoint.commit();
        }
        CHECK(ProfileSettings(temp.paths()).region() == u"IE"_s);
        CHECK_FALSE(QFile::exists(note));
    }
    SECTION("a program stopped with its transaction open: the next open puts them back") {
        QFile note_(note);
        REQUIRE(note_.open(QIODevice::WriteOnly));
        note_.write(before);
        note_.close();
        QFile journal(temp.paths().database() + u"-journal"_s);
        REQUIRE(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, 'j'));  // a hot journal: the transaction never committed
        journal.close();
        {
            QSettings raw(temp.paths().settings(), QSettings::IniFormat);
            raw.setValue(u"region"_s, u"IE"_s);
        }
        ProfileLeftovers::tidy(temp.paths());
        CHECK(fileBytes(temp.paths().settings()) == before);
        CHECK_FALSE(QFile::exists(note));
    }
    SECTION("a program stopped after its transaction committed: the next open keeps them") {
        QFile note_(note);
        REQUIRE(note_.open(QIODevice::WriteOnly));
        note_.write(before);
        note_.close();
        {
            QSettings raw(temp.paths().settings(), QSettings::IniFormat);
            raw.setValue(u"region"_s, u"IE"_s);
        }
        ProfileLeftovers::tidy(temp.paths());
        CHECK(ProfileSettings(temp.paths()).region() == u"IE"_s);
        CHECK_FALSE(QFile::exists(note));
    }
}
