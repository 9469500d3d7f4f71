#include "storage/ProfilePaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString absoluteClean(const QString& dir) { return QDir::cleanPath(QFileInfo(dir).absoluteFilePath()); }

}  // namespace

ProfilePaths::ProfilePaths(QString dir) : m_dir(dir.isEmpty() ? dir : absoluteClean(dir)) {}

ProfilePaths ProfilePaths::resolve(const QString& commandLineDir) {
    if (!commandLineDir.isEmpty()) return ProfilePaths(commandLineDir);
    const QString fromEnvironment = qEnvironmentVariable("MOORING_PROFILE");
    if (!fromEnvironment.isEmpty()) return ProfilePaths(fromEnvironment);
    return ProfilePaths(defaultDir());
}

QString ProfilePaths::defaultDir() {
    // GenericDataLocation + "Mooring" rather than AppDataLocation: the folder must not move
    // if the application or organisation name set at start-up ever changes (or is unset,
    // as in mooring-cli before QCoreApplication exists). On Linux: ~/.local/share/Mooring.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) base = QDir::homePath() + u"/.local/share"_s;
    return absoluteClean(base + u"/Mooring"_s);
}

QString ProfilePaths::database() const { return QDir(m_dir).filePath(u"mooring.db"_s); }
QString ProfilePaths::keyFile() const { return QDir(m_dir).filePath(u"mooring.keys"_s); }
QString ProfilePaths::backups() const { return QDir(m_dir).filePath(u"backups"_s); }
QString ProfilePaths::settings() const { return QDir(m_dir).filePath(u"settings.ini"_s); }
QString ProfilePaths::lockFile() const { return QDir(m_dir).filePath(u"mooring.lock"_s); }

}  // namespace mooring
