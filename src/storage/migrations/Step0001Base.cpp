#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mooring::migrations {

namespace {

// ISO 8601 with the local offset, so the moment reads right wherever the profile travels.
QString nowWithOffset() {
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

// The build's own version; the running app may not have set applicationVersion() (tests, CLI).
QString appVersion() {
    const QString fromApp = QCoreApplication::applicationVersion();
    return fromApp.isEmpty() ? QStringLiteral(MOORING_VERSION) : fromApp;
}

void createProfileInfo(Database& db) {
    db.exec("CREATE TABLE profile_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    Statement insert(db, "INSERT INTO profile_info(key, value) VALUES (?, ?)");
    insert.bind(1, QStringLiteral("created_at")).bind(2, nowWithOffset()).run();
    insert.reset();
    insert.bind(1, QStringLiteral("schema_created_by")).bind(2, appVersion()).run();
}

}  // namespace

Migration step0001Base() { return {1, "base", createProfileInfo}; }

}  // namespace mooring::migrations
