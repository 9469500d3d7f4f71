// A record changed in two places at the same time: the same id and updated_at here and in
// the file, different contents. Neither is newer, so import keeps what is here, and the
// preview (which the GUI dialog and `mooring-cli import` both show) says so, naming it,
// instead of counting it as "the same".
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QDateTime at(int hour) { return QDateTime(QDate(2026, 11, 23), QTime(hour, 0), Qt::OffsetFromUTC, 3600); }

Json exportOf(OpenProfile& p) {
    const QByteArray bytes = Exporter(p.db(), *p.settings, [] { return at(10); }).readable(ExportContent::Full);
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

QByteArray bytesOf(const Json& j) { return QByteArray::fromStdString(j.dump()); }

ImportPlan prepare(OpenProfile& p, const Json& file) {
    Importer importer(p.db(), *p.settings, [] { return at(12); });
    return importer.prepare(bytesOf(file));
}

// A profile that has imported `file` already: everything in it is here, at the same times.
struct Moved {
    OpenProfile source;
    OpenProfile target;
    Json file;
    Moved() {
        fillRichProfile(source);
        file = exportOf(source);
        Importer importer(target.db(), *target.settings, [] { return at(12); });
        importer.apply(importer.prepare(bytesOf(file)));
    }
};

}  // namespace

TEST_CASE("The same file again is all the same: no conflict where nothing differs", "[exchange][import]") {
    Moved m;
    const ImportPreview p = prepare(m.target, m.file).preview;
    CHECK(p.conflicts == 0);
    CHECK(p.conflicting.isEmpty());
    CHECK(p.conflictNote().isEmpty());
    CHECK(p.added == 0);
    CHECK(p.unchanged > 0);
    CHECK_FALSE(p.summary().contains(u"differently"_s));
}

TEST_CASE("Same id and updated_at but other contents is a conflict in the preview, and what is here stays",
          "[exchange][import]") {
    Moved m;
    const ImportPreview same = prepare(m.target, m.file).preview;

    Json changed = m.file;
    changed["journal"][1]["situation"] = "written differently on the other computer";
    changed["contacts"][0]["name"] = "Samantha";
    // Plan versions never change once saved: a different one under the same id is a conflict too.
    changed["safety_plan"]["versions"][0]["sections"]["reasons_for_living"].push_back("Another reason");
    changed["reflections"][0]["text"] = "Other words for the week";
    changed["setbacks"][0]["next_time"] = "Something else";
    changed["recovery_place"]["words"] = "Other words";
    const QString before = profileSnapshot(m.target);

    Importer importer(m.target.db(), *m.target.settings, [] { return at(12); });
    const ImportPlan plan = importer.prepare(bytesOf(changed));
    const ImportPreview& p = plan.preview;
    CHECK(p.conflicts == 6);
    CHECK(p.unchanged == same.unchanged - 6);
    CHECK(p.added == 0);
    CHECK(p.updated == 0);
    CHECK(p.summary().contains(u"6 already here, changed at the same time but differently (kept as they are here)"_s));
    REQUIRE(p.conflicting.size() == 5);  // the first few are named, the rest counted
    CHECK(p.conflicting.at(0) == u"the contact “Samantha”"_s);
    CHECK(p.conflicting.at(1).startsWith(u"the safety plan as saved on "_s));
    CHECK(p.conflicting.at(2).startsWith(u"the journal entry of "_s));
    CHECK(p.conflicting.at(3).startsWith(u"the note for the week of "_s));
    CHECK(p.conflicting.at(4).startsWith(u"the setback reflection written on "_s));
    const QString note = p.conflictNote();
    CHECK(
        note.startsWith(u"Changed at the same time here and in the file, but differently: the contact “Samantha”; "_s));
    CHECK(note.contains(u" and 1 more. Mooring cannot tell which is newer, so it keeps what is here"_s));

    importer.apply(plan);
    CHECK(profileSnapshot(m.target) == before);  // nothing of the file's versions came in
}

TEST_CASE("One conflict is told in the singular, and a newer time still wins", "[exchange][import]") {
    Moved m;
    Json changed = m.file;
    std::size_t own = 0;  // an idea of the person's own: built-ins as shipped follow other rules
    while (changed["strategies"][own]["builtin"] == true) ++own;
    const std::string title = changed["strategies"][own]["title"];
    changed["strategies"][own]["title"] = title + " (my way)";
    ImportPreview p = prepare(m.target, changed).preview;
    CHECK(p.conflicts == 1);
    CHECK(p.summary().contains(u"1 already here, changed at the same time but differently (kept as it is here)"_s));
    CHECK(p.conflictNote() == u"Changed at the same time here and in the file, but differently: the idea “"_s +
                                  QString::fromStdString(title) +
                                  u" (my way)”. Mooring cannot tell which is newer, so it keeps what is here and "
                                  u"leaves the file's version of these out."_s);

    changed["strategies"][own]["updated_at"] = "2030-01-01T09:00:00+01:00";
    p = prepare(m.target, changed).preview;
    CHECK(p.conflicts == 0);
    CHECK(p.updated == 1);
}
