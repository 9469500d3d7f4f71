#pragma once

#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace mooring::test {

// An unlocked profile in a temporary folder with its settings, for export/import tests.
struct OpenProfile {
    OpenProfile();
    ~OpenProfile();
    TempProfile dir;
    std::unique_ptr<UnlockedProfile> profile;
    std::unique_ptr<ProfileSettings> settings;
    Database& db() { return profile->database(); }
};

// Every record kind: region, contacts, an own helpline and an edited built-in, ideas of
// the person's own (a safety-box item with its place), a favourite and a hidden built-in,
// three plan versions, journal entries in several offsets with tried items of both forms,
// week notes, a setback reflection, "where I am in recovery" and two check-ins.
void fillRichProfile(OpenProfile& p);

// Everything import could touch, as text: the full export (at a fixed time) and the row
// count of every table. Equal snapshots mean the database did not change.
QString profileSnapshot(OpenProfile& p);

// An export with its "exported_at" line removed, for comparing two exports.
QByteArray withoutExportTime(QByteArray json);

}  // namespace mooring::test
