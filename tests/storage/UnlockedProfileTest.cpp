#include "domain/Error.h"
#include "storage/KeyFile.h"
#include "storage/Migrations.h"
#include "storage/RecoveryCode.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

using mooring::Argon2Params;
using mooring::Database;
using mooring::Error;
using mooring::KeyFile;
using mooring::Migrations;
using mooring::ProfilePaths;
using mooring::RecoveryCode;
using mooring::SecureBuffer;
using mooring::Statement;
using mooring::UnlockedProfile;
using namespace mooring::test;

namespace {

SecureBuffer secret(std::string_view s) { return SecureBuffer::fromUtf8(s); }
const Argon2Params kFast = Argon2Params::forTests();

struct Made {
    TempProfile profile;
    std::string recoveryCode;
    Made() {
        UnlockedProfile::Created created =
            UnlockedProfile::create(profile.paths(), secret("river stones at dawn"), kFast);
        recoveryCode = std::string(created.recoveryCode.view());
    }
    const ProfilePaths& paths() const { return profile.paths(); }
};

// The kind of the Error `action` throws; fails the test if it throws nothing.
Error::Kind errorKind(const std::function<void()>& action, QString* message = nullptr) {
    try {
        action();
    } catch (const Error& e) {
        if (message) *message = e.message();
        return e.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::InvalidInput;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

std::string lowerSpacedDashed(const std::string& code) {
    std::string out;
    for (char c : code) {
        if (c == '-') {
            out += " - ";
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

TEST_CASE("A new profile unlocks with its passphrase", "[vault][profile]") {
    Made made;
    CHECK(UnlockedProfile::probe(made.paths()) == UnlockedProfile::State::Ready);
    CHECK(QFileInfo::exists(made.paths().database()));
    CHECK(QFileInfo::exists(made.paths().keyFile()));
    CHECK(fileBytes(made.paths().keyFile()).size() == KeyFile::kFileSize);
    CHECK(made.recoveryCode.size() == 34);  // 7 groups of 4 and 6 dashes

    auto unlocked = UnlockedProfile::unlock(made.paths(), secret("river stones at dawn"));
    REQUIRE(unlocked);
    CHECK(unlocked->database().userVersion() == Migrations::latestVersion());
    CHECK(unlocked->dataKey().size() == 32);
    CHECK(unlocked->paths().dir() == made.paths().dir());
}

TEST_CASE("create() leaves an open, migrated profile whose data survives a lock", "[vault][profile]") {
    TempProfile profile;
    CHECK(UnlockedProfile::probe(profile.paths()) == UnlockedProfile::State::Missing);
    {
        UnlockedProfile::Created created = UnlockedProfile::create(profile.paths(), secret("pass"), kFast);
        REQUIRE(created.profile);
        CHECK(created.profile->database().userVersion() == Migrations::latestVersion());
        created.profile->database().exec("CREATE TABLE probe_note(text TEXT); INSERT INTO probe_note VALUES('hi');");
    }
    auto unlocked = UnlockedProfile::unlock(profile.paths(), secret("pass"));
    Statement query(unlocked->database(), "SELECT text FROM probe_note");
    REQUIRE(query.step());
    CHECK(query.text(0) == QStringLiteral("hi"));
}

TEST_CASE("The profile folder is 0700 and its files 0600", "[vault][profile]") {
    Made made;
    const auto ownerOnlyDir =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    const auto ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    CHECK(QFile::permissions(made.paths().dir()) == ownerOnlyDir);
    CHECK(QFile::permissions(made.paths().keyFile()) == ownerOnlyFile);
    CHECK(QFile::permissions(made.paths().database()) == ownerOnlyFile);
}

TEST_CASE("A wrong passphrase is WrongSecret and changes no byte", "[vault][profile]") {
    Made made;
    const auto before = folderSnapshot(made.paths().dir());
    QString message;
    CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dusk")); }, &message) ==
          Error::Kind::WrongSecret);
    CHECK(message.contains(QStringLiteral("Caps Lock")));
    CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("")); }) == Error::Kind::WrongSecret);
    CHECK(folderSnapshot(made.paths().dir()) == before);
}

TEST_CASE("The recovery code unlocks however it is typed", "[vault][profile]") {
    Made made;
    auto unlocked = UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(lowerSpacedDashed(made.recoveryCode)));
    REQUIRE(unlocked);
    CHECK(unlocked->database().userVersion() == Migrations::latestVersion());
}

