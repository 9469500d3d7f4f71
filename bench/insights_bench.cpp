// How the weekly review holds up over years (issue 8): generated profiles of 1, 5, 10 and
// 20 years (about 2,000 entries a year, fixed seed) in a real encrypted profile, and for
// each the median of:
//   - one week's summary: the store fetch (the week and the four before it, the narrow
//     facts and tried items up to the week's end, the toolbox titles), summarizeWeek()
//     (counts, grid, the four-week comparison, since the start) and describeWeek();
//   - "what helps me" over all time: every tried item, ranked.
// "cold" = a fresh connection after unlocking (SQLCipher's page cache empty); "warm" = the
// same connection once more. Not a test: it prints.
//
//   build-rel/bench/insights_bench [years...]     (default: 1 5 10 20)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
#include "insights/Week.h"
#include "insights/WeekSentences.h"
#include "insights/WeekSummary.h"
#include "insights/WhatHelps.h"
#include "storage/Argon2Params.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEntriesPerYear = 2000;
const QString kPassphrase = u"bench passphrase of some length"_s;

// Entries with the shape of real ones: tags, tried items (half toolbox ideas, most rated),
// outcomes, and a few sentences of text so the tables have realistic page counts.
class Writer {
public:
    explicit Writer(QList<QString> strategyIds) : m_random(20261123), m_strategies(std::move(strategyIds)) {}

    JournalEntry entry(const QDateTime& occurredAt) {
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

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The last timeMs() call's CPU time: on a machine shared with builds, the wall clock
// mostly measures waiting for a core; CPU time shows the work itself.
double g_lastCpuMs = 0;

double timeMs(const std::function<void()>& work) {
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    work();
    const double wall = double(t.nsecsElapsed()) / 1e6;
    g_lastCpuMs = threadCpuMs() - cpu;
    return wall;
}

// What the review screen and `mooring-cli review` do for one week (WeekSummary.h's recipe).
WeekSummary weekSummary(Database& db, const Week& week, double* fetchMs = nullptr) {
    ReviewInput input;
    const double fetch = timeMs([&] {
        JournalStore journal(db);
        input.entries = journal.entriesBetween(week.shifted(-RecentWeeks::kWeeks).fetchFrom(), week.fetchTo());
        input.facts = journal.factsUntil(week.fetchTo());
        input.tried = journal.triedUntil(week.fetchTo());
        input.titles = strategyTitles(StrategyStore(db).all());
    });
    if (fetchMs) *fetchMs = fetch;
    WeekSummary summary = summarizeWeek(week, input);
    (void)describeWeek(summary);
    return summary;
}

// Where one warm week's time goes, in CPU ms: entries, facts, tried items, titles, arithmetic.
void printBreakdown(Database& db, const Week& week) {
    JournalStore journal(db);
    ReviewInput input;
    std::vector<double> parts;
    timeMs([&] {
        input.entries = journal.entriesBetween(week.shifted(-RecentWeeks::kWeeks).fetchFrom(), week.fetchTo());
    });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { input.facts = journal.factsUntil(week.fetchTo()); });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { input.tried = journal.triedUntil(week.fetchTo()); });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { input.titles = strategyTitles(StrategyStore(db).all()); });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { (void)describeWeek(summarizeWeek(week, input)); });
    parts.push_back(g_lastCpuMs);
    std::printf("      (cpu ms, warm: 5 weeks' entries %.2f, facts %.2f, tried %.2f, titles %.2f, arithmetic %.2f)\n",
                parts[0], parts[1], parts[2], parts[3], parts[4]);
}

QList<HelpfulIdea> helps(Database& db) {
    return whatHelps(JournalStore(db).triedUntil(), strategyTitles(StrategyStore(db).all()));
}

struct Figures {
    int years = 0;
    int entries = 0;
    double fileMiB = 0;
    double weekColdMs = 0, weekWarmMs = 0, fetchWarmMs = 0;
    double helpsColdMs = 0, helpsWarmMs = 0;
    double weekColdCpu = 0, helpsColdCpu = 0;
    int weekEntries = 0, helpful = 0;
};

