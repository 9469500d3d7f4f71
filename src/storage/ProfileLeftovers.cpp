#include "storage/ProfileLeftovers.h"

#include "storage/ProfilePaths.h"
#include "storage/Rekey.h"
#include "storage/SettingsCheckpoint.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRegularExpression>

#include <cstdio>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// The six characters are mkostemp's (AtomicFile), after a file Mooring replaces.
const QRegularExpression kStagedFile(
    u"^(mooring\\.db|mooring\\.keys|settings\\.ini|settings\\.ini\\.before-import|restore-in-progress|"
    "rekey-in-progress|mooring\\.keys\\.rekeyed)\\.[A-Za-z0-9]{6}$"_s);

bool sameBytes(const QString& a, const QString& b) {
    QFile first(a);
    QFile second(b);
    if (!first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly) || first.size() != second.size())
        return false;
    while (!first.atEnd()) {
        if (first.read(1 << 16) != second.read(1 << 16)) return false;
    }
    return true;
}

void renameOver(const QString& from, const QString& to) {
    std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData());
}

void settleRestore(const ProfilePaths& paths) {
    const QDir dir(paths.dir());
    const QString note = dir.filePath(QString::fromLatin1(ProfileLeftovers::kRestoreNote));
    const QString aside = dir.filePath(QString::fromLatin1(ProfileLeftovers::kKeyFileAside));
    if (!QFile::exists(note)) {
        QFile::remove(aside);  // no restore was running: nothing refers to it
        return;
    }
    QFile file(note);
    const QString backup = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    file.close();
    const QString backupDatabase = QDir(QDir(paths.backups()).filePath(backup)).filePath(u"mooring.db"_s);
    const bool databaseReplaced = !backup.isEmpty() && sameBytes(paths.database(), backupDatabase);
    // Both files are the backup's, or both go back to what they were before.
    if (!databaseReplaced && QFile::exists(aside)) renameOver(aside, paths.keyFile());
    QFile::remove(aside);
    QFile::remove(note);
}

}  // namespace

void ProfileLeftovers::tidy(const ProfilePaths& paths) {
    settleRestore(paths);
    Rekey::settle(paths);
    SettingsCheckpoint::settle(paths);
    const QDir dir(paths.dir());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (kStagedFile.match(name).hasMatch()) QFile::remove(dir.filePath(name));
    }
    // QLockFile takes over a lock whose process is gone; unlocking then removes the file.
    QLockFile settingsLock(paths.settings() + u".lock"_s);
    if (QFile::exists(paths.settings() + u".lock"_s) && settingsLock.tryLock(0)) settingsLock.unlock();
}

}  // namespace mooring
