// Killed at any moment (docs/security.md): SIGKILL a program in the middle of its saves,
// then every record it said was saved must be there and the database must be whole.
#include "KillRun.h"

#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QHash>

#include <algorithm>
#include <iostream>
#include <random>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"still water at the harbour wall"_s;

void createProfile(const ProfilePaths& paths, const QString& passphrase) {
    const ProfileLock lock(paths);
    UnlockedProfile::create(paths, SecureBuffer::fromUtf8(passphrase), Argon2Params::forTests());
}

bool present(UnlockedProfile& profile, char kind, const QString& id) {
    Database& db = profile.database();
    switch (kind) {
        case 'j':
            return JournalStore(db).find(id).has_value();
        case 'p':
            return SafetyPlanStore(db).find(id).has_value();
        case 's':
            return StrategyStore(db).find(id).has_value();
        default:
            return false;
    }
}

}  // namespace

TEST_CASE("Every record a killed writer promised is there, and the database is whole", "[kill]") {
    TempProfile profile;
    createProfile(profile.paths(), kPassphrase);
    const std::uint32_t seed = killSeed("writer");
    std::mt19937 random(seed);
    // Start-up (exec, unlock) takes some of this, so a few kills land before the first save.
    std::uniform_int_distribution<int> delayMs(0, 600);

    KillTally tally;
    QList<QPair<char, QString>> promised;
    const int runs = killRunsWanted();
    for (int run = 0; run < runs; ++run) {
        const auto delay = std::chrono::milliseconds(delayMs(random));
        const KilledRun result =
            runAndKill(QStringLiteral(KILL_WRITER_PATH), {profile.dir(), kPassphrase}, {}, delay, false);
        ++tally.runs;
        INFO("run " << run << ", kill after " << delay.count() << " ms: " << result.err.toStdString());
        REQUIRE(result.killed);  // the writer never stops by itself
        ++tally.kills;
        const qsizetype before = promised.size();
        for (const QByteArray& line : completeLines(result.out)) {
            REQUIRE(line.size() > 2);
            promised.append({line.at(0), QString::fromLatin1(line.mid(2))});
        }

        // Reopening takes over the dead writer's lock, as the program would.
        try {
            const ProfileLock lock(profile.paths());
            auto unlocked = UnlockedProfile::unlock(profile.paths(), SecureBuffer::fromUtf8(kPassphrase));
            if (!unlocked->database().integrityOk()) ++tally.unopenable;
            for (qsizetype i = before; i < promised.size(); ++i) {
                ++tally.records;
                if (!present(*unlocked, promised.at(i).first, promised.at(i).second)) ++tally.lost;
            }
        } catch (const Error& e) {
            ++tally.unopenable;
            FAIL_CHECK("run " << run << ": the profile did not open: " << e.message().toStdString());
        }
    }
    // Once more at the end: later runs lost nothing that earlier ones saved.
    {
        const ProfileLock lock(profile.paths());
        auto unlocked = UnlockedProfile::unlock(profile.paths(), SecureBuffer::fromUtf8(kPassphrase));
        for (const auto& [kind, id] : promised) {
            ++tally.records;
            if (!present(*unlocked, kind, id)) ++tally.lost;
        }
        CHECK(unlocked->database().integrityOk());
    }
    tally.print("writer", seed);
    CHECK(tally.kills == runs);
    CHECK(promised.size() > runs);  // the kills did land among saves, not only before them
    CHECK(tally.lost == 0);
    CHECK(tally.unopenable == 0);
}

TEST_CASE("A passphrase change killed at any moment leaves the old or the new passphrase working", "[kill][cli]") {
    TempProfile profile;
    QString current = u"first passphrase by the sea"_s;
    QString next = u"second passphrase by the river"_s;
    createProfile(profile.paths(), current);
    QString entryId;
    {
        const ProfileLock lock(profile.paths());
        auto unlocked = UnlockedProfile::unlock(profile.paths(), SecureBuffer::fromUtf8(current));
        JournalEntry e;
        e.occurredAt = JournalEntry::withLocalOffset(QDateTime::currentDateTime());
        e.urge = 3;
        e.situation = u"Written before any passphrase change"_s;
        entryId = JournalStore(unlocked->database()).add(e).id;
    }
    const auto input = [&] { return (current + u'\n' + next + u'\n' + next + u'\n').toUtf8(); };
    const QStringList arguments{u"passwd"_s, u"--profile"_s, profile.dir()};

    // How long a whole change takes here (the quickest of three); most of it is start-up,
    // so kills are spread from a third of it to a little past its end, where the key file
    // is written.
    long quickest = 0;
    for (int i = 0; i < 3; ++i) {
        const KilledRun whole =
            runAndKill(QStringLiteral(MOORING_CLI_PATH), arguments, input(), std::chrono::milliseconds(60000));
        INFO(whole.err.toStdString());
        REQUIRE_FALSE(whole.killed);
        REQUIRE(whole.exitCode == 0);
        std::swap(current, next);
        quickest = i == 0 ? whole.elapsed.count() : std::min<long>(quickest, whole.elapsed.count());
    }

    const std::uint32_t seed = killSeed("passwd");
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> delayMs(quickest / 3, quickest * 13 / 10 + 1);
    KillTally tally;
    int changed = 0;
    const int runs = killRunsWanted();
    for (int run = 0; run < runs; ++run) {
        const auto delay = std::chrono::milliseconds(delayMs(random));
        const KilledRun result = runAndKill(QStringLiteral(MOORING_CLI_PATH), arguments, input(), delay);
        ++tally.runs;
        if (result.killed) ++tally.kills;
        INFO("run " << run << ", kill after " << delay.count() << " ms: " << result.err.toStdString());
        if (!result.killed) REQUIRE(result.exitCode == 0);

        const ProfileLock lock(profile.paths());
        std::unique_ptr<UnlockedProfile> unlocked;
        for (const QString& candidate : {current, next}) {
            try {
                unlocked = UnlockedProfile::unlock(profile.paths(), SecureBuffer::fromUtf8(candidate));
                if (candidate == next) {
                    std::swap(current, next);
                    ++changed;
                }
                break;
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::WrongSecret) FAIL_CHECK(e.message().toStdString());
            }
        }
        if (!unlocked) {
            ++tally.unopenable;
            FAIL("run " << run << ": neither passphrase opens the profile");
        }
        ++tally.records;
        if (!JournalStore(unlocked->database()).find(entryId)) ++tally.lost;
        if (!unlocked->database().integrityOk()) ++tally.unopenable;
    }
    tally.print("passwd", seed);
    std::cout << "kill check (passwd): " << changed << " of " << runs << " runs had changed it before the kill"
              << std::endl;
    CHECK(tally.kills > 0);
    CHECK(tally.lost == 0);
    CHECK(tally.unopenable == 0);
}
