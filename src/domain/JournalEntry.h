#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mooring {

// How a hard moment ended (docs/export-format.md, "outcome"). Every answer is a fact to learn
// from; none of them is a score.
enum class JournalOutcome { Passed, Coped, Acted };

// One thing the person tried: an idea from their toolbox (by id) or their own words.
struct TriedItem {
    QString strategyId;         // a toolbox idea's id, or empty
    QString text;               // free text, or empty; exactly one of the two is set
    std::optional<int> helped;  // 0-10 "how much did it help?", or not said

    bool operator==(const TriedItem&) const = default;
};

// One entry of the private trigger journal (docs/export-format.md, "journal").
struct JournalEntry {
    static constexpr int kMaxText = 20000;  // every string, after trimming (docs/export-format.md)
    static constexpr int kMaxUrge = 10;
    static constexpr int kMaxHelped = 10;
    static constexpr int kMaxEntriesPerYear = 10000;

    // Which field a problem is about, so a form can show the message right next to it.
    enum class Field { Id, OccurredAt, Situation, Thoughts, Feelings, Urge, Triggers, Tried, Notes };
    struct Problem {
        Field field;
        int index = -1;   // the list item (feeling, trigger, tried item) it is about, or -1
        QString message;  // plain and kind, fit to show next to the field
        bool operator==(const Problem&) const = default;
    };

    QString id;            // a UUID without braces; empty until first saved
    QDateTime occurredAt;  // the moment, in the UTC offset the person had then
    QString situation;
    QString thoughts;
    QStringList feelings;
    std::optional<int> urge;  // required: 0-10
    QStringList triggers;
    QList<TriedItem> tried;
    std::optional<JournalOutcome> outcome;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const JournalEntry& other) const;

    // Texts trimmed; feelings and triggers also on one line, empty ones left out and the
    // same word twice (case ignored) kept once; empty tried items left out.
    JournalEntry trimmed() const;
    // The value's own rules, checked on trimmed(); `now` decides what "in the future" is
    // (a day of leeway for clocks and time zones). Empty when all is well.
    QList<Problem> problems(const QDateTime& now) const;

    // The offset the computer has at that moment; for new entries.
    static QDateTime withLocalOffset(const QDateTime& moment);
    // Export names: "passed", "coped", "acted".
    static QString outcomeName(JournalOutcome outcome);
    static std::optional<JournalOutcome> outcomeFromName(const QString& name);
    // The short list of feelings a new entry offers (translated); the person adds their own.
    static QStringList suggestedFeelings();
    // The same tag for "is it already there?": case and spacing ignored.
    static bool sameTag(const QString& a, const QString& b);
};

}  // namespace mooring
