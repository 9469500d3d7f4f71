#pragma once

#include "exchange/ExportDocument.h"
#include "exchange/JsonFields.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace mooring::exportRead {

// One record of an export file (docs/export-format.md) read from its JSON object: every
// field checked, each problem recorded through `f` under the record's path, and the value
// returned as far as it could be read. exchange/ExportReader.cpp reads the lists and the
// checks across records (ids used twice, entries per year).
ContactRecord readContact(jsonRead::Fields& f);
Helpline readHelpline(jsonRead::Fields& f);
// builtinKeys: the id Mooring gives each shipped idea, to that idea's key.
CopingStrategy readStrategy(jsonRead::Fields& f, const QHash<QString, QString>& builtinKeys);
PlanVersion readPlanVersion(jsonRead::Fields& f);
// `now` decides what "in the future" means for the entry's time.
JournalEntry readJournal(jsonRead::Fields& f, const QDateTime& now);
ReflectionRecord readReflection(jsonRead::Fields& f);
SetbackReflection readSetback(jsonRead::Fields& f);
RecoveryPlaceNote readRecoveryPlace(jsonRead::Fields& f);
// `today` decides what "a day to come" means for the check-in's day.
CheckIn readCheckIn(jsonRead::Fields& f, const QDate& today);

}  // namespace mooring::exportRead
