#include "storage/SettingsCheckpoint.h"

#include "storage/AtomicFile.h"
#include "storage/ProfilePaths.h"
#include "storage/ProfileSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An empty note stands for "there was no settings file".
void putBack(const QString& file, const QByteArray& before) {
    if (before.isEmpty())
        QFile::remove(file);
    else
        AtomicFile::write(file, before);
}

}  // namespace

SettingsCheckpoint::SettingsCheckpoint(ProfileSettings& settings)
    : m_settings(settings),
      m_file(settings.raw().fileName()),
      m_note(m_file + QString::fromLatin1(kNoteSuffix)) {
    m_settings.raw().sync();  // nothing unsaved may slip into the file as it was
    m_before = bytesOf(m_file);
    AtomicFile::write(m_note, m_before);
}

SettingsCheckpoint::~SettingsCheckpoint() {
    if (m_committed) return;
    try {
        putBack(m_file, m_before);
        QFile::remove(m_note);
    } catch (...) {
        // The note stays; settle() puts the old settings back the next time.
    }
    m_settings.raw().sync();  // re-reads the file as it is now
}

void SettingsCheckpoint::commit() {
    m_committed = true;
    QFile::remove(m_note);
}

void SettingsCheckpoint::settle(const ProfilePaths& paths) {
    const QString note = paths.settings() + QString::fromLatin1(kNoteSuffix);
    if (!QFileInfo::exists(note)) return;
    const QFileInfo journal(paths.database() + u"-journal"_s);
    try {
        if (journal.exists() && journal.size() > 0) putBack(paths.settings(), bytesOf(note));
        QFile::remove(note);
    } catch (...) {
        // A full disk: the note stays for the next time.
    }
}

}  // namespace mooring
