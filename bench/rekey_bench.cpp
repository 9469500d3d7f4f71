// "Someone may know my passphrase" at scale: how to put a profile's database under a new
// data key. Two ways, measured on a copy of the same profile, median of a few runs:
//   copy:   SQLite's backup API into a new file keyed with the new key, then
//           PRAGMA integrity_check of the new file (what storage/Rekey does);
//   rekey:  SQLCipher's PRAGMA rekey on the file in place, then the same check.
// Then the whole of storage/Rekey on the profile (database, key file, every backup).
// Not a test: it prints. Make the profile with exchange_bench first:
//
//   build/ci/bench/exchange_bench --make-profile /tmp/p10
//   build/ci/src/app/mooring-cli --profile /tmp/p10 backup   (as many backups as wanted)
//   build/ci/bench/rekey_bench /tmp/p10 [runs]
#include "BenchStats.h"

#include "storage/Argon2Params.h"
#include "storage/BackupCopy.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/KeyVault.h"
#include "storage/ProfileLock.h"
#include "storage/Rekey.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;

void copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QFileInfo& info : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.fileName() == u"mooring.lock"_s) continue;
        if (info.isDir())
            copyFolder(info.filePath(), to + u'/' + info.fileName());
        else
            QFile::copy(info.filePath(), to + u'/' + info.fileName());
    }
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: rekey_bench PROFILE_DIR [runs]\n");
        return 1;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const qint64 bytes = QFileInfo(source + u"/mooring.db"_s).size();
    std::printf("profile %s: database %.1f MB, %zu backups\n", qPrintable(source), double(bytes) / 1e6,
                Backups(ProfilePaths(source)).list().size());

    std::vector<double> copyMs, rekeyMs, wholeMs;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir tmp;
        const ProfilePaths paths(tmp.path() + u"/p"_s);
        copyFolder(source, paths.dir());
        const SecureBuffer newKey = KeyVault::newDataKey();
        {
            auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
            QElapsedTimer timer;
            timer.start();
            BackupCopy::copyDatabase(profile->database(), tmp.path() + u"/copy.db"_s, newKey);
            Database copy = Database::open(tmp.path() + u"/copy.db"_s, newKey.bytes(), Database::Mode::ReadOnly);
            if (!copy.integrityOk()) return 2;
            copyMs.push_back(double(timer.nsecsElapsed()) / 1e6);

            timer.restart();
            const QByteArray hex = QByteArray(reinterpret_cast<const char*>(newKey.bytes().data()), 32).toHex();
            profile->database().exec("PRAGMA rekey = \"x'" + hex.toStdString() + "'\"");
            if (!profile->database().integrityOk()) return 2;
            rekeyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        // The whole rekey, on a fresh copy: database, key file and every backup.
        QTemporaryDir whole;
        const ProfilePaths wholePaths(whole.path() + u"/p"_s);
        copyFolder(source, wholePaths.dir());
        const ProfileLock lock(wholePaths);
        auto profile = UnlockedProfile::unlock(wholePaths, SecureBuffer::fromUtf8(kPassphrase));
        QElapsedTimer timer;
        timer.start();
        Rekey::run(std::move(profile), SecureBuffer::fromUtf8(u"a new bench passphrase"_s), Argon2Params::forTests(),
                   std::nullopt, Rekey::OldBackups::CopyUnderNewKey);
        wholeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("copy under the new key + check:     median %.0f ms\n", bench::median(copyMs));
    std::printf("PRAGMA rekey in place + check:      median %.0f ms (%.2fx the copy)\n", bench::median(rekeyMs),
                bench::median(rekeyMs) / bench::median(copyMs));
    std::printf("whole rekey (test KDF), backups too: median %.0f ms over %d runs\n", bench::median(wholeMs), runs);
    return 0;
}
