#pragma once

#include "storage/Argon2Params.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace mooring {

class Database;
class UnlockedProfile;

// `mooring --sample`: a made-up person's plan (three versions), toolbox and eight weeks of
// journal (resources/sample/sample-profile.json), so Mooring can be tried, or shown to a
// therapist, before anyone types something real. It is a real encrypted profile in a
// private temporary folder (0700), under a random passphrase that is never shown; the
// folder is removed when this object goes (close the database first).
class SampleProfile {
public:
    // Throws Error when the folder or the profile cannot be made. `now` anchors the
    // journal's dates ("three days ago").
    static std::unique_ptr<SampleProfile> create(const QDateTime& now = QDateTime::currentDateTime(),
                                                 const Argon2Params& params = Argon2Params::floor());
    ~SampleProfile();
    SampleProfile(const SampleProfile&) = delete;
    SampleProfile& operator=(const SampleProfile&) = delete;

    const ProfilePaths& paths() const noexcept { return m_paths; }
    // Opens it with the passphrase only this object knows.
    std::unique_ptr<UnlockedProfile> unlock() const;

    // Writes the sample's contacts, plan versions, toolbox and journal into an open,
    // migrated database (one transaction per store call, as in normal use).
    static void fill(Database& db, const QDateTime& now);

private:
    SampleProfile(std::unique_ptr<QTemporaryDir> dir, SecureBuffer passphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
    ProfilePaths m_paths;
    SecureBuffer m_passphrase;
};

}  // namespace mooring
