#include "storage/ProfilePaths.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString absoluteClean(const QString& dir) { return QDir::cleanPath(QFileInfo(dir).absoluteFilePath()); }

// The real place of `path`: its folder with every link resolved, as far as it exists.
QString resolved(const QString& path) {
    QFileInfo info(absoluteClean(path));
    QStringList tail;
    while (!info.exists() && info.fileName() != info.filePath()) {
        tail.prepend(info.fileName());
        const QString parent = info.path();
        if (parent == info.filePath()) break;
        info = QFileInfo(parent);
    }
    QString real = info.canonicalFilePath();
    if (real.isEmpty()) real = info.absoluteFilePath();
    for (const QString& part : tail) real += u'/' + part;
    return QDir::cleanPath(real);
}

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

void ProfilePaths::requireOutside(const QString& path) const {
    const QString target = resolved(path);
    const QString profile = resolved(m_dir);
    if (target == profile || target.startsWith(profile + u'/'))
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring",
                                                "%1 is inside Mooring's own profile folder, where it could replace "
                                                "one of your profile's files. Nothing was written; please choose "
                                                "a place outside that folder.")
                        .arg(QDir::toNativeSeparators(path)));
}

}  // namespace mooring
