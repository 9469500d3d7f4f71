// The hope box's photos, recordings and sounds through export and import: the bytes kept
// exactly, each medium checked and refused by name, and everything or nothing written.
#include "domain/Error.h"
#include "exchange/ExportJson.h"
#include "exchange/ExportSource.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/Argon2Params.h"
#include "storage/MediaStore.h"
#include "storage/SecureBuffer.h"
#include "storage/StrategyStore.h"
#include "storage/TableRowCounts.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QDateTime at(int hour) { return QDateTime(QDate(2026, 12, 7), QTime(hour, 0), Qt::OffsetFromUTC, 3600); }

QByteArray bytesWith(QByteArrayView start, int size, char seed) {
    QByteArray bytes = start.toByteArray();
    for (int i = 0; bytes.size() < size; ++i) bytes.append(char((i * 31 + seed) & 0xFF));
    return bytes;
}
QByteArray photoBytes() { return bytesWith("\xFF\xD8\xFF\xE0", 70'001, 3); }  // not a multiple of 3
QByteArray recordingBytes() { return bytesWith("OggS", 40'000, 7); }
QByteArray soundBytes() { return bytesWith(QByteArrayView("RIFF\x10\x00\x00\x00WAVE", 12), 5'002, 11); }

struct BoxProfile {
    OpenProfile p;
    QString idea;
    QList<Medium> media;
    BoxProfile() {
        fillRichProfile(p);
        CopingStrategy s;
        s.category = CopingCategory::SafetyBox;
        s.title = u"Things from the sea"_s;
        idea = StrategyStore(p.db()).add(s).id;
        MediaStore store(p.db());
        Medium photo;
        photo.kind = MediumKind::Photo;
        photo.mime = u"image/jpeg"_s;
        photo.caption = u"The beach at Whitby"_s;
        photo.place = MediaPlace::safetyBox(idea);
        media << store.add(photo, photoBytes(), "\x89PNG\r\n\x1A\nthumb");
        Medium voice;
        voice.kind = MediumKind::Recording;
        voice.mime = u"audio/ogg"_s;
        voice.caption = u"Anna saying goodnight"_s;
        voice.place = MediaPlace::reasonsForLiving();
        media << store.add(voice, recordingBytes());
        Medium sound;
        sound.kind = MediumKind::Sound;
        sound.mime = u"audio/wav"_s;
        sound.place = MediaPlace::safetyBox(idea);
        media << store.add(sound, soundBytes());
    }
};

QString tempPath(QTemporaryDir& dir, const QString& name) { return dir.filePath(name); }

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

ImportPreview importFile(OpenProfile& p, const QString& path, const SecureBuffer* passphrase = nullptr) {
    Importer importer(p.db(), *p.settings, [] { return at(12); });
    const ImportPlan plan = importer.prepare(ExportSource::fromFile(path, passphrase));
    importer.apply(plan);
    return plan.preview;
}

// What import may change, as counts: every table's rows.
QString counts(OpenProfile& p) {
    QString out;
    for (const TableRowCount& c : tableRowCounts(p.db())) out += c.table + u'=' + QString::number(c.rows) + u' ';
    return out;
}

// The reasons for living come first, then each idea's: [0] the recording, [1] the photo,
// [2] the sound.

// The media's lines of an export, in order, whole: their bytes too.
QList<QByteArray> mediaLines(const QByteArray& json) {
    QList<QByteArray> out;
    for (const QByteArray& line : json.split('\n'))
        if (line.contains("\"data\":\"")) out << line;
    return out;
}

// Refused with the messages named; the profile as it was.
void requireRefused(OpenProfile& target, const QByteArray& json, const QString& where, const QString& says) {
    const QString before = profileSnapshot(target);
    try {
        Importer importer(target.db(), *target.settings, [] { return at(12); });
        importer.apply(importer.prepare(json));
        FAIL("a file with a bad medium was imported");
    } catch (const InvalidExport& e) {
        INFO(e.message().toStdString());
        REQUIRE(e.problems().size() >= 1);
        CHECK(e.problems().first().where == where);
        CHECK(e.problems().first().message.contains(says));
        CHECK(e.message().contains(u"nothing was changed"_s));
    }
    CHECK(profileSnapshot(target) == before);
}

// The export's JSON with one medium's field changed.
QByteArray withMediumField(const QByteArray& json, int index, const std::function<void(Json&)>& change) {
    Json root = Json::parse(json.constData(), json.constData() + json.size());
    change(root["media"][std::size_t(index)]);
    const std::string text = root.dump(1);
    return QByteArray(text.data(), qsizetype(text.size()));
}

}  // namespace

TEST_CASE("Photos, recordings and sounds come through readable and protected exports, bytes and all",
          "[exchange][media]") {
    BoxProfile source;
    const SecureBuffer passphrase = SecureBuffer::fromUtf8(std::string_view("the tide comes back"));
    const Argon2Params params = Argon2Params::forTests();
    QTemporaryDir dir;
    for (const bool sealed : {false, true}) {
        INFO((sealed ? "protected" : "readable"));
        const QString path = tempPath(dir, sealed ? u"out.mooring"_s : u"out.json"_s);
        Exporter(source.p.db(), *source.p.settings, [] {
            return at(10);
        }).save(path, ExportContent::Full, sealed ? &passphrase : nullptr, sealed ? &params : nullptr);
        CHECK(Importer::formOfFile(path) == (sealed ? Importer::Form::Protected : Importer::Form::Readable));
        if (sealed) CHECK_FALSE(contentsOf(path).contains("Whitby"));
        // The file as written piece by piece is the one readable() makes in memory.
        if (!sealed)
            CHECK(withoutExportTime(contentsOf(path)) ==
                  withoutExportTime(Exporter(source.p.db(), *source.p.settings, [] {
                                        return at(11);
                                    }).readable(ExportContent::Full)));

        OpenProfile target;
        const ImportPreview preview = importFile(target, path, sealed ? &passphrase : nullptr);
        CHECK(preview.media == 3);
        CHECK(preview.summary().contains(u"3 photos and sounds"_s));
        MediaStore store(target.db());
        for (const Medium& m : source.media) {
            const std::optional<Medium> copy = store.find(m.id);
            REQUIRE(copy);
            CHECK(*copy == m);  // kind, mime, caption, place, position, size, sha256, times
            CHECK(MediaStore::sha256Hex(store.bytes(m.id)) == m.sha256);
        }
        CHECK(store.bytes(source.media.at(0).id) == photoBytes());
        // No thumbnail travels: the hope box's window makes one when it first lists the photo.
        CHECK(store.list(MediaPlace::safetyBox(source.idea)).first().thumbnail.isEmpty());
    }
}

TEST_CASE("Export, import and export again gives the media byte for byte", "[exchange][media]") {
    BoxProfile source;
    QTemporaryDir dir;
    const QString first = tempPath(dir, u"first.json"_s);
    const QString second = tempPath(dir, u"second.json"_s);
    Exporter(source.p.db(), *source.p.settings, [] { return at(10); }).save(first, ExportContent::Full);
    OpenProfile target;
    importFile(target, first);
    Exporter(target.db(), *target.settings, [] { return at(11); }).save(second, ExportContent::Full);
    const QList<QByteArray> before = mediaLines(contentsOf(first));
    const QList<QByteArray> after = mediaLines(contentsOf(second));
    REQUIRE(before.size() == 3);
    CHECK(after == before);
    CHECK(withoutExportTime(contentsOf(second)) == withoutExportTime(contentsOf(first)));
    // Importing it again changes nothing, thumbnails included.
    const QString once = profileSnapshot(source.p);
    importFile(source.p, second);
    CHECK(profileSnapshot(source.p) == once);
    CHECK_FALSE(MediaStore(source.p.db()).list(MediaPlace::safetyBox(source.idea)).first().thumbnail.isEmpty());
}

TEST_CASE("A medium whose bytes are not what its sha256 says is refused by name; nothing changes",
          "[exchange][media]") {
    BoxProfile source;
    const QByteArray json = Exporter(source.p.db(), *source.p.settings).readable(ExportContent::Full);
    OpenProfile target;
    fillRichProfile(target);
    const QString countsBefore = counts(target);
    QString id;
    const QByteArray bad = withMediumField(json, 0, [&id](Json& m) {
        id = QString::fromStdString(m["id"].get<std::string>());
        std::string data = m["data"].get<std::string>();
        data[10] = data[10] == 'A' ? 'B' : 'A';  // one byte of the recording changed
        m["data"] = data;
    });
    requireRefused(target, bad, u"media[0].sha256"_s, u"the recording “Anna saying goodnight” (id %1)"_s.arg(id));
    CHECK(counts(target) == countsBefore);
}

TEST_CASE("A medium in a format Mooring cannot show or play, or not of its kind, is refused", "[exchange][media]") {
    BoxProfile source;
    const QByteArray json = Exporter(source.p.db(), *source.p.settings).readable(ExportContent::Full);
    OpenProfile target;
    requireRefused(target, withMediumField(json, 1, [](Json& m) { m["mime"] = "image/gif"; }), u"media[1].mime"_s,
                   u"the photo “The beach at Whitby”"_s);
    requireRefused(target, withMediumField(json, 2, [](Json& m) { m["mime"] = "image/png"; }), u"media[2].mime"_s,
                   u"a sound without a caption"_s);
    // The right name, the wrong bytes: a WAV file called a JPEG.
    requireRefused(target,
                   withMediumField(json, 1,
                                   [](Json& m) {
                                       const QByteArray wav = soundBytes();
                                       m["data"] = wav.toBase64().toStdString();
                                       m["sha256"] = MediaStore::sha256Hex(wav).toStdString();
                                   }),
                   u"media[1].data"_s, u"its bytes are not in the format it names (image/jpeg)"_s);
    CHECK(MediaStore(target.db()).totals().count == 0);
}

TEST_CASE("A medium kept with an idea that is not in the file is refused", "[exchange][media]") {
    BoxProfile source;
    const QByteArray json = Exporter(source.p.db(), *source.p.settings).readable(ExportContent::Full);
    OpenProfile target;
    requireRefused(target,
                   withMediumField(json, 0,
                                   [](Json& m) {
                                       m["place"] = Json{{"strategy_id", "0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f9999"}};
                                   }),
                   u"media[0].place.strategy_id"_s, u"no idea with the id 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f9999"_s);
    requireRefused(target,
                   withMediumField(json, 1,
                                   [](Json& m) {
                                       m["place"] = Json{{"plan_section", "reasons"}};
                                   }),
                   u"media[1].place.plan_section"_s, u"expected “reasons_for_living”"_s);
}

TEST_CASE("A file that changes between the check and the import writes nothing", "[exchange][media]") {
    BoxProfile source;
    QTemporaryDir dir;
    const QString path = tempPath(dir, u"box.json"_s);
    Exporter(source.p.db(), *source.p.settings).save(path, ExportContent::Full);
    OpenProfile target;
    const QString before = profileSnapshot(target);
    Importer importer(target.db(), *target.settings, [] { return at(12); });
    const ImportPlan plan = importer.prepare(ExportSource::fromFile(path, nullptr));
    QByteArray json = contentsOf(path);
    const qsizetype data = json.lastIndexOf("\"data\":\"") + 20;
    json[data] = json[data] == 'A' ? 'B' : 'A';
    writeFile(path, json);
    REQUIRE_THROWS_WITH(importer.apply(plan), Catch::Contains("changed after it was checked"));
    CHECK(profileSnapshot(target) == before);
}

TEST_CASE("Plan-only exports carry no media, and a file from before the hope box still imports", "[exchange][media]") {
    BoxProfile source;
    const QByteArray plan = Exporter(source.p.db(), *source.p.settings).readable(ExportContent::Plan);
    CHECK_FALSE(plan.contains("\"media\""));
    OpenProfile target;
    // A plan-only file that holds media is not what it says it is.
    Json full = Json::parse(Exporter(source.p.db(), *source.p.settings).readable(ExportContent::Full).toStdString());
    full["content"] = "plan";
    for (const char* key : {"journal", "reflections", "setbacks", "recovery_place", "checkins"}) full.erase(key);
    requireRefused(target, QByteArray::fromStdString(full.dump()), u"media"_s, u"not part of a plan-only export"_s);

    // An export written before media existed: the fuzz corpus's full file, unchanged.
    const QByteArray old = contentsOf(QStringLiteral(MOORING_TEST_DATA) + u"/fuzz/export_json/full.json"_s);
    REQUIRE_FALSE(old.contains("\"media\""));
    OpenProfile fresh;
    Importer importer(fresh.db(), *fresh.settings, [] { return at(12); });
    const ImportPlan oldPlan = importer.prepare(old);
    CHECK(oldPlan.preview.media == 0);
    CHECK(oldPlan.preview.journalEntries > 0);
    importer.apply(oldPlan);
    CHECK(MediaStore(fresh.db()).totals().count == 0);
    CHECK_FALSE(profileSnapshot(fresh).isEmpty());
}
