// `mooring-cli helplines`: the built-in lines for printing and scripts, no passphrase.
#include "CliProcess.h"
#include "domain/Helpline.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("helplines --region --json lists a region's lines with fixed keys and sources", "[cli][helplines]") {
    TempProfile profile;
    // No stdin at all: a passphrase is never asked for.
    const CliRun run = runCli({u"helplines"_s, u"--region"_s, u"nz"_s, u"--json"_s, u"--profile"_s, profile.dir()});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitedNormally);
    REQUIRE(run.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    REQUIRE(doc.isArray());
    const QJsonArray lines = doc.array();
    REQUIRE(lines.size() == Helpline::builtins(u"NZ"_s).size());
    const QStringList keys{u"region"_s, u"name"_s,      u"call"_s,  u"text"_s,   u"text_body"_s,
                           u"hours"_s,  u"emergency"_s, u"youth"_s, u"source"_s, u"checked"_s};
    bool emergency = false;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        QStringList got = line.keys();
        QStringList want = keys;
        got.sort();
        want.sort();
        CHECK(got == want);
        CHECK(line.value(u"region"_s).toString() == u"NZ"_s);
        CHECK(line.value(u"source"_s).toString().startsWith(u"http"_s));
        CHECK_FALSE(line.value(u"checked"_s).toString().isEmpty());
        CHECK(line.value(u"youth"_s).isBool());
        if (line.value(u"emergency"_s).toBool() && line.value(u"call"_s).toString() == u"111"_s) emergency = true;
    }
    CHECK(emergency);
    // The documented key order, for people reading the output.
    CHECK(run.outText().indexOf(u"\"region\""_s) < run.outText().indexOf(u"\"checked\""_s));
    // Nothing was written into the profile folder.
    CHECK(QDir(profile.dir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("helplines without --region lists every region, one line each, tab-separated", "[cli][helplines]") {
    TempProfile profile;
    const CliRun run = runCli({u"helplines"_s, u"--profile"_s, profile.dir()});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    int expected = 0;
    for (const Region& region : Helpline::regions()) {
        expected += int(Helpline::builtins(region.code).size());
        bool seen = false;
        for (const QString& line : lines) seen = seen || line.startsWith(region.code + u'\t');
        INFO(region.code.toStdString());
        CHECK(seen);
    }
    CHECK(lines.size() == expected);
    CHECK(run.outText().contains(u"UK\tSamaritans\tcall 116 123"_s));
}

TEST_CASE("helplines with a region Mooring does not know exits 1 and says so", "[cli][helplines]") {
    TempProfile profile;
    const CliRun run = runCli({u"helplines"_s, u"--region"_s, u"XX"_s, u"--profile"_s, profile.dir()});
    REQUIRE(run.exitedNormally);
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errText().contains(u"no region “XX”"_s));
}
