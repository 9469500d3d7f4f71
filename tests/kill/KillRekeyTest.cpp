// A rekey killed at any moment: afterwards the profile opens with the old passphrase and
// the old key, or with the new passphrase and the new key, never neither, with every
// entry, and its backups open with the same passphrase; nothing of the rekey is left over.
#include "KillRun.h"

#include "storage/Argon2Params.h"
#include "storage/Backups.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

#include <algorithm>
#include <iostream>
#include <random>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kOld = u"a passphrase someone saw"_s;
const QString kNew = u"a passphrase nobody saw"_s;
constexpr int kEntries = 300;

QStringList fill(const ProfilePaths& paths) {
    const ProfileLock lock(paths);
    auto profile = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kOld), Argon2Params::forTests()).profile;
    QList<JournalEntry> entries;
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < kEntries; ++i) {
        JournalEntry e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.occurredAt = JournalEntry::withLocalOffset(now.addSecs(-600LL * (i + 1)));
        e.createdAt = e.updatedAt = e.occurredAt;
        e.urge = i % 11;
        e.situation = u"Written before the rekey %1"_s.arg(i);
        entries.append(e);
        ids << e.id;
    }
    JournalStore(profile->database()).putAll(entries);
    Backups backups(paths);
    backups.make(profile->database(), profile->dataKey(), BackupKind::Daily);
    backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
    return ids;
}

void copyTree(const QString& from, const QString& to) {
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName() == u"mooring.lock"_s) continue;
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else
            REQUIRE(QFile::copy(path, target));
    }
}

std::unique_ptr<UnlockedProfile> unlockWithEither(const ProfilePaths& paths, QString* which) {
    for (const QString& passphrase : {kOld, kNew}) {
        try {
            auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(passphrase));
            *which = passphrase;
            return profile;
        } catch (const Error&) {
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("A rekey killed at any moment leaves the old keys or the new ones, never neither", "[kill][cli][rekey]") {
    TempProfile work;
    REQUIRE(QDir().mkpath(work.dir()));
    const QString templateDir = work.dir() + u"/template"_s;
    const QStringList ids = fill(ProfilePaths(templateDir));
    const QByteArray input = (kOld + u'\n' + kNew + u'\n' + kNew + u'\n').toUtf8();
    const auto runDir = [&](int run) { return work.dir() + u"/run"_s + QString::number(run); };
    const auto rekey = [&](const QString& dir, std::chrono::milliseconds delay) {
        return runAndKill(QStringLiteral(MOORING_CLI_PATH), {u"rekey"_s, u"--profile"_s, dir}, input, delay);
    };

    long quickest = 0;
    for (int i = 0; i < 3; ++i) {
        copyTree(templateDir, runDir(-1 - i));
        const KilledRun whole = rekey(runDir(-1 - i), std::chrono::milliseconds(120000));
        INFO(whole.err.toStdString());
        REQUIRE_FALSE(whole.killed);
        REQUIRE(whole.exitCode == 0);
        quickest = i == 0 ? whole.elapsed.count() : std::min<long>(quickest, whole.elapsed.count());
    }

    const std::uint32_t seed = killSeed("rekey");
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> delayMs(0, quickest * 3 / 2 + 1);
    KillTally tally;
    int withNew = 0;
    const int runs = killRunsWanted();
    for (int run = 0; run < runs; ++run) {
        copyTree(templateDir, runDir(run));
        const auto delay = std::chrono::milliseconds(delayMs(random));
        const KilledRun result = rekey(runDir(run), delay);
        ++tally.runs;
        if (result.killed) ++tally.kills;
        INFO("run " << run << ", kill after " << delay.count() << " ms: " << result.err.toStdString());
        if (!result.killed) CHECK(result.exitCode == 0);
        const ProfilePaths paths(runDir(run));
        {
            const ProfileLock lock(paths);  // settles what the kill left
            QString which;
            auto unlocked = unlockWithEither(paths, &which);
            if (!unlocked) {
                ++tally.unopenable;
                FAIL_CHECK("run " << run << ": neither passphrase opens the profile");
            } else {
                if (which == kNew) ++withNew;
                JournalStore journal(unlocked->database());
                for (const QString& id : ids) {
                    ++tally.records;
                    if (!journal.find(id)) ++tally.lost;
                }
                if (!unlocked->database().integrityOk()) ++tally.unopenable;
                // The backups belong to the same keys as the profile.
                Backups backups(paths);
                CHECK(backups.list().size() >= 2);
                for (const BackupInfo& info : backups.list())
                    CHECK_NOTHROW(backups.check(info.name, unlocked->dataKey()));
            }
        }
        // Nothing of the rekey is left beside the profile.
        QStringList left = QDir(paths.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        left.removeAll(u"mooring.lock"_s);
        INFO("left: " << left.join(u", "_s).toStdString());
        CHECK(left == QStringList{u"backups"_s, u"mooring.db"_s, u"mooring.keys"_s});
        QDir(runDir(run)).removeRecursively();
    }
    tally.print("rekey", seed);
    std::cout << "kill check (rekey): " << withNew << " of " << runs << " runs ended with the new keys, the others "
              << "with the old ones" << std::endl;
    CHECK(tally.kills > 0);
    CHECK(tally.lost == 0);
    CHECK(tally.unopenable == 0);
}
