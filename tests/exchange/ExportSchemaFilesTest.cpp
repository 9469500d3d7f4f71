// The files the schema check (tests/schema/check_export_schema.py) reads: the malformed
// ones in tests/data must be refused by import as the schema refuses them, the good ones
// accepted by both, and real exports are written here for the schema to check.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/SampleProfile.h"
#include "storage/Argon2Params.h"
#include "storage/MediaStore.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); }

QDir dataDir(const QString& sub) { return QDir(QStringLiteral(MOORING_TEST_DATA) + u'/' + sub); }

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Prepares and applies into `p`; the message of the refusal, or nothing when it was imported.
std::optional<QString> importInto(OpenProfile& p, const QByteArray& bytes) {
    try {
        Importer importer(p.db(), *p.settings, now);
        importer.apply(importer.prepare(bytes));
    } catch (const Error& e) {
        return e.message();
    }
    return std::nullopt;
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

}  // namespace

TEST_CASE("Every malformed file in tests/data is refused with record and key named; nothing changes",
          "[exchange][import]") {
    // One line for each file, so a new file cannot be added without saying what it must do.
    const std::map<QString, QString> expected = {
        {u"id-not-a-uuid.json"_s,
         u"contacts[0].id: expected an id like 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001 (a UUID), got “not-a-uuid”"_s},
        {u"plan-only-with-journal.json"_s, u"journal: not part of a plan-only export (its content is “plan”)"_s},
        {u"unknown-key-journal-entry.json"_s, u"journal[0].situaton: not a field of a journal entry"_s},
        {u"unknown-key-plan-section.json"_s,
         u"safety_plan.versions[0].sections.warning_sign: not a section of the safety plan"_s},
        {u"unknown-key-plan-version.json"_s, u"safety_plan.versions[0].items: not a field of a plan version"_s},
        {u"unknown-key-recovery-place.json"_s, u"recovery_place.stage: not a field of “Where I am in recovery”"_s},
        {u"unknown-key-settings.json"_s, u"settings.regoin: not a field of the settings"_s},
        {u"unknown-key-top-level.json"_s, u"items: not a field of a Mooring export"_s},
        {u"unknown-key-tried-item.json"_s, u"journal[0].tried[0].helpd: not a field of something tried"_s},
    };
    const QDir dir = dataDir(u"malformed"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == qsizetype(expected.size()));
    OpenProfile p;
    fillRichProfile(p);
    const QString before = profileSnapshot(p);
    for (const QString& name : files) {
        INFO(name.toStdString());
        REQUIRE(expected.count(name) == 1);
        const std::optional<QString> message = importInto(p, contentsOf(dir.filePath(name)));
        REQUIRE(message.has_value());
        INFO(message->toStdString());
        CHECK(message->contains(expected.at(name)));
        CHECK(message->contains(u"nothing was changed"_s));
    }
    CHECK(profileSnapshot(p) == before);
}

TEST_CASE("Each malformed file differs from a good one in that one place: fixed, it imports", "[exchange][import]") {
    // The example in docs/export-format.md is the base every malformed file was made from.
    const QByteArray doc = contentsOf(QStringLiteral(MOORING_TEST_DATA) + u"/../../docs/export-format.md"_s);
    const QRegularExpression block(u"```json\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = block.match(QString::fromUtf8(doc));
    REQUIRE(match.hasMatch());
    OpenProfile p;
    const std::optional<QString> refused = importInto(p, match.captured(1).toUtf8());
    CHECK(refused.value_or(QString()).isEmpty());
    OpenProfile q;
    QByteArray fixed = contentsOf(dataDir(u"malformed"_s).filePath(u"unknown-key-journal-entry.json"_s));
    fixed.replace("\"situaton\"", "\"situation\"");
    CHECK(importInto(q, fixed).value_or(QString()).isEmpty());
}

TEST_CASE("The readable fuzz seeds: the good ones import, the bad ones are refused", "[exchange][import]") {
    const QDir dir = dataDir(u"fuzz/export_json"_s);
    for (const char* good : {"full.json", "plan.json", "minimal.json"}) {
        OpenProfile p;
        INFO(good);
        CHECK(importInto(p, contentsOf(dir.filePath(QString::fromLatin1(good)))).value_or(QString()).isEmpty());
    }
    for (const char* bad : {"bad-values.json", "newer.json"}) {
        OpenProfile p;
        INFO(bad);
        CHECK(importInto(p, contentsOf(dir.filePath(QString::fromLatin1(bad)))).has_value());
    }
}

// Hidden: tests/schema/check_export_schema.py runs it by its tag with MOORING_SCHEMA_SAMPLES
// naming an empty folder, then checks every file written there against the schema.
TEST_CASE("Real exports for the schema check", "[.][schema-samples]") {
    const QString folder = qEnvironmentVariable("MOORING_SCHEMA_SAMPLES");
    REQUIRE_FALSE(folder.isEmpty());
    const QDir out(folder);
    REQUIRE(out.exists());
    const auto both = [&](Database& db, ProfileSettings& settings, const QString& name) {
        Exporter exporter(db, settings, now);
        write(out.filePath(name + u"-full.json"_s), exporter.readable(ExportContent::Full));
        write(out.filePath(name + u"-plan.json"_s), exporter.readable(ExportContent::Plan));
    };
    {
        OpenProfile rich;
        fillRichProfile(rich);
        both(rich.db(), *rich.settings, u"rich"_s);
    }
    {
        OpenProfile empty;
        both(empty.db(), *empty.settings, u"new-profile"_s);
    }
    {
        // The hope box: a photo with a safety-box idea, a recording with the reasons for living.
        OpenProfile box;
        fillRichProfile(box);
        QString idea;
        for (const CopingStrategy& s : StrategyStore(box.db()).all())
            if (s.category == CopingCategory::SafetyBox) idea = s.id;
        REQUIRE_FALSE(idea.isEmpty());
        MediaStore store(box.db());
        Medium photo;
        photo.kind = MediumKind::Photo;
        photo.mime = u"image/png"_s;
        photo.caption = u"Postcard from Anna"_s;
        photo.place = MediaPlace::safetyBox(idea);
        store.add(photo, QByteArray("\x89PNG\r\n\x1A\n") + QByteArray(1000, 'p'));
        Medium voice;
        voice.kind = MediumKind::Recording;
        voice.mime = u"audio/ogg"_s;
        voice.place = MediaPlace::reasonsForLiving();
        store.add(voice, QByteArray("OggS") + QByteArray(999, 'v'));
        both(box.db(), *box.settings, u"hope-box"_s);
    }
    {
        const std::unique_ptr<SampleProfile> sample = SampleProfile::create(now(), Argon2Params::forTests());
        const std::unique_ptr<UnlockedProfile> profile = sample->unlock();
        ProfileSettings settings(sample->paths());
        both(profile->database(), settings, u"sample-profile"_s);
    }
}
