#pragma once

#include "domain/Medium.h"

#include <QByteArray>
#include <QList>

namespace mooring {

class Database;

// The hope box's media as export and import see them, through storage/MediaStore.
namespace mediaRecords {

// Every medium of the profile, without bytes or thumbnails: the plan's reasons for living
// first, then each idea's in the toolbox's order, each place in the person's order.
QList<Medium> all(Database& db);

// Puts a medium from a file in place of the one here with its id (or adds it): id, place,
// position, caption and times as the file says, the bytes exactly as given, never
// re-encoded. A photo's thumbnail is kept when its bytes are the same as here; otherwise
// it has none, and the hope box's window makes one when it first lists it (exchange
// links Qt Core only, so it cannot decode a picture). Throws Error as MediaStore does.
void put(Database& db, const Medium& medium, const QByteArray& bytes);

}  // namespace mediaRecords
}  // namespace mooring
