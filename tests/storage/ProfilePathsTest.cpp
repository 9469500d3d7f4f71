#include "storage/ProfilePaths.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using mooring::ProfilePaths;

namespace {

// Restores MOORING_PROFILE as it was when the test started.
class EnvironmentGuard {
public:
    EnvironmentGuard() : m_had(qEnvironmentVariableIsSet("MOORING_PROFILE")), m_value(qgetenv("MOORING_PROFILE")) {}
    ~EnvironmentGuard() {
        if (m_had)
            qputenv("MOORING_PROFILE", m_value);
        else
            qunsetenv("MOORING_PROFILE");
    }

private:
    bool m_had;
    QByteArray m_value;
};

}  // namespace

TEST_CASE("A profile's files sit side by side in its folder", "[vault][paths]") {
    const ProfilePaths paths(QStringLiteral("/media/stick/profile/"));
    CHECK(paths.dir() == QStringLiteral("/media/stick/profile"));
    CHECK(paths.database() == QStringLiteral("/media/stick/profile/mooring.db"));
    CHECK(paths.keyFile() == QStringLiteral("/media/stick/profile/mooring.keys"));
    CHECK(paths.backups() == QStringLiteral("/media/stick/profile/backups"));
    CHECK(paths.settings() == QStringLiteral("/media/stick/profile/settings.ini"));
    CHECK(paths.lockFile() == QStringLiteral("/media/stick/profile/mooring.lock"));
}

TEST_CASE("A relative profile folder is made absolute", "[vault][paths]") {
    const ProfilePaths paths(QStringLiteral("some/where/../profile"));
    CHECK(paths.dir() == QDir::cleanPath(QDir::currentPath() + QStringLiteral("/some/profile")));
}

TEST_CASE("--profile wins over MOORING_PROFILE, which wins over the default", "[vault][paths]") {
    EnvironmentGuard guard;
    qputenv("MOORING_PROFILE", "/from/environment");
    CHECK(ProfilePaths::resolve(QStringLiteral("/from/command/line")).dir() == QStringLiteral("/from/command/line"));
    CHECK(ProfilePaths::resolve().dir() == QStringLiteral("/from/environment"));
    qputenv("MOORING_PROFILE", "");
    CHECK(ProfilePaths::resolve().dir() == ProfilePaths::defaultDir());
    qunsetenv("MOORING_PROFILE");
    CHECK(ProfilePaths::resolve().dir() == ProfilePaths::defaultDir());
}

TEST_CASE("The default folder does not depend on the application's names", "[vault][paths]") {
    const QString expected = QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                             QStringLiteral("/Mooring"));
    CHECK(ProfilePaths::defaultDir() == expected);
    const QString app = QCoreApplication::applicationName();
    const QString org = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("something-else"));
    QCoreApplication::setOrganizationName(QString());
    CHECK(ProfilePaths::defaultDir() == expected);
    QCoreApplication::setApplicationName(app);
    QCoreApplication::setOrganizationName(org);
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("XDG_DATA_HOME"))
        CHECK(expected == QDir::homePath() + QStringLiteral("/.local/share/Mooring"));
#endif
}
