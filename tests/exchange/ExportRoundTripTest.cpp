// Export a rich profile, import it into a fresh one, export again: the same file.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/SecureBuffer.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour) { return QDateTime(QDate(2026, 11, 23), QTime(hour, 0), Qt::OffsetFromUTC, 3600); }

QByteArray exportOf(OpenProfile& p, ExportContent content, int hour = 10) {
    return Exporter(p.db(), *p.settings, [=] { return at(hour); }).readable(content);
}

ImportPreview importInto(OpenProfile& p, const QByteArray& json) {
    Importer importer(p.db(), *p.settings, [] { return at(12); });
    const ImportPlan plan = importer.prepare(json);
    importer.apply(plan);
    return plan.preview;
}

}  // namespace

TEST_CASE("A full readable export imported into a new profile exports the same again", "[exchange]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray first = exportOf(source, ExportContent::Full);

    // Every record kind is in the file.
    const nlohmann::json parsed = nlohmann::json::parse(first.constData(), first.constData() + first.size());
    CHECK(parsed["settings"]["region"] == "UK");
    CHECK(parsed["contacts"].size() == 2);
    CHECK(parsed["safety_plan"]["versions"].size() == 3);
    CHECK(parsed["journal"].size() == 3);
    CHECK(parsed["reflections"].size() == 2);
    CHECK(first.contains("\"location\":\"Top drawer, left\""));
    CHECK(first.contains("\"occurred_at\":\"2025-03-01T23:50:00+05:30\""));
    CHECK(first.contains("\"strategy_id\":"));
    CHECK(first.contains("\"text\":\"went for a walk\""));
    CHECK(parsed["setbacks"].size() == 1);
    CHECK(parsed["recovery_place"]["place"] == "learning");

    OpenProfile target;
    const ImportPreview preview = importInto(target, first);
    CHECK(preview.journalEntries == 3);
    CHECK(preview.planVersions == 3);
    CHECK(preview.reflections == 2);
    CHECK(preview.summary().startsWith(u"3 plan versions, "_s));

    const QByteArray second = exportOf(target, ExportContent::Full, 11);
    CHECK(second != first);  // exported_at differs ...
    CHECK(withoutExportTime(second).toStdString() == withoutExportTime(first).toStdString());  // ... and only that
}

TEST_CASE("A plan-only export carries plan, contacts, helplines and ideas, never the journal", "[exchange]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray plan = exportOf(source, ExportContent::Plan);
    CHECK(plan.contains("\"content\": \"plan\""));
    CHECK_FALSE(plan.contains("\"journal\""));
    CHECK_FALSE(plan.contains("\"reflections\""));
    CHECK_FALSE(plan.contains("Nobody gets it"));

    OpenProfile target;
    const ImportPreview preview = importInto(target, plan);
    CHECK(preview.summary().contains(u"3 plan versions"_s));
    CHECK_FALSE(preview.summary().contains(u"journal"_s));
    const QByteArray again = exportOf(target, ExportContent::Plan);
    CHECK(withoutExportTime(again) == withoutExportTime(plan));
    CHECK(JournalStore(target.db()).count() == 0);
}

TEST_CASE("The protected form round-trips, full and plan-only", "[exchange]") {
    OpenProfile source;
    fillRichProfile(source);
    const SecureBuffer passphrase = SecureBuffer::fromUtf8(std::string_view("a long walk by the river"));
    for (ExportContent content : {ExportContent::Full, ExportContent::Plan}) {
        const QByteArray json = exportOf(source, content);
        const QByteArray sealed = ProtectedFile::seal(json, passphrase, Argon2Params::forTests());
        CHECK(Importer::formOf(sealed) == Importer::Form::Protected);
        CHECK(Importer::formOf(json) == Importer::Form::Readable);
        CHECK_FALSE(sealed.contains("Pepper"));

        OpenProfile target;
        importInto(target, Importer::jsonOf(sealed, passphrase));
        CHECK(withoutExportTime(exportOf(target, content)) == withoutExportTime(json));
    }
}

TEST_CASE("Importing the same file twice changes nothing", "[exchange]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray json = exportOf(source, ExportContent::Full);
    OpenProfile target;
    importInto(target, json);
    const QString once = profileSnapshot(target);
    const ImportPreview again = importInto(target, json);
    CHECK(profileSnapshot(target) == once);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.kept == 0);
    CHECK(again.summary().contains(u"already here, the same"_s));
}

TEST_CASE("A record already here is replaced only by a newer one", "[exchange]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray older = exportOf(source, ExportContent::Full);
    // Later than the rows just written with the real clock, whatever the time of day the test runs.
    JournalStore journal(source.db(), [] { return QDateTime::currentDateTime().addSecs(3600); });
    JournalEntry changed = journal.entriesBetween(at(0).addYears(-5), at(0)).constFirst();
    changed.notes = u"Added later"_s;
    journal.update(changed);
    const QByteArray newer = exportOf(source, ExportContent::Full);

    OpenProfile target;
    importInto(target, older);
    ImportPreview preview = importInto(target, newer);
    CHECK(preview.updated == 1);
    CHECK(JournalStore(target.db()).find(changed.id)->notes == u"Added later"_s);

    preview = importInto(target, older);  // the profile's copy is newer now
    CHECK(preview.kept == 1);
    CHECK(preview.summary().contains(u"1 already here and newer (kept)"_s));
    CHECK(JournalStore(target.db()).find(changed.id)->notes == u"Added later"_s);
}
