// How the journal holds up over years: generated profiles of 1, 5 and 10 years
// (about 2,000 entries a year, realistic lengths, fixed seed) in a temporary folder, and
// for each the median of: saving one entry (its own fsync'd transaction), opening the list
// (the first page the screen shows), and searching everything. Not a test: it prints.
//
//   QT_QPA_PLATFORM=offscreen build/bench/journal_bench [years...]    (default: 1 5 10)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
//
// "cold" = a fresh connection after unlocking (SQLCipher's page cache empty, so every page
// read is decrypted again); "warm" = the same connection once more.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"

#include "gui/journal/JournalModel.h"
#include "gui/journal/JournalScreen.h"
#include "session/ProfileSession.h"
#include "storage/Argon2Params.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

using bench::kPassphrase;

// ---------- realistic entries (longer and more varied than GeneratedJournal.h's) ----------

class Writer {
public:
    explicit Writer(QList<QString> strategyIds) : m_random(20261123), m_strategies(std::move(strategyIds)) {
        // Everyday words, most common first: a Zipf-like draw makes a few very frequent.
        const QString text =
            u"i the and to a was it my me that of in so felt just after home at not all "
            "about when like again had with but could on he she they him her them mum dad "
            "sister brother friend work school exam call phone message text night late sleep "
            "tired alone room bed kitchen bus train car park walk outside rain cold dark quiet "
            "loud party people everyone nobody someone argument shouted ignored forgot told "
            "said asked wanted needed tried thought kept remembered scared angry sad lonely "
            "empty numb ashamed guilty stupid useless worthless overwhelmed anxious tense "
            "heavy tight chest breathing music shower tea ice dog cat hug blanket drawing "
            "writing journal breathe counted waited timer helpline friend's house teacher "
            "manager report deadline results grades money rent landlord doctor appointment "
            "therapist session group weekend monday tuesday wednesday thursday friday "
            "saturday sunday morning afternoon evening midnight pictures photos memory "
            "anniversary birthday christmas holiday family dinner table plates window "
            "curtains ceiling floor stairs bathroom mirror clothes shoes coat bag keys "
            "laptop screen scrolling instagram group chat left out again forever nothing "
            "matters why me better worse calmer slowly passed eased stayed lasted minutes "
            "hours"_s;
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        m_triggers = {u"argument"_s,  u"being alone"_s,  u"late night"_s,    u"exam results"_s,    u"work"_s,
                      u"criticism"_s, u"social media"_s, u"family dinner"_s, u"anniversary"_s,     u"tiredness"_s,
                      u"school"_s,    u"money"_s,        u"a memory"_s,      u"feeling ignored"_s, u"mum"_s,
                      u"breakup"_s,   u"loud noise"_s,   u"deadline"_s,      u"rejection"_s,       u"pain"_s};
        m_feelings = JournalEntry::suggestedFeelings();
        m_feelings << u"restless"_s << u"invisible"_s << u"tired"_s << u"hopeless"_s;
        m_tried = {u"went for a walk"_s, u"called Sam"_s,    u"cold shower"_s,   u"loud music"_s,
                   u"texted a friend"_s, u"wrote it down"_s, u"hugged the dog"_s};
    }

