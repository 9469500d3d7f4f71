#pragma once

#include <QString>

namespace mooring {

// Where a profile's files live (docs/design.md, "The profile on disk").
class ProfilePaths {
public:
    explicit ProfilePaths(QString dir);

    // --profile DIR wins, then MOORING_PROFILE, then the platform's app data folder.
    static ProfilePaths resolve(const QString& commandLineDir = QString());
    static QString defaultDir();

    const QString& dir() const noexcept { return m_dir; }
    QString database() const;  // mooring.db
    QString keyFile() const;   // mooring.keys
    QString backups() const;   // backups/
    QString settings() const;  // settings.ini
    QString lockFile() const;  // mooring.lock

    // Throws Error::Kind::InvalidInput when `path` is the profile folder or anything in it
    // (links resolved): a file the person chose to write (an export) must never replace
    // one of the profile's own files or its backups.
    void requireOutside(const QString& path) const;

private:
    QString m_dir;
};

}  // namespace mooring
