#pragma once

#include "domain/JournalEntry.h"

#include <QDate>
#include <QString>

namespace mooring {

struct JournalSummary;

// The journal's words, in one place so the list, the editor and the tests agree on them.
// Outcomes are worded without blame (docs/safe-messaging.md).
namespace journaltext {

QString outcomeLabel(JournalOutcome outcome);
// "Urge 7 of 10"
QString urgeLabel(int urge);
// The Monday that starts the week `day` is in (the weekly review's week).
QDate weekStart(const QDate& day);
// "This week", "Last week" or "Week of 16 November 2026".
QString weekTitle(const QDate& weekStart, const QDate& today);
// "21:40" or "9:40 pm", as the locale tells time.
QString timeLabel(const QTime& time);
// "Fri 20 Nov, 21:40": the entry's own local time, as the person lived it.
QString whenLabel(const QDateTime& occurredAt);

// One list row, as lines.
struct RowText {
    QString heading;  // when, urge, how it ended
    QString words;    // the start of what was written, or a quiet "only the urge noted"
    QString tags;     // feelings, triggers, how many things tried
};
RowText rowText(const JournalSummary& summary);
// The whole row as one sentence for screen readers.
QString accessibleRow(const JournalSummary& summary);

}  // namespace journaltext
}  // namespace mooring
