#pragma once
// Generated journals for the weekly review's benchmarks: a real encrypted
// profile with about 2,000 entries a year (fixed seeds), entries shaped like real ones.
// Shared by the benches that need a journal, so all measure the same profiles;
// fillJournal is the loop alone, for a bench with entries of its own (journal_bench).

#include "storage/Argon2Params.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QDateTime>
#include <QUuid>

#include <functional>
#include <random>

namespace mooring::bench {

inline constexpr int kEntriesPerYear = 2000;
inline const QString kPassphrase = QStringLiteral("bench passphrase of some length");
// The last generated entry; the latest week is the one containing it.
inline const QDateTime kEnd(QDate(2026, 11, 20), QTime(21, 0), Qt::OffsetFromUTC, 0);

// Entries with the shape of real ones: tags, tried items (half toolbox ideas, most rated),
// outcomes, and a few sentences of text so the tables have realistic page counts.
class Writer {
public:
    explicit Writer(QList<QString> strategyIds) : m_random(20261123), m_strategies(std::move(strategyIds)) {}

    JournalEntry entry(const QDateTime& occurredAt) {
        using namespace Qt::StringLiterals;
        static const QStringList triggers{u"argument"_s, u"being alone"_s, u"late night"_s,   u"exam results"_s,
                                          u"work"_s,     u"criticism"_s,   u"social media"_s, u"family dinner"_s,
                                          u"money"_s,    u"a memory"_s,    u"deadline"_s,     u"rejection"_s};
        static const QStringList feelings{u"lonely"_s, u"angry"_s,  u"numb"_s,     u"ashamed"_s,
                                          u"tired"_s,  u"scared"_s, u"restless"_s, u"overwhelmed"_s};
        static const QStringList own{u"went for a walk"_s, u"called Sam"_s,      u"cold shower"_s,
                                     u"loud music"_s,      u"texted a friend"_s, u"wrote it down"_s};
        static const QString sentence = u"After the call I sat in my room and the evening felt long and heavy. "_s;
        JournalEntry e;
        e.occurredAt = occurredAt;
        e.urge = pick(11);
        e.situation = sentence.repeated(1 + pick(4));
        if (chance(0.5)) e.thoughts = sentence.repeated(1 + pick(3));
        for (int i = pick(4); i > 0; --i) e.feelings << feelings.at(pick(int(feelings.size())));
        for (int i = pick(3); i > 0; --i) e.triggers << triggers.at(pick(int(triggers.size())));
        for (int i = pick(4); i > 0; --i) {
            TriedItem item;
            if (chance(0.5) && !m_strategies.isEmpty())
                item.strategyId = m_strategies.at(pick(int(m_strategies.size())));
            else
                item.text = own.at(pick(int(own.size())));
            if (chance(0.8)) item.helped = pick(11);
            e.tried << item;
        }
        if (chance(0.8)) e.outcome = static_cast<JournalOutcome>(pick(3));
        return e;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }

    std::mt19937 m_random;
    QList<QString> m_strategies;
};

// The toolbox ideas a new profile holds, for the tried items that name one.
inline QList<QString> strategyIds(Database& db) {
    QList<QString> ids;
    for (const CopingStrategy& s : StrategyStore(db).all()) ids << s.id;
    return ids;
}

// Writes `years` of entries from `entryAt` into `db`, evenly spread back from `end` with
// jitter, offsets as in the UK, a year per transaction; `afterYear(year)`, if given, runs
// after each year's entries are stored. Returns the number of entries.
inline int fillJournal(Database& db, int years, const QDateTime& end,
                       const std::function<JournalEntry(const QDateTime&)>& entryAt,
                       const std::function<void(int year)>& afterYear = {}) {
    const int total = years * kEntriesPerYear;
    const qint64 span = qint64(years) * 365 * 24 * 3600;
    std::mt19937 jitter(7);
    JournalStore store(db, [end] { return end; });
    QList<JournalEntry> chunk;
    int year = 0;
    for (int i = 0; i < total; ++i) {
        const qint64 back = span - span * i / total + std::uniform_int_distribution<int>(0, 3000)(jitter);
        const QDateTime when = end.addSecs(-back);
        const int offset = (when.date().month() >= 4 && when.date().month() <= 10) ? 3600 : 0;
        JournalEntry e = entryAt(when.toOffsetFromUtc(offset));
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.createdAt = e.updatedAt = e.occurredAt;
        chunk << e;
        if (chunk.size() == kEntriesPerYear || i == total - 1) {
            store.putAll(chunk);  // generating only: a year per transaction
            chunk.clear();
            if (afterYear) afterYear(year);
            ++year;
        }
    }
    return store.count();
}

// A new profile at `paths` with `years` of Writer's entries ending at `end`. A bench whose
// window runs on the real clock passes an end near now, so the latest week has entries;
// `afterYear(db, year)` lets it add more between the years, as a person would.
// Returns the number of entries.
inline int generateJournal(const ProfilePaths& paths, int years, const QDateTime& end = kEnd,
                           const std::function<void(Database&, int year)>& afterYear = {}) {
    auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
    Database& db = created.profile->database();
    Writer writer(strategyIds(db));
    const auto entryAt = [&](const QDateTime& at) { return writer.entry(at); };
    return fillJournal(db, years, end, entryAt, [&](int year) {
        if (afterYear) afterYear(db, year);
    });
}

}  // namespace mooring::bench
