// Which setback reflections belong to a week (for the review's PDF, when the person ticks them).
#include "insights/WeekSetbacks.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const Week kWeek = Week::containing(QDate(2026, 11, 18), Qt::Monday);  // 16–22 November

JournalEntry entryAt(const QString& id, const QDateTime& at) {
    JournalEntry e;
    e.id = id;
    e.occurredAt = at;
    e.urge = 5;
    return e;
}

SetbackReflection reflection(const QString& entryId, const QDateTime& created, const QString& words) {
    SetbackReflection r;
    r.id = words;
    r.entryId = entryId;
    r.createdAt = created;
    r.nextTime = words;
    return r;
}

}  // namespace

TEST_CASE("Week setbacks: about the week's entries, or written in the week when about none", "[insights][setback]") {
    const QDateTime inWeek(QDate(2026, 11, 18), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    // Sunday 23:30 at UTC+1 is still the week's last day, though in UTC it is 22:30 Sunday;
    // Monday 00:30 at UTC+1 is already the next week.
    const QDateTime lastEvening(QDate(2026, 11, 22), QTime(23, 30), Qt::OffsetFromUTC, 3600);
    const QDateTime nextMonday(QDate(2026, 11, 23), QTime(0, 30), Qt::OffsetFromUTC, 3600);
    const QList<JournalEntry> fetched{entryAt(u"a"_s, inWeek), entryAt(u"b"_s, lastEvening),
                                      entryAt(u"c"_s, nextMonday)};

    const QList<SetbackReflection> all{
        reflection(u"b"_s, inWeek.addDays(10), u"about b, written later"_s),
        reflection(u"a"_s, inWeek.addDays(1), u"about a"_s),
        reflection(u"c"_s, inWeek, u"about c, next week's entry"_s),
        reflection(u"gone"_s, inWeek, u"about an entry of another week"_s),
        reflection(QString(), inWeek.addSecs(3600), u"home screen, this week"_s),
        reflection(QString(), inWeek.addDays(-7), u"home screen, last week"_s),
        reflection(u"a"_s, inWeek, QString()),  // blank: nothing to print
    };
    const QList<SetbackReflection> found = setbackReflectionsOfWeek(kWeek, fetched, all);
    QStringList words;
    for (const SetbackReflection& r : found) words << r.nextTime;
    // Oldest first, as the week is read.
    CHECK(words == QStringList{u"home screen, this week"_s, u"about a"_s, u"about b, written later"_s});
}

TEST_CASE("Week setbacks: none for an empty week", "[insights][setback]") {
    CHECK(setbackReflectionsOfWeek(kWeek, {}, {}).isEmpty());
    const QList<SetbackReflection> other{reflection(u"x"_s, QDateTime(QDate(2026, 11, 18), QTime(9, 0)), u"w"_s)};
    CHECK(setbackReflectionsOfWeek(kWeek, {}, other).isEmpty());
}
