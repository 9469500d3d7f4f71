#include "domain/Error.h"
#include "storage/BackupRotation.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/Migrations.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include "support/DatabaseFiles.h"
#include "support/JournalSamples.h"
#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <atomic>
#include <functional>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

SecureBuffer secret(std::string_view s) { return SecureBuffer::fromUtf8(s); }
const Argon2Params kFast = Argon2Params::forTests();
const QString kMarker = u"Ferngully marker 7Q"_s;

std::unique_ptr<UnlockedProfile> makeProfile(const TempProfile& temp) {
    return UnlockedProfile::create(temp.paths(), secret("harbour lights"), kFast).profile;
}

void addEntry(Database& db, const QString& situation) {
    JournalStore(db).add(quickEntry(QDateTime(QDate(2026, 11, 20), QTime(9, 30)), 4, situation));
}

// Every row of every table (the schema too), as text: "the same data" is an equal dump.
QStringList dump(Database& db) {
    QStringList rows;
    QStringList tables;
    Statement list(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.step()) {
        tables << list.text(0);
        rows << list.text(1);
    }
    for (const QString& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY rowid";
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            continue;  // a virtual table without rowid order; its shadow tables are dumped
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row{table};
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
            rows << row.join(u'|');
        }
        sqlite3_finalize(stmt);
    }
    return rows;
}

Database openBackup(const Backups& backups, const QString& name, const SecureBuffer& key) {
    return Database::open(QDir(backups.folderOf(name)).filePath(u"mooring.db"_s), key.bytes(),
                          Database::Mode::OpenExisting);
}

SecureBuffer copyOf(const SecureBuffer& key) { return SecureBuffer::fromBytes(key.bytes()); }

// The key as the window has it: the profile's own key file opened with it a moment ago.
Backups::RestoreKey ownKey(const SecureBuffer& key) { return {copyOf(key), false}; }

Error::Kind errorKind(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::InvalidInput;
}

int entryCount(const ProfilePaths& paths, std::string_view passphrase) {
    auto profile = UnlockedProfile::unlock(paths, secret(passphrase));
    return JournalStore(profile->database()).count();
}

constexpr auto kOwnerAll = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

}  // namespace

