#pragma once

#include "domain/JournalEntry.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <string_view>

namespace mooring::journalJson {

// The one JSON form of a journal entry: a line of an export's "journal" list
// (docs/export-format.md), the draft held encrypted over a lock, and the base of the sample
// profile's entries. Written here and read here, so the three can never drift apart.

// The keys an entry and a tried item may have, in the order toJson() writes them.
inline constexpr std::array<std::string_view, 12> kEntryKeys = {"id",       "occurred_at", "situation",  "thoughts",
                                                                "feelings", "urge",        "triggers",   "tried",
                                                                "outcome",  "notes",       "created_at", "updated_at"};
inline constexpr std::array<std::string_view, 3> kTriedKeys = {"strategy_id", "text", "helped"};

// Every field as the entry holds it, untrimmed, so an unfinished draft comes back as it was.
// What is not said is left out: an urge not chosen yet, an outcome, a tried item's "helped".
// A tried item names its idea by "strategy_id" and carries "text" when it has no idea (or,
// in a draft, when words were typed beside one). An entry that passes its own checks is
// written exactly as the export format describes.
nlohmann::ordered_json toJson(const JournalEntry& entry);

// Reads what is there and passes over what is not, without judging it: a value of the
// wrong type counts as not said. Ids are kept in lower case and times in the offset they
// were written with. Checking a file from outside is the caller's work (exchange/JsonFields).
// Also reads the form held drafts had before this one: "helped" and "urge" as null, an
// empty "outcome", and both "strategy_id" and "text" on every tried item.
JournalEntry fromJson(const nlohmann::json& object);

// "2026-11-20T21:40:00+01:00": the offset kept as it was; empty for an invalid time.
QString timeText(const QDateTime& time);
// The reverse, with the text trimmed; invalid unless it is an ISO 8601 time.
QDateTime timeFromText(const QString& text);

}  // namespace mooring::journalJson
