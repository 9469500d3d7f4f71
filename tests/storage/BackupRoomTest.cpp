// How much room the backups take, and when that is worth a word to the person: more than a
// tenth of the free space. Free space is passed in, so no disk has to be filled.
#include "storage/BackupRoom.h"
#include "storage/Backups.h"
#include "storage/JournalStore.h"
#include "storage/UnlockedProfile.h"

#include "support/JournalSamples.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<UnlockedProfile> makeProfile(const TempProfile& temp) {
    return UnlockedProfile::create(temp.paths(), SecureBuffer::fromUtf8(std::string_view("harbour lights")),
                                   Argon2Params::forTests())
        .profile;
}

// Every file under backups/, counted by hand, whatever Backups thinks a backup is.
qint64 bytesOnDisk(const QString& folder) {
    qint64 total = 0;
    const QDir dir(folder);
    for (const QString& backup : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir inside(dir.filePath(backup));
        for (const QFileInfo& file : inside.entryInfoList(QDir::Files)) total += file.size();
    }
    return total;
}

}  // namespace

TEST_CASE("The room the backups take is the sum of their files", "[backups][room]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    Backups backups(temp.paths());
    CHECK(backups.totalBytes() == 0);

    backups.make(profile->database(), profile->dataKey(), BackupKind::Manual);
    // A larger database makes a larger second backup: the total is not one size counted twice.
    JournalStore journal(profile->database());
    for (int i = 0; i < 40; ++i)
        journal.add(quickEntry(QDateTime(QDate(2026, 11, 20), QTime(9, i)), 4, QString(400, QChar(u'a' + i % 26))));
    backups.make(profile->database(), profile->dataKey(), BackupKind::BeforeRisky, u"import"_s);

    const auto listed = backups.list();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].bytes != listed[1].bytes);
    CHECK(backups.totalBytes() == listed[0].bytes + listed[1].bytes);
    CHECK(backups.totalBytes() == bytesOnDisk(temp.paths().backups()));

    // A folder that is not a backup is not counted: it is not the rotation's.
    QDir(temp.paths().backups()).mkdir(u"kept-by-hand"_s);
    QFile stray(temp.paths().backups() + u"/kept-by-hand/mooring.db"_s);
    REQUIRE(stray.open(QIODevice::WriteOnly));
    stray.write(QByteArray(5000, 'x'));
    stray.close();
    CHECK(backups.totalBytes() == listed[0].bytes + listed[1].bytes);

    const BackupRoom room = BackupRoom::measure(temp.paths(), [](const QString&) { return qint64(123456789); });
    CHECK(room.backupCount == 2);
    CHECK(room.backupBytes == backups.totalBytes());
    CHECK(room.databaseBytes == QFileInfo(temp.paths().database()).size());
    CHECK(room.databaseBytes > 0);
    CHECK(room.freeBytes == 123456789);
}

TEST_CASE("Backups take too much room above a tenth of the free space, never on a guess", "[backups][room]") {
    CHECK_FALSE(BackupRoom::takesTooMuch(100, 1000));  // exactly a tenth: not more
    CHECK(BackupRoom::takesTooMuch(101, 1000));
    CHECK_FALSE(BackupRoom::takesTooMuch(0, 0));
    CHECK(BackupRoom::takesTooMuch(1, 0));  // a full disk
    CHECK(BackupRoom::takesTooMuch(1, 9));  // a tenth of 9 bytes is not rounded down to 0
    CHECK_FALSE(BackupRoom::takesTooMuch(1, 10));
    CHECK_FALSE(BackupRoom::takesTooMuch(qint64(1) << 40, -1));  // free space not known
    // Large disks: 40 GB of backups on 500 GB free is fine, on 300 GB it is not.
    const qint64 gb = 1000LL * 1000 * 1000;
    CHECK_FALSE(BackupRoom::takesTooMuch(40 * gb, 500 * gb));
    CHECK(BackupRoom::takesTooMuch(40 * gb, 300 * gb));
}

TEST_CASE("The rule is met with the profile's real backups and the free space given", "[backups][room]") {
    TempProfile temp;
    auto profile = makeProfile(temp);
    Backups(temp.paths()).make(profile->database(), profile->dataKey(), BackupKind::Daily);
    const qint64 total = Backups(temp.paths()).totalBytes();
    REQUIRE(total > 0);
    QString askedAbout;
    const auto freeOf = [&askedAbout](qint64 bytes) {
        return [&askedAbout, bytes](const QString& path) {
            askedAbout = path;
            return bytes;
        };
    };
    CHECK_FALSE(BackupRoom::measure(temp.paths(), freeOf(total * 10)).backupsTakeTooMuch());
    CHECK(askedAbout == temp.paths().dir());  // the disk that holds the profile and its backups
    CHECK(BackupRoom::measure(temp.paths(), freeOf(total * 10 - 1)).backupsTakeTooMuch());
    CHECK_FALSE(BackupRoom::measure(temp.paths(), freeOf(-1)).backupsTakeTooMuch());
    // The real disk says what it has; a place that is no disk says it can't.
    CHECK(freeSpaceOnDisk(temp.paths().dir()) > 0);
    CHECK(freeSpaceOnDisk(temp.paths().dir() + u"/no/such/folder"_s) == -1);
}
