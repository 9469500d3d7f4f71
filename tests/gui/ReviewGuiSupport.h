#pragma once

// Journals made for the [review] GUI tests and screenshots: known weeks with known figures.
#include "domain/CopingStrategy.h"
#include "domain/JournalEntry.h"
#include "insights/Week.h"

#include <QList>
#include <QString>

namespace mooring::test {

// Words that must never reach paper unless the person asks for them.
inline const QString kSituationMarker = QStringLiteral("Zebracrossing");
inline const QString kNoteMarker = QStringLiteral("Quietharbour");

// One entry at day/hour (local, UTC+1) of `week`, with the markers in its texts.
JournalEntry reviewEntry(const Week& week, int day, int hour, int urge, const QStringList& triggers = {},
                         const QStringList& feelings = {});

// A lived-in month: `week` and the four weeks before it, with triggers ("late night" in
// each of the last four weeks), feelings, ideas tried (from `ideas`) and how they ended.
QList<JournalEntry> busyMonth(const Week& week, const QList<CopingStrategy>& ideas);

}  // namespace mooring::test
