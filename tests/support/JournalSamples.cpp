#include "support/JournalSamples.h"

namespace mooring::test {

using namespace Qt::StringLiterals;

JournalEntry fullEntry() {
    JournalEntry e;
    e.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(14, 40), Qt::OffsetFromUTC, -5 * 3600);
    e.situation = u"  At home after a call with my sister; the flat was quiet.\n"_s;
    e.thoughts = u"Nobody gets it. I just want it to stop."_s;
    e.feelings = {u"lonely"_s, u"angry"_s};
    e.urge = 7;
    e.triggers = {u"argument"_s, u"late night"_s};
    e.tried = {{u"3f0e1a52-1111-4c4c-9d9d-000000000001"_s, {}, 6},
               {{}, u"went for a walk"_s, 4},
               {{}, u"called Sam"_s, std::nullopt}};
    e.outcome = JournalOutcome::Passed;
    e.notes = u"Next time: music first."_s;
    return e;
}

JournalEntry quickEntry(const QDateTime& occurredAt, int urge, const QString& situation) {
    JournalEntry e;
    e.occurredAt = occurredAt;
    e.urge = urge;
    e.situation = situation;
    return e;
}

}  // namespace mooring::test
