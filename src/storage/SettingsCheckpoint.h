#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace mooring {

class ProfilePaths;
class ProfileSettings;

// Makes changes to settings.ini land together with a database transaction (an import's
// helplines and region with its rows). Made after the transaction's rows are written and
// before the settings change: the settings file as it was is kept in a note beside it.
// - commit(), right after the transaction commits, removes the note;
// - leaving without commit() (an error, a full disk) puts the old settings back;
// - a program stopped in between leaves the note: settle(), as the profile is next opened,
//   puts the old settings back while SQLite's rollback journal (`mooring.db-journal`) is
//   still there, since then the transaction never committed; and keeps the new ones
//   when it is gone.
class SettingsCheckpoint {
public:
    explicit SettingsCheckpoint(ProfileSettings& settings);  // throws CannotWrite
    ~SettingsCheckpoint();
    SettingsCheckpoint(const SettingsCheckpoint&) = delete;
    SettingsCheckpoint& operator=(const SettingsCheckpoint&) = delete;

    void commit();

    static void settle(const ProfilePaths& paths);
    static constexpr auto kNoteSuffix = ".before-import";

private:
    ProfileSettings& m_settings;
    QString m_file;
    QString m_note;
    QByteArray m_before;
    QVariantMap m_values;
    bool m_committed = false;
};

}  // namespace mooring
