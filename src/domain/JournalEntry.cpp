#include "domain/JournalEntry.h"
#include "domain/TextLength.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

// Same moment AND same offset: "21:40 at +01:00" is not the same entry as "20:40 at +00:00".
bool sameLocalMoment(const QDateTime& a, const QDateTime& b) {
    if (a.isValid() != b.isValid()) return false;
    return !a.isValid() || (a == b && a.offsetFromUtc() == b.offsetFromUtc());
}

QString tooLong(const QString& fieldName, qsizetype length) {
    const QLocale locale;
    return tr("\u201c%1\u201d is %2 characters long; it can hold up to %3. Please shorten it a little.")
        .arg(fieldName, locale.toString(length), locale.toString(JournalEntry::kMaxText));
}

// A tag is one line: white space inside collapses to single spaces.
QStringList cleanTags(const QStringList& tags) {
    QStringList out;
    for (const QString& tag : tags) {
        const QString clean = tag.simplified();
        if (clean.isEmpty()) continue;
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&clean](const QString& kept) { return JournalEntry::sameTag(kept, clean); });
        if (!seen) out.append(clean);
    }
    return out;
}

void checkTags(const QStringList& tags, JournalEntry::Field field, const QString& fieldName,
               QList<JournalEntry::Problem>& found) {
    for (int i = 0; i < tags.size(); ++i) {
        if (characterCount(tags.at(i)) > JournalEntry::kMaxText)
            found.append({field, i, tooLong(fieldName, characterCount(tags.at(i)))});
    }
}

}  // namespace

bool JournalEntry::operator==(const JournalEntry& other) const {
    return id == other.id && sameLocalMoment(occurredAt, other.occurredAt) && situation == other.situation &&
           thoughts == other.thoughts && feelings == other.feelings && urge == other.urge &&
           triggers == other.triggers && tried == other.tried && outcome == other.outcome && notes == other.notes &&
           sameLocalMoment(createdAt, other.createdAt) && sameLocalMoment(updatedAt, other.updatedAt);
}

JournalEntry JournalEntry::trimmed() const {
    JournalEntry copy = *this;
    copy.id = id.trimmed();
    // Whole seconds in a fixed offset: what the store keeps, so a round trip compares equal.
    if (occurredAt.isValid())
        copy.occurredAt =
            QDateTime::fromSecsSinceEpoch(occurredAt.toSecsSinceEpoch(), Qt::OffsetFromUTC, occurredAt.offsetFromUtc());
    copy.situation = situation.trimmed();
    copy.thoughts = thoughts.trimmed();
    copy.notes = notes.trimmed();
    copy.feelings = cleanTags(feelings);
    copy.triggers = cleanTags(triggers);
    copy.tried.clear();
    for (const TriedItem& item : tried) {
        TriedItem clean{item.strategyId.trimmed(), item.text.trimmed(), item.helped};
        // An idea from the toolbox wins over words typed beside it: the id is what links it.
        if (!clean.strategyId.isEmpty()) clean.text.clear();
        if (!clean.strategyId.isEmpty() || !clean.text.isEmpty()) copy.tried.append(clean);
    }
    return copy;
}

QList<JournalEntry::Problem> JournalEntry::problems(const QDateTime& now) const {
    const JournalEntry clean = trimmed();
    QList<Problem> found;
    if (!clean.occurredAt.isValid())
        found.append({Field::OccurredAt, -1, tr("Please give the day and time this happened.")});
    else if (now.isValid() && clean.occurredAt > now.addDays(1))
        found.append(
            {Field::OccurredAt, -1, tr("The time of this entry is more than a day from now. Please check the date.")});

    if (!clean.urge)
        found.append({Field::Urge, -1,
                      tr("Please choose how strong the urge was, from 0 to 10. It is the only thing "
                         "an entry needs.")});
    else if (*clean.urge < 0 || *clean.urge > kMaxUrge)
        found.append(
            {Field::Urge, -1,
             tr("How strong the urge was needs to be a number from 0 to 10 (it is %1 now).").arg(*clean.urge)});

    if (characterCount(clean.situation) > kMaxText)
        found.append({Field::Situation, -1, tooLong(tr("What was happening"), characterCount(clean.situation))});
    if (characterCount(clean.thoughts) > kMaxText)
        found.append({Field::Thoughts, -1, tooLong(tr("What went through my mind"), characterCount(clean.thoughts))});
    checkTags(clean.feelings, Field::Feelings, tr("What I felt"), found);
    checkTags(clean.triggers, Field::Triggers, tr("What set it off"), found);
    for (int i = 0; i < clean.tried.size(); ++i) {
        const TriedItem& item = clean.tried.at(i);
        if (characterCount(item.text) > kMaxText)
            found.append({Field::Tried, i, tooLong(tr("What I tried"), characterCount(item.text))});
        if (item.helped && (*item.helped < 0 || *item.helped > kMaxHelped))
            found.append({Field::Tried, i,
                          tr("\u201cHow much did it help?\u201d needs a number from 0 to 10 (it is %1 now).")
                              .arg(*item.helped)});
    }
    if (characterCount(clean.notes) > kMaxText)
        found.append({Field::Notes, -1, tooLong(tr("Notes"), characterCount(clean.notes))});
    return found;
}

QDateTime JournalEntry::withLocalOffset(const QDateTime& moment) {
    const QDateTime local = moment.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QString JournalEntry::outcomeName(JournalOutcome outcome) {
    switch (outcome) {
        case JournalOutcome::Passed:
            return u"passed"_s;
        case JournalOutcome::Coped:
            return u"coped"_s;
        case JournalOutcome::Acted:
            return u"acted"_s;
    }
    return {};
}

std::optional<JournalOutcome> JournalEntry::outcomeFromName(const QString& name) {
    for (JournalOutcome o : {JournalOutcome::Passed, JournalOutcome::Coped, JournalOutcome::Acted}) {
        if (outcomeName(o) == name) return o;
    }
    return std::nullopt;
}

QStringList JournalEntry::suggestedFeelings() {
    return {tr("sad"),         tr("lonely"), tr("angry"),  tr("anxious"), tr("ashamed"),    tr("numb"),
            tr("overwhelmed"), tr("empty"),  tr("scared"), tr("guilty"),  tr("frustrated"), tr("rejected")};
}

bool JournalEntry::sameTag(const QString& a, const QString& b) {
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

}  // namespace mooring