TEST_CASE("A backup opens with the data key and holds what the profile holds", "[backups]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    addEntry(profile->database(), kMarker);
    Backups backups(temp.paths());
    const BackupInfo made = backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);

    CHECK(made.kind == BackupKind::Manual);
    CHECK(made.name.endsWith(u"-manual"_s));
    CHECK(made.bytes > 0);
    const QString folder = backups.folderOf(made.name);
    CHECK(QFileInfo(folder).isDir());
    CHECK((QFile::permissions(folder) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    for (const QString& file : {u"mooring.db"_s, u"mooring.keys"_s})
        CHECK((QFile::permissions(QDir(folder).filePath(file)) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    CHECK(fileBytes(QDir(folder).filePath(u"mooring.keys"_s)) == fileBytes(temp.paths().keyFile()));

    Database copy = openBackup(backups, made.name, profile->dataKey());
    CHECK(copy.integrityOk());
    const QStringList rows = dump(copy);
    CHECK(rows == dump(profile->database()));
    CHECK(rows.join(u'\n').contains(kMarker));  // the dump can see the marker when it is there

    const auto listed = backups.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].name == made.name);
    CHECK(listed[0].bytes == made.bytes);
    REQUIRE(backups.find(made.name));
    CHECK_FALSE(backups.find(u"2020-01-01T000000-manual"_s));
}

TEST_CASE("A backup is never plain text", "[backups]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    addEntry(profile->database(), kMarker);
    Backups backups(temp.paths());
    const BackupInfo made = backups.make(profile->database(), profile->dataKey(), BackupKind::Daily);

    const QByteArray bytes = databaseBytes(QDir(backups.folderOf(made.name)).filePath(u"mooring.db"_s));
    REQUIRE(bytes.size() > 4096);
    CHECK_FALSE(bytes.contains(kMarker.toUtf8()));
    const QByteArray utf16(reinterpret_cast<const char*>(kMarker.utf16()), kMarker.size() * 2);
    CHECK_FALSE(bytes.contains(utf16));
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    // Opening it with another key fails: the copy is keyed, not plain.
    const SecureBuffer other = SecureBuffer::random(32);
    CHECK_THROWS_AS(openBackup(backups, made.name, other), Error);
}

TEST_CASE("Rotation keeps 7 daily and 4 weekly backups over 60 days", "[backups][rotation]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    QDateTime clock(QDate(2026, 9, 1), QTime(8, 15));
    Backups backups(temp.paths(), [&clock] { return clock; });
    int made = 0;
    for (int day = 0; day < 60; ++day) {
        clock = QDateTime(QDate(2026, 9, 1).addDays(day), QTime(8, 15));
        if (backups.makeDailyIfDue(profile->database(), profile->dataKey())) ++made;
        clock = clock.addSecs(4 * 3600);  // a second unlock the same day makes none
        CHECK_FALSE(backups.dailyDue());
        CHECK_FALSE(backups.makeDailyIfDue(profile->database(), profile->dataKey()));
    }
    CHECK(made == 60);

    const auto kept = backups.list();
    REQUIRE(kept.size() == 11);
    const QDate last = QDate(2026, 9, 1).addDays(59);
    for (int i = 0; i < 7; ++i) CHECK(kept[i].madeAt.date() == last.addDays(-i));
    QSet<int> weeks;
    for (std::size_t i = 7; i < kept.size(); ++i) {
        const QDate date = kept[i].madeAt.date();
        CHECK(kept[i].kind == BackupKind::Daily);
        // Each is the last backup of its ISO week (the next day is a Monday, or is kept)...
        CHECK((date.dayOfWeek() == 7 || date.addDays(1) == kept[i - 1].madeAt.date()));
        weeks.insert(date.weekNumber());
    }
    CHECK(weeks.size() == 4);  // ...and the four are four different weeks
    CHECK(QDir(temp.paths().backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size() == 11);
}

TEST_CASE("Rotation keeps the newest 5 'before' and 5 manual backups and leaves other folders alone",
          "[backups][rotation]") {
    std::vector<BackupName> names;
    const QDateTime start(QDate(2026, 3, 2), QTime(10, 0));
    for (int i = 0; i < 8; ++i) names.push_back({start.addSecs(i * 60), BackupKind::BeforeRisky, u"import"_s, 1});
    for (int i = 0; i < 6; ++i) names.push_back({start.addSecs(i * 60), BackupKind::Manual, {}, 1});
    names.push_back({start, BackupKind::Daily, {}, 1});
    const auto doomed = BackupRotation::toDelete(names);
    REQUIRE(doomed.size() == 4);  // 3 "before" and 1 manual, the oldest of each
    for (const BackupName& name : doomed) CHECK(name.madeAt <= start.addSecs(2 * 60));

    TempProfile temp;
    auto profile = makeProfile(temp);
    QDir().mkpath(QDir(temp.paths().backups()).filePath(u"my own copy"_s));
    QDateTime clock(QDate(2026, 3, 2), QTime(10, 0));
    Backups backups(temp.paths(), [&clock] { return clock; });
    for (const QString& reason : {u"import"_s, u"restore"_s, u"migration"_s, u"import"_s, u"import"_s, u"import"_s}) {
        backups.make(profile->database(), profile->dataKey(), BackupKind::BeforeRisky, reason);
    }
    // The same second six times: the names count on instead of clashing.
    const auto kept = backups.list();
    REQUIRE(kept.size() == 5);
    CHECK(kept[0].name == u"2026-03-02T100000-before-import-6"_s);
    CHECK(kept[3].name == u"2026-03-02T100000-before-migration-3"_s);
    CHECK(kept[4].reason == u"restore"_s);
    CHECK(QFileInfo(QDir(temp.paths().backups()).filePath(u"my own copy"_s)).isDir());
}

TEST_CASE("Backup names say when and why, and nothing else parses as one", "[backups]") {
    const BackupName name{QDateTime(QDate(2026, 11, 23), QTime(8, 15, 30)), BackupKind::BeforeRisky, u"import"_s, 1};
    CHECK(name.toString() == u"2026-11-23T081530-before-import"_s);
    const auto parsed = BackupName::parse(name.toString());
    REQUIRE(parsed);
    CHECK(parsed->madeAt == name.madeAt);
    CHECK(parsed->reason == u"import"_s);
    CHECK(BackupName::parse(u"2026-11-23T081530-daily-3"_s)->sequence == 3);
    for (const QString& other :
         {u"2026-11-23T081530-weekly"_s, u".incomplete-2026-11-23T081530-daily"_s, u"2026-13-23T081530-daily"_s,
          u"2026-11-23T081530-before-"_s, u"notes"_s, u"2026-11-23T081530-daily-1"_s, u"../2026-11-23T081530-daily"_s})
        CHECK_FALSE(BackupName::parse(other));
}

TEST_CASE("A damaged backup is found by check() and restore() refuses it, changing nothing", "[backups][restore]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    addEntry(profile->database(), u"first"_s);
    Backups backups(temp.paths());
    const BackupInfo made = backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
    const SecureBuffer key = copyOf(profile->dataKey());
    profile.reset();
    CHECK_NOTHROW(backups.check(made.name, key));

    const QString file = QDir(backups.folderOf(made.name)).filePath(u"mooring.db"_s);
    REQUIRE(flipDatabaseBytes(file, 3000, 16));
    CHECK(errorKind([&] { backups.check(made.name, key); }) == Error::Kind::Damaged);

    const auto before = folderSnapshot(temp.dir());
    const ProfileLock lock(temp.paths());
    CHECK(errorKind([&] { backups.restore(made.name, ownKey(key)); }) == Error::Kind::Damaged);
    auto after = folderSnapshot(temp.dir());
    after.remove(u"mooring.lock"_s);
    auto expected = before;
    expected.remove(u"mooring.lock"_s);
    CHECK(after == expected);

    CHECK(errorKind([&] { backups.restore(u"2020-01-01T000000-manual"_s, ownKey(key)); }) == Error::Kind::InvalidInput);
    CHECK(errorKind([&] { backups.check(u"nonsense"_s, key); }) == Error::Kind::InvalidInput);
}

TEST_CASE("restore() keeps the current state first, then brings the backup back", "[backups][restore]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    addEntry(profile->database(), u"before the backup"_s);
    QDateTime clock(QDate(2026, 11, 20), QTime(9, 0));
    Backups backups(temp.paths(), [&clock] { return clock; });
    const BackupInfo made = backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
    addEntry(profile->database(), u"after the backup"_s);
    profile->changePassphrase(secret("a newer passphrase"), kFast);
    const SecureBuffer key = copyOf(profile->dataKey());
    profile.reset();

    // Today's passphrase opens the profile's own key file; the old one opens nothing any
    // more, not even the backup's key file (the change retired it there too).
    const Backups::RestoreKey today = backups.keyForRestore(made.name, secret("a newer passphrase"));
    CHECK(today.dataKey.equals(key));
    CHECK_FALSE(today.fromBackup);
    CHECK(errorKind([&] { backups.keyForRestore(made.name, secret("harbour lights")); }) == Error::Kind::WrongSecret);
    CHECK(errorKind([&] { backups.keyForRestore(made.name, secret("wrong")); }) == Error::Kind::WrongSecret);

    clock = clock.addSecs(3600);
    const ProfileLock lock(temp.paths());
    SECTION("with today's passphrase, today's key file stays and still opens it") {
        const QString saved = backups.restore(made.name, today);
        CHECK(saved == u"2026-11-20T100000-before-restore"_s);
        CHECK(entryCount(temp.paths(), "a newer passphrase") == 1);
        CHECK(errorKind([&] { UnlockedProfile::unlock(temp.paths(), secret("harbour lights")); }) ==
              Error::Kind::WrongSecret);
        Database before = openBackup(backups, saved, key);
        CHECK(JournalStore(before).count() == 2);
        CHECK(backups.list().size() == 2);
    }
    SECTION("with today's key file missing, the backup's comes back with its database") {
        REQUIRE(QFile::remove(temp.paths().keyFile()));
        const Backups::RestoreKey fromBackup = backups.keyForRestore(made.name, secret("a newer passphrase"));
        CHECK(fromBackup.fromBackup);
        CHECK(backups.restore(made.name, fromBackup).startsWith(u"damaged-"_s));  // kept aside, not a backup
        CHECK(entryCount(temp.paths(), "a newer passphrase") == 1);
        CHECK(backups.list().size() == 1);
    }
    CHECK(QDir(temp.dir()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{u"mooring.db"_s, u"mooring.keys"_s, u"mooring.lock"_s});
}

TEST_CASE("restore() works when the current database is damaged, keeping its bytes", "[backups][restore]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    addEntry(profile->database(), u"kept safe"_s);
    QDateTime clock(QDate(2026, 11, 20), QTime(9, 0));
    Backups backups(temp.paths(), [&clock] { return clock; });
    const BackupInfo made = backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
    const SecureBuffer key = copyOf(profile->dataKey());
    profile.reset();
    REQUIRE(flipDatabaseBytes(temp.paths().database(), 2000, 64));
    const QByteArray damaged = databaseBytes(temp.paths().database());

    clock = clock.addSecs(60);
    const QString saved = backups.restore(made.name, ownKey(key));
    // Kept as it was, under a name that is not a backup's: never restored by mistake, never rotated.
    CHECK(saved == u"damaged-2026-11-20T090100"_s);
    CHECK(databaseBytes(QDir(backups.folderOf(saved)).filePath(u"mooring.db"_s)) == damaged);
    CHECK(entryCount(temp.paths(), "harbour lights") == 1);
    CHECK(backups.list().size() == 1);
}

TEST_CASE("A read-only backups folder or a full disk is CannotWrite and leaves the profile as it was",
          "[backups][fault]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    addEntry(profile->database(), kMarker);
    Backups backups(temp.paths());
    REQUIRE(QDir().mkpath(temp.paths().backups()));
    const auto before = folderSnapshot(temp.dir());

    SECTION("read-only folder") {
        REQUIRE(QFile::setPermissions(QFileInfo(temp.dir()).path(), kOwnerAll | QFile::ReadOther | QFile::ExeOther));
        REQUIRE(QFile::setPermissions(temp.dir(), kOwnerAll | QFile::ReadOther | QFile::ExeOther));
        REQUIRE(QFile::setPermissions(temp.paths().backups(),
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const ChildOutcome outcome = runInChild({.dropRootPrivileges = true, .maxFileSize = std::nullopt}, [&] {
            backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
        });
        REQUIRE(QFile::setPermissions(temp.paths().backups(), kOwnerAll));
        INFO(outcome.message.toStdString());
        REQUIRE(outcome.errorKind);
        CHECK(*outcome.errorKind == Error::Kind::CannotWrite);
        CHECK(outcome.message.contains(u"backup"_s));
    }
    SECTION("disk full") {
        const ChildOutcome outcome = runInChild({.dropRootPrivileges = false, .maxFileSize = 8192}, [&] {
            backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
        });
        INFO(outcome.message.toStdString());
        REQUIRE(outcome.errorKind);
        CHECK(*outcome.errorKind == Error::Kind::CannotWrite);
    }
    CHECK(folderSnapshot(temp.dir()) == before);
    CHECK(backups.list().empty());
    CHECK(JournalStore(profile->database()).count() == 1);
}

TEST_CASE("Opening a profile of an older schema makes a before-migration backup first", "[backups][migration]") {
    TempProfile temp;
    SecureBuffer key = copyOf(makeProfile(temp)->dataKey());
    // The same profile, its database remade at schema 4 (what an older Mooring left).
    REQUIRE(QFile::remove(temp.paths().database()));
    {
        Database db = Database::open(temp.paths().database(), key.bytes(), Database::Mode::Create);
        Migrations::migrateTo(db, 4);
        db.exec("CREATE TABLE marker(text TEXT); INSERT INTO marker VALUES ('from schema 4');");
    }

    SECTION("the migration goes through") {
        auto profile = UnlockedProfile::unlock(temp.paths(), secret("harbour lights"));
        CHECK(profile->database().userVersion() == Migrations::latestVersion());
        Backups backups(temp.paths());
        const auto list = backups.list();
        REQUIRE(list.size() == 1);
        CHECK(list[0].kind == BackupKind::BeforeRisky);
        CHECK(list[0].reason == u"migration"_s);
        Database saved = openBackup(backups, list[0].name, key);
        CHECK(saved.userVersion() == 4);
        profile.reset();
        // Opening again migrates nothing and so backs up nothing.
        UnlockedProfile::unlock(temp.paths(), secret("harbour lights"));
        CHECK(backups.list().size() == 1);
    }
    SECTION("a failing step puts the database back as it was") {
        {
            Database db = Database::open(temp.paths().database(), key.bytes(), Database::Mode::OpenExisting);
            db.exec("CREATE TABLE week_reflections(x)");  // step 5 then cannot make its table
        }
        CHECK_THROWS_AS(UnlockedProfile::unlock(temp.paths(), secret("harbour lights")), Error);
        Database db = Database::open(temp.paths().database(), key.bytes(), Database::Mode::OpenExisting);
        CHECK(db.userVersion() == 4);
        CHECK(db.integrityOk());
        Statement marker(db, "SELECT text FROM marker");
        REQUIRE(marker.step());
        CHECK(marker.text(0) == u"from schema 4"_s);
        CHECK(Backups(temp.paths()).list().size() == 1);
    }
}

TEST_CASE("The day's backup stops when asked and leaves nothing behind", "[backups]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    Backups backups(temp.paths());
    const std::atomic<bool> stop{true};  // the person locked as the backup began
    try {
        backups.makeDailyIfDue(profile->database(), profile->dataKey(), &stop);
        FAIL("the backup was not stopped");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Busy);
    }
    CHECK(backups.list().empty());
    CHECK(QDir(temp.paths().backups()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(backups.dailyDue());  // made at the next unlock

    const std::atomic<bool> goOn{false};
    REQUIRE(backups.makeDailyIfDue(profile->database(), profile->dataKey(), &goOn).has_value());
    CHECK(backups.list().size() == 1);
}