TEST_CASE("A wrong recovery code does not unlock and changes no byte", "[vault][profile]") {
    Made made;
    const auto before = folderSnapshot(made.paths().dir());
    const SecureBuffer otherCode = RecoveryCode::generate().formatted();
    CHECK(errorKind([&] { UnlockedProfile::unlockWithRecoveryCode(made.paths(), otherCode); }) ==
          Error::Kind::WrongSecret);
    // A slip the check characters catch, and a code of the wrong length.
    std::string slip = made.recoveryCode;
    slip[0] = slip[0] == 'A' ? 'B' : 'A';
    const Error::Kind slipKind =
        errorKind([&] { UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(slip)); });
    CHECK((slipKind == Error::Kind::InvalidInput || slipKind == Error::Kind::WrongSecret));
    CHECK(errorKind([&] {
              UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(made.recoveryCode.substr(0, 20)));
          }) == Error::Kind::InvalidInput);
    // The passphrase is not a recovery code.
    CHECK(errorKind([&] { UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret("river stones at dawn")); }) ==
          Error::Kind::InvalidInput);
    CHECK(folderSnapshot(made.paths().dir()) == before);
}

TEST_CASE("Changing the passphrase rewrites only the key file", "[vault][profile]") {
    Made made;
    const QByteArray databaseBefore = fileBytes(made.paths().database());
    const QByteArray keysBefore = fileBytes(made.paths().keyFile());
    {
        auto unlocked = UnlockedProfile::unlock(made.paths(), secret("river stones at dawn"));
        // Unlocking itself must not write to the database either.
        REQUIRE(fileBytes(made.paths().database()) == databaseBefore);
        unlocked->changePassphrase(secret("a quiet harbour"), kFast);
        CHECK(fileBytes(made.paths().database()) == databaseBefore);
        unlocked->checkPassphrase(secret("a quiet harbour"));
        CHECK(errorKind([&] { unlocked->checkPassphrase(secret("river stones at dawn")); }) ==
              Error::Kind::WrongSecret);
    }
    CHECK(fileBytes(made.paths().database()) == databaseBefore);
    const QByteArray keysAfter = fileBytes(made.paths().keyFile());
    CHECK(keysAfter != keysBefore);
    // The recovery slot is carried over byte for byte.
    const int recoverySlot = KeyFile::kHeaderSize + KeyFile::kSlotSize;
    CHECK(keysAfter.mid(recoverySlot, KeyFile::kSlotSize) == keysBefore.mid(recoverySlot, KeyFile::kSlotSize));
    CHECK(QFile::permissions(made.paths().keyFile()) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")); }) ==
          Error::Kind::WrongSecret);
    CHECK(UnlockedProfile::unlock(made.paths(), secret("a quiet harbour")));
    CHECK(UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(made.recoveryCode)));
    CHECK(fileBytes(made.paths().database()) == databaseBefore);
}

TEST_CASE("Resetting the passphrase with the recovery code", "[vault][profile]") {
    Made made;
    {
        auto unlocked = UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(made.recoveryCode));
        unlocked->changePassphrase(secret("new start"), kFast);
    }
    CHECK(UnlockedProfile::unlock(made.paths(), secret("new start")));
}

TEST_CASE("A replaced recovery code opens the profile and the old one no longer does", "[vault][profile]") {
    Made made;
    std::string newCode;
    {
        auto unlocked = UnlockedProfile::unlock(made.paths(), secret("river stones at dawn"));
        newCode = std::string(unlocked->replaceRecoveryCode().view());
    }
    CHECK(newCode != made.recoveryCode);
    CHECK(UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(newCode)));
    CHECK(errorKind([&] { UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(made.recoveryCode)); }) ==
          Error::Kind::WrongSecret);
    CHECK(UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")));
}

