#pragma once

#include "domain/Medium.h"

#include <QList>

namespace mooring {

class ProfileSession;

// The order "What keeps me going" walks through the hope box: first what the safety plan
// keeps under "reasons for living" (what the person wrote down as worth living for is the
// strongest answer at a hard moment), then the safety box's, idea by idea in the toolbox's
// order, each place in the person's own order (MediaStore::listRecords). Ideas the person has
// put away (hidden) keep their media out of sight here too, as in the toolbox.
// Records only: no bytes and no thumbnail read. Throws Error like the stores.
QList<Medium> hopeSequence(ProfileSession& session);
// Whether hopeSequence() would hold anything, counted without reading a thumbnail or a blob:
// asked on unlocking and after every change, so it has to cost next to nothing.
bool hasHope(ProfileSession& session);

}  // namespace mooring
