#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mooring {

// One thing that helped today: an idea from the toolbox (by id) or the person's own words.
struct CheckInHelp {
    QString strategyId;  // a toolbox idea's id, or empty
    QString text;        // free text, or empty; exactly one of the two is set once trimmed

    bool operator==(const CheckInHelp&) const = default;
};

// How the person looked after themselves today. Every answer may be left unsaid.
struct SelfCare {
    static constexpr double kMaxSleepHours = 24.0;

    std::optional<double> sleepHours;
    std::optional<bool> ate;
    std::optional<bool> medication;
    std::optional<bool> moved;

    bool operator==(const SelfCare&) const = default;
};

// The daily check-in (docs/export-format.md, "checkins"): at most one per day, kept and
// changed on that day or later. Only "how is today" is needed; everything else is optional.
// Like the journal, nothing here is a score of the person.
struct CheckIn {
    static constexpr int kMaxScale = 10;      // overall and urge: 0-10
    static constexpr int kMaxText = 20000;    // each feeling, helped text and the note (as the journal)
    static constexpr int kMaxListItems = 50;  // feelings, things that helped

    enum class Field { Day, Overall, Urge, Feelings, Helped, SleepHours, Note };
    struct Problem {
        Field field;
        int index = -1;   // the list item it is about, or -1
        QString message;  // plain and kind, fit to show next to the field
        bool operator==(const Problem&) const = default;
    };

    QString id;                  // a UUID without braces; empty until first saved
    QDate day;                   // the person's own calendar day
    std::optional<int> overall;  // required: 0-10, how today is
    std::optional<int> urge;     // 0-10, or not said
    QStringList feelings;        // the journal's feeling words (JournalEntry::suggestedFeelings) or their own
    QList<CheckInHelp> helped;
    SelfCare selfCare;
    QString note;  // one line
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const CheckIn& other) const;

    // Texts trimmed; feelings on one line each, empty ones left out and the same word twice
    // (case ignored, as the journal does) kept once; empty helped items left out, and an
    // idea's id wins over words typed beside it.
    CheckIn trimmed() const;
    // The value's own rules, checked on trimmed(); `today` decides what "in the future" is
    // (a day of leeway for time zones). Empty when all is well.
    QList<Problem> problems(const QDate& today) const;
};

}  // namespace mooring
