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
    : m_settings(settings), m_file(settings.raw().fileName()), m_note(m_file + QString::fromLatin1(kNoteSuffix)) {
    QSettings& raw = m_settings.raw();
    raw.sync();  // nothing unsaved may slip into the file as it was
    m_before = bytesOf(m_file);
    for (const QString& key : raw.allKeys()) m_values.insert(key, raw.value(key));
    AtomicFile::write(m_note, m_before);
}

SettingsCheckpoint::~SettingsCheckpoint() {
    if (m_committed) return;
    // Put back through QSettings, so that what this program has in memory is the old
    // settings too (a file put back under it could look unchanged to its cache).
    QSettings& raw = m_settings.raw();
    raw.clear();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) raw.setValue(it.key(), it.value());
    raw.sync();
    if (raw.status() != QSettings::NoError) {
        try {
            putBack(m_file, m_before);
        } catch (...) {
            return;  // the note stays; settle() puts the old settings back the next time
        }
    }
    QFile::remove(m_note);
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
