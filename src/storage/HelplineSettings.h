#pragma once

#include "domain/Helpline.h"

#include <QList>
#include <QString>

namespace mooring {

class ProfileSettings;

// Someone the person chose to show on the crisis screen before unlocking. Kept in
// settings.ini, readable by anyone at this computer: the settings screen says so plainly.
struct LockScreenContact {
    QString name;
    QString phone;

    bool operator==(const LockScreenContact&) const = default;
};

// The helplines as the person has shaped them: the built-in list of a region with their
// edits, minus the ones they removed, plus their own. Kept in settings.ini (group
// "helplines"), because the crisis screen must show them before unlocking and without
// touching the database. Writes throw Error::Kind::CannotWrite like ProfileSettings::save().
class HelplineSettings {
public:
    explicit HelplineSettings(ProfileSettings& settings);

    // Built-ins of the region (edited where edited) in their usual order, then the
    // person's own for that region in the order they were added.
    QList<Helpline> helplines(const QString& region) const;

    // Adds or replaces by id. A built-in keeps its id (so restoring finds it); a new
    // helpline without an id gets a fresh UUID. Returns the helpline as stored.
    Helpline save(Helpline helpline);
    void remove(const QString& id);  // a built-in is hidden until restored
    // Puts the region's built-ins back as shipped; the person's own helplines stay.
    void restoreBuiltins(const QString& region);
    bool hasChangedBuiltins(const QString& region) const;

    QList<LockScreenContact> lockScreenContacts() const;
    void setLockScreenContacts(const QList<LockScreenContact>& contacts);

private:
    QList<Helpline> stored() const;
    QStringList hidden() const;
    void write(const QList<Helpline>& entries, const QStringList& hidden);

    ProfileSettings& m_settings;
};

}  // namespace mooring
