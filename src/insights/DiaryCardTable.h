#pragma once

#include "domain/CheckInChoices.h"
#include "insights/WeekCheckIns.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace mooring {

// One row of the diary card: its name and what each day's cell says. An empty cell is a
// day without an answer: never a zero, never a mark of any kind.
struct DiaryCardRow {
    enum class Kind { Overall, Urge, Feeling, Helped, Sleep, Ate, Medication, Moved };

    Kind kind;
    QString name;
    std::array<QString, 7> cells;   // as shown: "6", "✓", "7.5", "yes"
    std::array<QString, 7> spoken;  // as a screen reader says it: "6 out of 10", "yes"
};

// The diary card's words, worked out once for the screen (gui/review/DiaryCard) and the
// printed week (printing/ReviewDocument). Translated (context "mooring"), day names in
// the current locale.
struct DiaryCardTable {
    static constexpr int kMaxFeelings = 5;  // the feelings chosen most; a short card reads better
    static constexpr int kMaxHelped = 8;

    QStringList dayNames;      // short, first day first: "Mon"
    QStringList longDayNames;  // "Monday 16 November": the column's name for a screen reader
    QList<DiaryCardRow> rows;  // in the card's order, only the rows chosen and with something to show

    bool isEmpty() const { return rows.isEmpty(); }
};

// Feelings and ideas get a row each only when ticked on some day; the other rows stand for
// every week with a check-in, so the card keeps its shape from week to week.
DiaryCardTable diaryCardTable(const WeekCheckIns& week, const DiaryRows& rows);

}  // namespace mooring
