#pragma once

#include "domain/CheckIn.h"
#include "insights/Week.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace mooring {

// A feeling or a helping idea and the days of the week it was ticked on, first day first.
struct TickedDays {
    QString strategyId;  // a toolbox idea's id, or empty (feelings, own words)
    QString text;        // a feeling's or own words' spelling shown
    QString title;       // a toolbox idea's title now; empty for words or an idea no longer there
    std::array<bool, 7> days{};

    int count() const;
    QString label() const { return strategyId.isEmpty() ? text : title; }
    bool operator==(const TickedDays&) const = default;
};

// The week's check-ins laid out as a diary card: one column a day, first day first, a day
// without a check-in left empty. Descriptive only: nothing here is a score of the person.
struct WeekCheckIns {
    Week week;
    std::array<std::optional<CheckIn>, 7> days;  // [0] = the week's first day
    int daysCheckedIn = 0;
    // Grouped as the journal groups names (tagKey); the latest spelling shown. Most days
    // first, then by name.
    QList<TickedDays> feelings;
    // Grouped as TriedIdea groups ideas (triedKey): toolbox ids by their title now, own
    // words trimmed and case-insensitive with the first spelling shown. Most days first,
    // then by label.
    QList<TickedDays> helped;

    std::optional<int> overall(int day) const;
    std::optional<int> urge(int day) const;
    SelfCare selfCare(int day) const;  // all unsaid for a day without a check-in
    bool isEmpty() const { return daysCheckedIn == 0; }
};

// `checkIns` may hold days outside the week (they are left out) and in any order; a
// second check-in of the same day (which the store never gives) is ignored.
// `titles`: toolbox id -> title (strategyTitles).
WeekCheckIns weekCheckIns(const Week& week, const QList<CheckIn>& checkIns, const QHash<QString, QString>& titles);

// The plain sentences of "Your days" (translated, context "mooring"): how many days had a
// check-in, and what helped on the days it was noted. Never comparing, never counting
// days without one.
struct CheckInSentences {
    QString days;    // "You checked in on 4 days this week."
    QString helped;  // "On the days you noted it, what helped: a walk (3 days) and music (1 day)."
    QStringList all() const;
};

CheckInSentences describeCheckIns(const WeekCheckIns& week);

}  // namespace mooring