    JournalEntry entry(const QDateTime& occurredAt) {
        JournalEntry e;
        e.occurredAt = occurredAt;
        e.urge = pick(11);
        e.situation = words(40 + pick(360));
        if (chance(0.6)) e.thoughts = words(pick(300));
        if (chance(0.3)) e.notes = words(pick(600));
        for (int i = pick(4); i > 0; --i) e.feelings << m_feelings.at(pick(int(m_feelings.size())));
        for (int i = pick(3); i > 0; --i) e.triggers << m_triggers.at(pick(int(m_triggers.size())));
        for (int i = pick(4); i > 0; --i) {
            TriedItem item;
            if (chance(0.5) && !m_strategies.isEmpty())
                item.strategyId = m_strategies.at(pick(int(m_strategies.size())));
            else
                item.text = m_tried.at(pick(int(m_tried.size())));
            if (chance(0.8)) item.helped = pick(11);
            e.tried << item;
        }
        if (chance(0.8)) e.outcome = static_cast<JournalOutcome>(pick(3));
        return e;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    QString words(int characters) {
        QString out;
        while (out.size() < characters) {
            // rank ~ 1/u: Zipf-like, the first words far more often than the last.
            const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
            const int rank = std::min(int(m_words.size()) - 1, int(std::pow(double(m_words.size()), u)) - 1);
            out += m_words.at(std::max(rank, 0));
            out += chance(0.08) ? u". "_s : u" "_s;
        }
        return out.trimmed();
    }

    std::mt19937 m_random;
    QList<QString> m_strategies;
    QStringList m_words, m_triggers, m_feelings, m_tried;
};

// ---------- timing ----------

using bench::median;

double timeMs(const std::function<void()>& work) {
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

std::unique_ptr<UnlockedProfile> unlock(const ProfilePaths& paths) {
    auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
    // What-if only (never in the program): MOORING_BENCH_PRAGMA="journal_mode=WAL" etc.
    // shows what another journal mode or sync level would cost on this disk.
    if (const QByteArray pragma = qgetenv("MOORING_BENCH_PRAGMA"); !pragma.isEmpty())
        profile->database().exec("PRAGMA " + pragma.toStdString());
    return profile;
}

struct Figures {
    int years = 0;
    int entries = 0;
    double fileMiB = 0;
    double saveMs = 0;
    double floorMs = 0;  // the smallest fsync'd transaction on this disk
    double openColdMs = 0, openWarmMs = 0, screenColdMs = 0;
    double searchColdMs = 0, searchWarmMs = 0, searchWorstColdMs = 0;
    double likeColdMs = 0;
    double weekMs = 0;
    double compactMs = 0;
};

Figures run(int years) {
    Figures f;
    f.years = years;
    QTemporaryDir tmp(bench::benchFolder(u"journal-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
    Writer writer(bench::strategyIds(created.profile->database()));

    // GeneratedJournal.h's spread of the years, ending on its fixed day.
    const QDateTime end = bench::kEnd;
    f.entries = bench::fillJournal(created.profile->database(), years, end,
                                   [&](const QDateTime& at) { return writer.entry(at); });
    created.profile.reset();
    f.fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);

    // Opening the list: the model's first page, on a fresh connection each time.
    std::vector<double> cold, warm, screen;
    for (int r = 0; r < 15; ++r) {
        auto profile = unlock(paths);
        JournalStore store(profile->database());
        cold.push_back(timeMs([&] {
            JournalModel model(store);
            model.setFilter({});
        }));
        warm.push_back(timeMs([&] {
            JournalModel model(store);
            model.setFilter({});
        }));
    }
    for (int r = 0; r < 7; ++r) {
        ProfileSession session(unlock(paths));
        screen.push_back(timeMs([&] { JournalScreen journal(session); }));
    }
    f.openColdMs = median(cold);
    f.openWarmMs = median(warm);
    f.screenColdMs = median(screen);

    // Searching everything: common and rare words, a prefix, two words; first page shown.
    const QStringList queries{u"home"_s, u"argu"_s, u"landlord"_s, u"chest tight"_s, u"zebra"_s, u"walk"_s};
    std::vector<double> sCold, sWarm, worst;
    for (int r = 0; r < 5; ++r) {
        for (const QString& q : queries) {
            auto profile = unlock(paths);
            JournalStore store(profile->database());
            const double c = timeMs([&] {
                JournalModel model(store);
                model.setFilter({.text = q});
            });
            sCold.push_back(c);
            worst.push_back(c);
            sWarm.push_back(timeMs([&] {
                JournalModel model(store);
                model.setFilter({.text = q});
            }));
        }
    }
    f.searchColdMs = median(sCold);
    f.searchWarmMs = median(sWarm);
    f.searchWorstColdMs = *std::max_element(worst.begin(), worst.end());

    // For comparison only: a word in no entry, as a LIKE scan over the texts: every text
    // page is read and decrypted (what the FTS index avoids).
    {
        std::vector<double> like;
        for (int r = 0; r < 3; ++r) {
            auto profile = unlock(paths);
            like.push_back(timeMs([&] {
                Statement scan(profile->database(),
                               "SELECT e.seq FROM journal_entries e JOIN journal_texts t ON t.entry = e.seq "
                               "WHERE t.situation LIKE '%zebra%' OR t.thoughts LIKE '%zebra%' "
                               "OR t.notes LIKE '%zebra%' ORDER BY e.occurred_utc DESC LIMIT 100");
                while (scan.step()) {
                }
            }));
        }
        f.likeColdMs = median(like);
    }

    // Saving one entry, each its own fsync'd transaction; then a week for the review.
    {
        auto profile = unlock(paths);
        JournalStore store(profile->database(), [end] { return end; });
        std::vector<double> saves, weeks;
        for (int r = 0; r < 41; ++r) {
            const JournalEntry e = writer.entry(end.addSecs(-r * 600));
            saves.push_back(timeMs([&] { store.add(e); }));
        }
        for (int r = 0; r < 9; ++r) {
            const QDateTime monday = end.addDays(-7 * (r + 1) * 13);
            weeks.push_back(timeMs([&] { (void)store.entriesBetween(monday, monday.addDays(7)); }));
        }
        f.saveMs = median(saves);
        std::vector<double> floor;
        for (int r = 0; r < 41; ++r)
            floor.push_back(timeMs([&] {
                Transaction tx(profile->database());
                Statement put(profile->database(), "INSERT OR REPLACE INTO profile_info(key, value) VALUES (?, ?)");
                put.bind(1, u"bench"_s).bind(2, QString::number(r)).run();
                tx.commit();
            }));
        f.floorMs = median(floor);
        f.weekMs = median(weeks);
        const QString someId = store.page({}, std::nullopt, 1).first().id;
        store.remove(someId);
        f.compactMs = timeMs([&] { store.compactSearchIndex(); });
    }
    return f;
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Mooring"_s);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty()) sizes = {1, 5, 10};

    std::printf("journal_bench: medians in ms; budgets: save < 15, open list < 100, search < 100\n");
    std::printf("%5s %7s %7s | %6s %6s | %9s %9s %9s | %10s %10s %10s | %8s | %7s %8s\n", "years", "entries", "MiB",
                "save", "floor", "open cold", "open warm", "screen", "search cold", "warm", "worst cold", "LIKE cold",
                "week", "compact");
    for (int years : sizes) {
        const Figures f = run(years);
        std::printf("%5d %7d %7.1f | %6.2f %6.2f | %9.2f %9.2f %9.2f | %10.2f %10.2f %10.2f | %8.1f | %7.2f %8.1f\n",
                    f.years, f.entries, f.fileMiB, f.saveMs, f.floorMs, f.openColdMs, f.openWarmMs, f.screenColdMs,
                    f.searchColdMs, f.searchWarmMs, f.searchWorstColdMs, f.likeColdMs, f.weekMs, f.compactMs);
        std::fflush(stdout);
    }
    return 0;
}
