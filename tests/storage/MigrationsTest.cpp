#include "storage/Migrations.h"

#include "storage/Database.h"
#include "support/DatabaseFiles.h"
#include "support/RawKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;

namespace {

struct MigrationDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mooring.db"));
    Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
};

// The schema as SQLite stores it: what "the same tables" means, whatever path led there.
QStringList schemaOf(Database& db) {
    Statement query(db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    QStringList rows;
    while (query.step()) rows << query.text(0) + u'|' + query.text(1) + u'|' + query.text(2);
    return rows;
}

QSet<QString> tablesOf(Database& db) {
    Statement query(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    QSet<QString> names;
    while (query.step()) names.insert(query.text(0));
    return names;
}

QString profileInfo(Database& db, const QString& key) {
    Statement query(db, "SELECT value FROM profile_info WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}

// A step that records that it ran, for tests of the machinery itself.
Migration recordingStep(int version, QStringList& log) {
    return {version, "recording", [version, &log](Database& db) {
                db.exec("CREATE TABLE t" + std::to_string(version) + "(x)");
                log << QString::number(version);
            }};
}

}  // namespace

TEST_CASE("The step list is numbered 1, 2, 3, ... with a name for each", "[migrations]") {
    const auto& steps = Migrations::all();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].version == static_cast<int>(i) + 1);
        CHECK(std::string(steps[i].name).size() > 0);
    }
    CHECK(Migrations::latestVersion() == steps.back().version);
    CHECK(std::string(steps.front().name) == "base");
}

TEST_CASE("An empty database is brought to the latest version", "[migrations]") {
    MigrationDb m;
    CHECK(Migrations::migrate(m.db) == 0);
    CHECK(m.db.userVersion() == Migrations::latestVersion());
    CHECK(tablesOf(m.db).contains(QStringLiteral("profile_info")));
    CHECK(m.db.integrityOk());

    const QRegularExpression isoWithOffset(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$)"));
    CHECK(isoWithOffset.match(profileInfo(m.db, QStringLiteral("created_at"))).hasMatch());
    // Without an application version set (as here), the build's own version is recorded.
    const QRegularExpression version(QStringLiteral(R"(^\d+\.\d+\.\d+)"));
    CHECK(version.match(profileInfo(m.db, QStringLiteral("schema_created_by"))).hasMatch());
}

TEST_CASE("The running application's version is the one recorded", "[migrations]") {
    const QString saved = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
    MigrationDb m;
    Migrations::migrate(m.db);
    QCoreApplication::setApplicationVersion(saved);
    CHECK(profileInfo(m.db, QStringLiteral("schema_created_by")) == QStringLiteral("9.8.7-test"));
}

TEST_CASE("Every earlier version reaches the same schema as a fresh one", "[migrations]") {
    MigrationDb fresh;
    Migrations::migrate(fresh.db);
    const QStringList expected = schemaOf(fresh.db);

    for (int start = 0; start <= Migrations::latestVersion(); ++start) {
        INFO("starting from version " << start);
        MigrationDb m;
        Migrations::migrateTo(m.db, start);
        REQUIRE(m.db.userVersion() == start);
        CHECK(Migrations::migrate(m.db) == start);
        CHECK(m.db.userVersion() == Migrations::latestVersion());
        CHECK(schemaOf(m.db) == expected);
        CHECK(m.db.integrityOk());
    }
}

TEST_CASE("Migrating again changes nothing", "[migrations]") {
    MigrationDb m;
    Migrations::migrate(m.db);
    const QString createdAt = profileInfo(m.db, QStringLiteral("created_at"));
    const QStringList schema = schemaOf(m.db);
    CHECK(Migrations::migrate(m.db) == Migrations::latestVersion());
    CHECK(profileInfo(m.db, QStringLiteral("created_at")) == createdAt);
    CHECK(schemaOf(m.db) == schema);
}

TEST_CASE("A profile from a newer Mooring is refused and left unchanged", "[migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mooring.db"));
    {
        Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
        Migrations::migrate(db);
        db.setUserVersion(Migrations::latestVersion() + 1);
    }
    const QByteArray before = test::databaseBytes(path);
    {
        Database db = Database::open(path, test::rawKey(), Database::Mode::OpenExisting);
        try {
            Migrations::migrate(db);
            FAIL("a newer profile was migrated");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::NewerVersion);
            CHECK(e.message().contains(QStringLiteral("newer version of Mooring")));
        }
        CHECK_THROWS_AS(Migrations::migrateTo(db, 0), Error);
    }
    CHECK(test::databaseBytes(path) == before);
}

TEST_CASE("migrateTo refuses a version this build does not have", "[migrations]") {
    MigrationDb m;
    CHECK_THROWS_AS(Migrations::migrateTo(m.db, Migrations::latestVersion() + 1), std::out_of_range);
    CHECK(m.db.userVersion() == 0);
}

TEST_CASE("Each step runs once, in order, and a failing step leaves its version untouched", "[migrations]") {
    MigrationDb m;
    QStringList log;
    std::vector<Migration> steps{recordingStep(1, log), recordingStep(2, log)};
    steps.push_back({3, "failing", [](Database& db) {
                         db.exec("CREATE TABLE t3(x)");
                         throw std::runtime_error("step 3 fails halfway");
                     }});

    CHECK_THROWS_AS(Migrations::migrate(m.db, steps), std::runtime_error);
    CHECK(log == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(m.db.userVersion() == 2);  // steps 1 and 2 were committed on their own
    const QSet<QString> tables = tablesOf(m.db);
    CHECK(tables.contains(QStringLiteral("t2")));
    CHECK_FALSE(tables.contains(QStringLiteral("t3")));  // step 3's half-work was rolled back

    steps.pop_back();
    CHECK(Migrations::migrate(m.db, steps) == 2);
    CHECK(log.size() == 2);  // nothing ran a second time
}

TEST_CASE("A step list with a gap is refused before anything runs", "[migrations]") {
    MigrationDb m;
    QStringList log;
    const std::vector<Migration> steps{recordingStep(1, log), recordingStep(3, log)};
    CHECK_THROWS_AS(Migrations::migrate(m.db, steps), std::logic_error);
    CHECK(log.isEmpty());
    CHECK(m.db.userVersion() == 0);
}
