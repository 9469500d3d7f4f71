#pragma once

#include "domain/JournalEntry.h"
#include "insights/Week.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mooring {

// A trigger that keeps coming back: named in at least `minWeeks` of the `span` weeks
// ending with (and including) the week shown. The screen offers, gently, to add it to
// the safety plan's warning signs; nothing is added on its own.
struct RecurringTrigger {
    QString name;  // the latest spelling
    int weeks = 0;
    int entries = 0;
    bool operator==(const RecurringTrigger&) const = default;
};

struct RecurringRules {
    int minWeeks = 3;
    int span = 4;
};

// Most weeks first, then most entries, then name. Names already in `alreadyListed`
// (e.g. the plan's warning signs; case and spacing ignored) are left out.
QList<RecurringTrigger> recurringTriggers(const Week& week, const QList<JournalEntry>& entries,
                                          const QStringList& alreadyListed = {}, RecurringRules rules = {});

}  // namespace mooring