TEST_CASE("create() refuses an empty passphrase and an existing profile", "[vault][profile]") {
    TempProfile profile;
    CHECK(errorKind([&] { UnlockedProfile::create(profile.paths(), secret(""), kFast); }) == Error::Kind::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(profile.dir()));

    Made made;
    const auto before = folderSnapshot(made.paths().dir());
    CHECK(errorKind([&] { UnlockedProfile::create(made.paths(), secret("other"), kFast); }) ==
          Error::Kind::InvalidInput);
    QFile::remove(made.paths().keyFile());  // half a profile is still a profile
    CHECK(UnlockedProfile::probe(made.paths()) == UnlockedProfile::State::Ready);
    CHECK(errorKind([&] { UnlockedProfile::create(made.paths(), secret("other"), kFast); }) ==
          Error::Kind::InvalidInput);
    CHECK(fileBytes(made.paths().database()) == before.value(QStringLiteral("mooring.db")));
}

TEST_CASE("A missing key file or database is Damaged, naming the file", "[vault][profile]") {
    SECTION("key file missing") {
        Made made;
        REQUIRE(QFile::remove(made.paths().keyFile()));
        const auto before = folderSnapshot(made.paths().dir());
        QString message;
        CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")); }, &message) ==
              Error::Kind::Damaged);
        CHECK(message.contains(QStringLiteral("mooring.keys")));
        CHECK(folderSnapshot(made.paths().dir()) == before);
    }
    SECTION("database missing") {
        Made made;
        REQUIRE(QFile::remove(made.paths().database()));
        QString message;
        CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")); }, &message) ==
              Error::Kind::Damaged);
        CHECK(message.contains(QStringLiteral("mooring.db")));
        CHECK_FALSE(QFileInfo::exists(made.paths().database()));  // not recreated empty
        CHECK(errorKind([&] { UnlockedProfile::unlockWithRecoveryCode(made.paths(), secret(made.recoveryCode)); },
                        &message) == Error::Kind::Damaged);
        CHECK(message.contains(QStringLiteral("mooring.db")));
    }
    SECTION("nothing there") {
        TempProfile empty;
        CHECK(errorKind([&] { UnlockedProfile::unlock(empty.paths(), secret("x")); }) == Error::Kind::Damaged);
    }
}

TEST_CASE("A truncated key file is Damaged", "[vault][profile]") {
    Made made;
    const QByteArray good = fileBytes(made.paths().keyFile());
    for (int length : {0, 1, 7, 8, 10, 11, 50, 112, 113, 200, 214, 215, 246}) {
        writeFile(made.paths().keyFile(), good.first(length));
        INFO("length " << length);
        QString message;
        CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")); }, &message) ==
              Error::Kind::Damaged);
        CHECK(message.contains(QStringLiteral("mooring.keys")));
    }
    writeFile(made.paths().keyFile(), good);
    CHECK(UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")));
}

TEST_CASE("One altered byte anywhere in the key file never unlocks", "[vault][profile]") {
    Made made;
    const QByteArray good = fileBytes(made.paths().keyFile());
    const QByteArray database = fileBytes(made.paths().database());
    const SecureBuffer pass = secret("river stones at dawn");
    const SecureBuffer code = secret(made.recoveryCode);
    int unlocked = 0;
    for (int offset = 0; offset < good.size(); ++offset) {
        QByteArray bad = good;
        bad[offset] = static_cast<char>(bad[offset] ^ 0x5a);
        writeFile(made.paths().keyFile(), bad);
        INFO("offset " << offset);
        for (const SecureBuffer* secretUsed : {&pass, &code}) {
            try {
                if (secretUsed == &pass)
                    UnlockedProfile::unlock(made.paths(), pass);
                else
                    UnlockedProfile::unlockWithRecoveryCode(made.paths(), code);
                ++unlocked;
            } catch (const Error& e) {
                // The checksum catches an accidental change: it reads as damage, not as a wrong secret.
                CHECK(e.kind() == Error::Kind::Damaged);
            }
        }
    }
    CHECK(unlocked == 0);
    CHECK(fileBytes(made.paths().database()) == database);
}

