// An import killed at any moment (docs/security.md): import is all or nothing, so after a
// SIGKILL the profile holds either none or all of the file's entries, and everything it
// held before.
#include "KillRun.h"

#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QUuid>

#include <algorithm>
#include <iostream>
#include <random>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"boats resting on the sand"_s;
constexpr int kImported = 200;
constexpr int kAlready = 5;

QStringList fill(const ProfilePaths& paths, int count, const QString& words) {
    const ProfileLock lock(paths);
    auto profile =
        UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests()).profile;
    QList<JournalEntry> entries;
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.occurredAt = JournalEntry::withLocalOffset(now.addSecs(-600LL * (i + 1)));
        e.createdAt = e.updatedAt = e.occurredAt;
        e.urge = i % 11;
        e.situation = u"%1 %2"_s.arg(words).arg(i);
        entries.append(e);
        ids << e.id;
    }
    JournalStore(profile->database()).putAll(entries);
    return ids;
}

void copyFolder(const QString& from, const QString& to) {
    REQUIRE(QDir().mkpath(to));
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        if (name == u"mooring.lock"_s) continue;
        REQUIRE(QFile::copy(from + u'/' + name, to + u'/' + name));
    }
}

}  // namespace

TEST_CASE("An import killed at any moment leaves none or all of the file, and all that was there", "[kill][cli]") {
    TempProfile source;
    fill(source.paths(), kImported, u"Imported entry"_s);
    TempProfile work;  // holds the export file, the template profile and each run's copy
    REQUIRE(QDir().mkpath(work.dir()));
    const QString exportFile = work.dir() + u"/plan.json"_s;
    const KilledRun exported = runAndKill(QStringLiteral(MOORING_CLI_PATH),
                                          {u"export"_s, exportFile, u"--plain"_s, u"--profile"_s, source.dir()},
                                          (kPassphrase + u'\n').toUtf8(), std::chrono::milliseconds(120000));
    INFO(exported.err.toStdString());
    REQUIRE_FALSE(exported.killed);
    REQUIRE(exported.exitCode == 0);

    const QString templateDir = work.dir() + u"/template"_s;
    const QStringList already = fill(ProfilePaths(templateDir), kAlready, u"Written before the import"_s);
    const auto runDir = [&](int run) { return work.dir() + u"/run"_s + QString::number(run); };
    const auto importInto = [&](const QString& dir, std::chrono::milliseconds delay) {
        return runAndKill(QStringLiteral(MOORING_CLI_PATH), {u"import"_s, exportFile, u"--profile"_s, dir},
                          (kPassphrase + u'\n').toUtf8(), delay);
    };

    // How long a whole import takes here (the quickest of three); kills are spread from a
    // third of it to half as long again, as a busy machine stretches the transaction at the end.
    long quickest = 0;
    for (int i = 0; i < 3; ++i) {
        copyFolder(templateDir, runDir(-1 - i));
        const KilledRun whole = importInto(runDir(-1 - i), std::chrono::milliseconds(120000));
        INFO(whole.err.toStdString());
        REQUIRE_FALSE(whole.killed);
        REQUIRE(whole.exitCode == 0);
        quickest = i == 0 ? whole.elapsed.count() : std::min<long>(quickest, whole.elapsed.count());
    }

    const std::uint32_t seed = killSeed("import");
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> delayMs(quickest / 3, quickest * 3 / 2 + 1);
    KillTally tally;
    int complete = 0;
    const int runs = killRunsWanted();
    for (int run = 0; run < runs; ++run) {
        copyFolder(templateDir, runDir(run));
        const auto delay = std::chrono::milliseconds(delayMs(random));
        const KilledRun result = importInto(runDir(run), delay);
        ++tally.runs;
        if (result.killed) ++tally.kills;
        INFO("run " << run << ", kill after " << delay.count() << " ms: " << result.err.toStdString());
        if (!result.killed) CHECK(result.exitCode == 0);
        try {
            const ProfilePaths paths(runDir(run));
            const ProfileLock lock(paths);
            auto unlocked = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
            JournalStore journal(unlocked->database());
            for (const QString& id : already) {
                ++tally.records;
                if (!journal.find(id)) ++tally.lost;
            }
            const int count = journal.count();
            CHECK((count == kAlready || count == kAlready + kImported));  // never a part of the file
            if (count == kAlready + kImported) ++complete;
            if (!unlocked->database().integrityOk()) ++tally.unopenable;
        } catch (const Error& e) {
            ++tally.unopenable;
            FAIL_CHECK("run " << run << ": the profile did not open: " << e.message().toStdString());
        }
        QDir(runDir(run)).removeRecursively();
    }
    tally.print("import", seed);
    std::cout << "kill check (import): " << complete << " of " << runs
              << " runs had the whole file, the others none of it" << std::endl;
    CHECK(tally.kills > 0);
    CHECK(tally.lost == 0);
    CHECK(tally.unopenable == 0);
}
