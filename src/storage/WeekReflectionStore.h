#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include "domain/Clock.h"

#include <functional>
#include <optional>

namespace mooring {

class Database;

// "What I want to change" for one week of the weekly review (docs/export-format.md,
// "reflections"). The week is named by its first day, so a note stays with its week.
struct WeekReflection {
    QDate weekStart;
    QString text;
    QDateTime updatedAt;  // with the offset the computer had when it was written

    bool operator==(const WeekReflection&) const = default;
};

// The week notes (table week_reflections). Every write is one transaction.
class WeekReflectionStore {
public:
    static constexpr int kMaxText = 20000;  // docs/export-format.md: every string, after trimming

    explicit WeekReflectionStore(Database& db, Clock clock = {});

    // Keeps the trimmed text as the note of that week; an empty text removes the note.
    // Throws Error(InvalidInput) for an invalid date or a text longer than kMaxText.
    void save(const QDate& weekStart, const QString& text);
    std::optional<WeekReflection> find(const QDate& weekStart);
    // Puts a note as it is, its time kept, replacing that week's (an import, checked already).
    void put(const WeekReflection& reflection);
    // Every note, oldest week first.
    QList<WeekReflection> all();
    int count();

    // The YYYY-MM-DD key a week is stored under.
    static QString key(const QDate& weekStart);

private:
    QDateTime now() const;

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
