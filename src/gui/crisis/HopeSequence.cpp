#include "gui/crisis/HopeSequence.h"

#include "session/ProfileSession.h"

namespace mooring {

namespace {
// The places in the order above.
QList<MediaPlace> placesInOrder(ProfileSession& session) {
    QList<MediaPlace> places{MediaPlace::reasonsForLiving()};
    // all() is by family, then by the position inside it: the toolbox's own order.
    for (const CopingStrategy& idea : session.strategies().all())
        if (idea.category == CopingCategory::SafetyBox && !idea.hidden) places.append(MediaPlace::safetyBox(idea.id));
    return places;
}
}  // namespace

QList<Medium> hopeSequence(ProfileSession& session) {
    MediaStore media = session.media();
    QList<Medium> sequence;
    for (const MediaPlace& place : placesInOrder(session)) sequence.append(media.listRecords(place));
    return sequence;
}

bool hasHope(ProfileSession& session) {
    MediaStore media = session.media();
    if (media.totals().count == 0) return false;  // the usual answer before anything is kept
    for (const MediaPlace& place : placesInOrder(session))
        if (media.totals(place).count > 0) return true;
    return false;
}

}  // namespace mooring
