#include "ReviewGuiSupport.h"

#include <QUuid>

namespace mooring::test {

using namespace Qt::StringLiterals;

JournalEntry reviewEntry(const Week& week, int day, int hour, int urge, const QStringList& triggers,
                         const QStringList& feelings) {
    JournalEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.occurredAt = QDateTime(week.start().addDays(day), QTime(hour, 20), Qt::OffsetFromUTC, 3600);
    e.urge = urge;
    e.triggers = triggers;
    e.feelings = feelings;
    e.situation = u"After the bus, at the "_s + kSituationMarker + u" near the station"_s;
    e.notes = u"Remember "_s + kNoteMarker + u" next time"_s;
    e.createdAt = e.occurredAt;
    e.updatedAt = e.occurredAt;
    return e;
}

QList<JournalEntry> busyMonth(const Week& week, const QList<CopingStrategy>& ideas) {
    QList<JournalEntry> out;
    const QList<QStringList> triggers{{u"late night"_s, u"argument"_s},
                                      {u"late night"_s},
                                      {u"work"_s, u"criticism"_s},
                                      {u"exam results"_s},
                                      {u"argument"_s}};
    const QList<QStringList> feelings{
        {u"lonely"_s, u"sad"_s}, {u"anxious"_s}, {u"numb"_s}, {u"ashamed"_s}, {u"angry"_s}};
    for (int back = 4; back >= 0; --back) {
        const Week w = week.shifted(-back);
        const int count = back == 0 ? 9 : 3 + back;
        for (int i = 0; i < count; ++i) {
            JournalEntry e = reviewEntry(w, (i * 3) % 7, (i * 5 + 13) % 24, (i * 7 + back) % 11,
                                         triggers.at((i + back) % 5), feelings.at(i % 5));
            if (i == 0) e.triggers << u"late night"_s;  // in every week: the offer
            if (i % 2 == 0 && !ideas.isEmpty()) {
                e.tried = {{ideas.at(i % ideas.size()).id, {}, 4 + i % 6}, {{}, u"went for a walk"_s, 5 + i % 4}};
            }
            if (i % 4 != 3) e.outcome = static_cast<JournalOutcome>(i % 3);
            out << e;
        }
    }
    return out;
}

}  // namespace mooring::test
