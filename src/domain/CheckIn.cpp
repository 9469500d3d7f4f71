#include "domain/CheckIn.h"

#include "domain/JournalEntry.h"
#include "domain/TextLength.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mooring {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString tooLong(const QString& fieldName, qsizetype length) {
    const QLocale locale;
    return tr("\u201c%1\u201d is %2 characters long; it can hold up to %3. Please shorten it a little.")
        .arg(fieldName, locale.toString(length), locale.toString(CheckIn::kMaxText));
}

// The journal's rule for feelings: one line each, the same word (case ignored) once.
QStringList cleanFeelings(const QStringList& feelings) {
    QStringList out;
    for (const QString& feeling : feelings) {
        const QString clean = feeling.simplified();
        if (clean.isEmpty()) continue;
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&clean](const QString& kept) { return JournalEntry::sameTag(kept, clean); });
        if (!seen) out.append(clean);
    }
    return out;
}

// Same moment and same offset, as the journal compares its times.
bool sameLocalMoment(const QDateTime& a, const QDateTime& b) {
    if (a.isValid() != b.isValid()) return false;
    return !a.isValid() || (a == b && a.offsetFromUtc() == b.offsetFromUtc());
}

void checkScale(const std::optional<int>& value, CheckIn::Field field, const QString& what,
                QList<CheckIn::Problem>& found) {
    if (value && (*value < 0 || *value > CheckIn::kMaxScale))
        found.append(
            {field, -1, tr("\u201c%1\u201d needs a number from 0 to 10 (it is %2 now).").arg(what).arg(*value)});
}

}  // namespace

bool CheckIn::operator==(const CheckIn& other) const {
    return id == other.id && day == other.day && overall == other.overall && urge == other.urge &&
           feelings == other.feelings && helped == other.helped && selfCare == other.selfCare && note == other.note &&
           sameLocalMoment(createdAt, other.createdAt) && sameLocalMoment(updatedAt, other.updatedAt);
}

CheckIn CheckIn::trimmed() const {
    CheckIn copy = *this;
    copy.id = id.trimmed();
    copy.note = note.trimmed();
    copy.feelings = cleanFeelings(feelings);
    copy.helped.clear();
    for (const CheckInHelp& item : helped) {
        CheckInHelp clean{item.strategyId.trimmed(), item.text.trimmed()};
        if (!clean.strategyId.isEmpty()) clean.text.clear();
        if (!clean.strategyId.isEmpty() || !clean.text.isEmpty()) copy.helped.append(clean);
    }
    return copy;
}

QList<CheckIn::Problem> CheckIn::problems(const QDate& today) const {
    const CheckIn clean = trimmed();
    QList<Problem> found;
    if (!clean.day.isValid())
        found.append({Field::Day, -1, tr("Please give the day this check-in is for.")});
    else if (today.isValid() && clean.day > today.addDays(1))
        found.append({Field::Day, -1, tr("This check-in is for a day that has not come yet. Please check the date.")});

    if (!clean.overall)
        found.append({Field::Overall, -1,
                      tr("Please choose how today is, from 0 to 10. It is the only thing a check-in needs.")});
    checkScale(clean.overall, Field::Overall, tr("How today is"), found);
    checkScale(clean.urge, Field::Urge, tr("How strong the urge was"), found);

    if (clean.feelings.size() > kMaxListItems)
        found.append({Field::Feelings, -1, tr("Up to %1 feelings can be kept for one day.").arg(kMaxListItems)});
    for (int i = 0; i < clean.feelings.size(); ++i)
        if (characterCount(clean.feelings.at(i)) > kMaxText)
            found.append({Field::Feelings, i, tooLong(tr("What I felt"), characterCount(clean.feelings.at(i)))});
    if (clean.helped.size() > kMaxListItems)
        found.append(
            {Field::Helped, -1, tr("Up to %1 things that helped can be kept for one day.").arg(kMaxListItems)});
    for (int i = 0; i < clean.helped.size(); ++i)
        if (characterCount(clean.helped.at(i).text) > kMaxText)
            found.append({Field::Helped, i, tooLong(tr("What helped"), characterCount(clean.helped.at(i).text))});

    if (const std::optional<double> sleep = clean.selfCare.sleepHours;
        sleep && (!std::isfinite(*sleep) || *sleep < 0.0 || *sleep > SelfCare::kMaxSleepHours))
        found.append({Field::SleepHours, -1, tr("Hours of sleep need to be a number from 0 to 24.")});

    if (clean.note.contains(u'\n') || clean.note.contains(u'\r'))
        found.append({Field::Note, -1, tr("The note is a single line. Please leave out the line breaks.")});
    if (characterCount(clean.note) > kMaxText)
        found.append({Field::Note, -1, tooLong(tr("Note"), characterCount(clean.note))});
    return found;
}

}  // namespace mooring
