#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mooring {

// "Learning from a setback": a short, optional reflection written when the person is
// ready, linked to the journal entry that said they acted on the urge (or to none, when
// they chose "I had a setback" on the home screen). Nothing here is a score.
struct SetbackReflection {
    static constexpr int kMaxText = 20000;  // each text, after trimming (like the journal)

    QString id;            // a UUID without braces; empty until first saved
    QString entryId;       // the journal entry's id, or empty
    QString before;        // what was happening before
    QString warningSigns;  // which warning signs were there
    QString tried;         // what I tried
    QString nextTime;      // what might help next time
    QString forPlan;       // what I want to add to my plan
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const SetbackReflection&) const = default;

    SetbackReflection trimmed() const;
    bool isBlank() const;  // every text empty after trimming
    // A plain message when a text is too long to keep, else empty.
    QString problem() const;

    // Items to suggest for the safety plan, one per line the person wrote (list marks
    // such as "-" or "*" dropped): their warning signs, and what might help next time
    // plus what they want to add. Suggestions only: the plan changes when they save it.
    QStringList suggestedWarningSigns() const;
    QStringList suggestedCoping() const;
    static QStringList linesOf(const QString& text);
};

// "Where I am in recovery", in the person's own words and only if they want to say.
// The three places are not levels: a person moves between them freely.
enum class RecoveryPlace { Noticing, Learning, KeepingGoing };

struct RecoveryPlaceNote {
    static constexpr int kMaxWords = 20000;

    std::optional<RecoveryPlace> place;  // none chosen
    QString words;
    QDateTime updatedAt;

    bool operator==(const RecoveryPlaceNote&) const = default;

    static QString placeKey(RecoveryPlace place);  // "noticing", "learning", "keeping"
    static std::optional<RecoveryPlace> placeFromKey(const QString& key);
};

}  // namespace mooring
