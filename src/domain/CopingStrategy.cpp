#include "domain/CopingStrategy.h"
#include "domain/TextLength.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace mooring {

namespace {

constexpr int kFavouriteWeight = 3;

QString tooLong(int limit, qsizetype length) {
    return QCoreApplication::translate("mooring",
                                       "This is a little long: please keep it to %1 characters (it is %2 now).")
        .arg(limit)
        .arg(length);
}

QString collapsed(const QString& text) { return text.simplified().toCaseFolded(); }

}  // namespace

CopingStrategy CopingStrategy::trimmed() const {
    CopingStrategy copy = *this;
    copy.title = title.trimmed();
    copy.details = details.trimmed();
    copy.location = location.trimmed();
    return copy;
}

QList<CopingStrategy::Problem> CopingStrategy::problems() const {
    const CopingStrategy clean = trimmed();
    QList<Problem> found;
    if (clean.title.isEmpty())
        found.append({Field::Title, QCoreApplication::translate("mooring", "Please give the idea a short title.")});
    else if (characterCount(clean.title) > kMaxTitle)
        found.append({Field::Title, tooLong(kMaxTitle, characterCount(clean.title))});
    if (characterCount(clean.details) > kMaxDetails)
        found.append({Field::Details, tooLong(kMaxDetails, characterCount(clean.details))});
    if (characterCount(clean.location) > kMaxLocation)
        found.append({Field::Location, tooLong(kMaxLocation, characterCount(clean.location))});
    return found;
}

bool CopingStrategy::sameTitle(const QString& a, const QString& b) { return collapsed(a) == collapsed(b); }

std::optional<CopingStrategy> CopingStrategy::pick(const QList<CopingStrategy>& from,
                                                   std::optional<CopingCategory> family, QRandomGenerator& random,
                                                   const QString& exclude) {
    QList<const CopingStrategy*> candidates;
    for (const CopingStrategy& strategy : from) {
        if (!strategy.hidden && (!family || strategy.category == *family)) candidates.append(&strategy);
    }
    if (candidates.size() > 1 && !exclude.isEmpty())
        candidates.removeIf([&exclude](const CopingStrategy* s) { return s->id == exclude; });
    if (candidates.isEmpty()) return std::nullopt;

    // Weighted draw: each favourite counts as several tickets.
    quint32 total = 0;
    for (const CopingStrategy* s : candidates) total += s->favourite ? kFavouriteWeight : 1;
    quint32 ticket = random.bounded(total);
    for (const CopingStrategy* s : candidates) {
        const quint32 weight = s->favourite ? kFavouriteWeight : 1;
        if (ticket < weight) return *s;
        ticket -= weight;
    }
    return *candidates.constLast();
}

}  // namespace mooring