TEST_CASE("A deliberate change with a recomputed checksum still never unlocks", "[vault][profile]") {
    Made made;
    const QByteArray good = fileBytes(made.paths().keyFile());
    const SecureBuffer pass = secret("river stones at dawn");
    const SecureBuffer code = secret(made.recoveryCode);
    const int passSlot = KeyFile::kHeaderSize;
    const int recoverySlot = passSlot + KeyFile::kSlotSize;
    int unlocked = 0;
    // Header and passphrase slot against the passphrase; header and recovery slot against the code.
    for (int offset = 0; offset < recoverySlot + KeyFile::kSlotSize; ++offset) {
        const bool header = offset < passSlot;
        const bool inPassSlot = offset >= passSlot && offset < recoverySlot;
        QByteArray bad = good;
        bad[offset] = static_cast<char>(bad[offset] ^ 0x01);
        writeFile(made.paths().keyFile(), withFreshChecksum(bad));
        INFO("offset " << offset);
        try {
            if (header || inPassSlot)
                UnlockedProfile::unlock(made.paths(), pass);
            else
                UnlockedProfile::unlockWithRecoveryCode(made.paths(), code);
            ++unlocked;
        } catch (const Error& e) {
            CHECK((e.kind() == Error::Kind::WrongSecret || e.kind() == Error::Kind::Damaged ||
                   e.kind() == Error::Kind::NewerVersion));
        }
    }
    CHECK(unlocked == 0);
}

TEST_CASE("A damaged database is Damaged after the key file opened", "[vault][profile]") {
    Made made;
    QByteArray database = fileBytes(made.paths().database());
    REQUIRE(database.size() > 2048);
    SECTION("page 1 overwritten") {
        for (int i = 100; i < 600; ++i) database[i] = static_cast<char>(database[i] ^ 0xff);
        writeFile(made.paths().database(), database);
    }
    SECTION("truncated") { writeFile(made.paths().database(), database.first(100)); }
    SECTION("a database of another profile") {
        Made other;
        writeFile(made.paths().database(), fileBytes(other.paths().database()));
    }
    QString message;
    CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")); }, &message) ==
          Error::Kind::Damaged);
    CHECK_FALSE(message.contains(QStringLiteral("Caps Lock")));
}

TEST_CASE("A database from a newer Mooring is refused as NewerVersion", "[vault][profile]") {
    Made made;
    {
        auto unlocked = UnlockedProfile::unlock(made.paths(), secret("river stones at dawn"));
        unlocked->database().setUserVersion(Migrations::latestVersion() + 1);
    }
    CHECK(errorKind([&] { UnlockedProfile::unlock(made.paths(), secret("river stones at dawn")); }) ==
          Error::Kind::NewerVersion);
}

TEST_CASE("What is written through the database appears in no file of the profile", "[vault][profile]") {
    Made made;
    const QByteArray marker = "MOORING-PLAINTEXT-MARKER-7f3a9c";
    const auto noFileHoldsMarker = [&] {
        const auto files = folderSnapshot(made.paths().dir());
        REQUIRE_FALSE(files.isEmpty());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK_FALSE(it.value().contains(marker));
            CHECK_FALSE(it.value().contains(QByteArray::fromRawData(
                reinterpret_cast<const char*>(QString::fromLatin1(marker).utf16()), marker.size() * 2)));
        }
    };
    {
        auto unlocked = UnlockedProfile::unlock(made.paths(), secret("river stones at dawn"));
        unlocked->database().exec("CREATE TABLE marker_note(text TEXT)");
        Statement insert(unlocked->database(), "INSERT INTO marker_note VALUES(?)");
        for (int i = 0; i < 50; ++i) {
            insert.bind(1, QString::fromLatin1(marker));
            insert.run();
            insert.reset();
        }
        noFileHoldsMarker();  // while open
    }
    noFileHoldsMarker();  // and once locked
    auto unlocked = UnlockedProfile::unlock(made.paths(), secret("river stones at dawn"));
    Statement count(unlocked->database(), "SELECT count(*) FROM marker_note WHERE text = ?");
    count.bind(1, QString::fromLatin1(marker));
    REQUIRE(count.step());
    CHECK(count.integer(0) == 50);  // the marker really went in
}
