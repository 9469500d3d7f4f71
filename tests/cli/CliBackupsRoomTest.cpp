// `mooring-cli backups` says how much room the backups take together, on stderr, so the
// lines on stdout stay one backup each.
#include "CliProcess.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassphrase = "harbour lights at dusk";

QStringList at(const TempProfile& profile, QStringList arguments) {
    arguments << u"--profile"_s << profile.dir();
    return arguments;
}

void run(const TempProfile& profile, const QStringList& arguments, const QByteArray& input) {
    const CliRun done = runCli(at(profile, arguments), input);
    INFO(done.errText().toStdString());
    REQUIRE(done.exitCode == 0);
}

qint64 filesUnder(const QString& folder) {
    qint64 total = 0;
    for (const QString& backup : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QFileInfo& file : QDir(QDir(folder).filePath(backup)).entryInfoList(QDir::Files))
            total += file.size();
    return total;
}

}  // namespace

TEST_CASE("backups ends with how many there are and the room they take together", "[cli][backups][room]") {
    TempProfile profile;
    run(profile, {u"create"_s}, kPassphrase + "\n" + kPassphrase + "\n");
    run(profile, {u"backup"_s}, kPassphrase + "\n");
    run(profile, {u"backup"_s}, kPassphrase + "\n");

    const CliRun listed = runCli(at(profile, {u"backups"_s}), QByteArray());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.outText().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);  // stdout: the backups only
    qint64 sumOfLines = 0;
    for (const QString& line : lines) sumOfLines += line.section(u'\t', 3, 3).toLongLong();

    const QString err = listed.errText();
    INFO(err.toStdString());
    CHECK(err.contains(u"Backups: 2,"_s));
    const QRegularExpressionMatch bytes = QRegularExpression(u"\\((\\d+) bytes\\)"_s).match(err);
    REQUIRE(bytes.hasMatch());
    CHECK(bytes.captured(1).toLongLong() == sumOfLines);
    CHECK(bytes.captured(1).toLongLong() == filesUnder(profile.paths().backups()));
    CHECK(err.contains(u"kB"_s));  // and in units a person reads: two small backups are kilobytes
}