Figures run(int years, const QString& baseDir) {
    Figures f;
    f.years = years;
    QTemporaryDir tmp(baseDir.isEmpty() ? QString() : baseDir + u"/insights-bench-XXXXXX"_s);
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
    QList<QString> strategyIds;
    for (const CopingStrategy& s : StrategyStore(created.profile->database()).all()) strategyIds << s.id;
    Writer writer(strategyIds);

    // Evenly spread back from the last week, with jitter; offsets as in the UK.
    const QDateTime end(QDate(2026, 11, 20), QTime(21, 0), Qt::OffsetFromUTC, 0);
    const int total = years * kEntriesPerYear;
    const qint64 span = qint64(years) * 365 * 24 * 3600;
    std::mt19937 jitter(7);
    {
        JournalStore store(created.profile->database(), [end] { return end; });
        QList<JournalEntry> chunk;
        for (int i = 0; i < total; ++i) {
            const qint64 back = span - span * i / total + std::uniform_int_distribution<int>(0, 3000)(jitter);
            const QDateTime when = end.addSecs(-back);
            const int offset = (when.date().month() >= 4 && when.date().month() <= 10) ? 3600 : 0;
            JournalEntry e = writer.entry(when.toOffsetFromUtc(offset));
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.createdAt = e.updatedAt = e.occurredAt;
            chunk << e;
            if (chunk.size() == kEntriesPerYear || i == total - 1) {
                store.putAll(chunk);  // generating only: a year per transaction
                chunk.clear();
            }
        }
        f.entries = store.count();
    }
    created.profile.reset();
    f.fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);

    // The latest week reads the most "since the start"; older weeks are spread over the years.
    const Week latest = Week::containing(end.date(), Qt::Monday);
    std::vector<double> cold, warm, fetch, helpsCold, helpsWarm, coldCpu, helpsCpu;
    for (int r = 0; r < 15; ++r) {
        const Week week = r % 3 == 0 ? latest : latest.shifted(-(r * 7 * years) % (52 * years));
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
        Database& db = profile->database();
        cold.push_back(timeMs([&] { f.weekEntries = weekSummary(db, week).entries; }));
        coldCpu.push_back(g_lastCpuMs);
        double fetched = 0;
        warm.push_back(timeMs([&] { (void)weekSummary(db, week, &fetched); }));
        fetch.push_back(fetched);
    }
    for (int r = 0; r < 11; ++r) {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
        Database& db = profile->database();
        helpsCold.push_back(timeMs([&] { f.helpful = int(helps(db).size()); }));
        helpsCpu.push_back(g_lastCpuMs);
        helpsWarm.push_back(timeMs([&] { (void)helps(db); }));
    }
    {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
        (void)weekSummary(profile->database(), latest);
        printBreakdown(profile->database(), latest);
    }
    f.weekColdMs = median(cold);
    f.weekWarmMs = median(warm);
    f.fetchWarmMs = median(fetch);
    f.helpsColdMs = median(helpsCold);
    f.helpsWarmMs = median(helpsWarm);
    f.weekColdCpu = median(coldCpu);
    f.helpsColdCpu = median(helpsCpu);
    return f;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty()) sizes = {1, 5, 10, 20};
    const QString baseDir = qEnvironmentVariable("MOORING_BENCH_DIR");

    std::printf("insights_bench: medians in ms; budgets: one week's summary < 20, what helps me < 50\n");
    std::printf("%5s %7s %6s | %9s %8s %9s %11s | %10s %9s %10s | %s\n", "years", "entries", "MiB", "week cold",
                "(cpu)", "week warm", "(fetch warm)", "helps cold", "(cpu)", "helps warm",
                "growth vs first size (week cold, helps cold)");
    double firstWeek = 0, firstHelps = 0;
    for (int years : sizes) {
        const Figures f = run(years, baseDir);
        if (firstWeek == 0) {
            firstWeek = f.weekColdMs;
            firstHelps = f.helpsColdMs;
        }
        std::printf("%5d %7d %6.1f | %9.2f %8.2f %9.2f %11.2f | %10.2f %9.2f %10.2f | x%.1f, x%.1f\n", f.years,
                    f.entries, f.fileMiB, f.weekColdMs, f.weekColdCpu, f.weekWarmMs, f.fetchWarmMs, f.helpsColdMs,
                    f.helpsColdCpu, f.helpsWarmMs, f.weekColdMs / firstWeek, f.helpsColdMs / firstHelps);
        std::fflush(stdout);
    }
    return 0;
}
