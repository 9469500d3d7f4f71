#include "storage/CheckInPreferences.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct PreferencesDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    PreferencesDb() { Migrations::migrate(db); }
};

QString stored(Database& db, const char* key) {
    Statement row(db, "SELECT value FROM profile_info WHERE key = ?");
    row.bind(1, QString::fromLatin1(key));
    return row.step() ? row.text(0) : u"(none)"_s;
}

}  // namespace

TEST_CASE("check-in choices: everything is shown until the person turns it off", "[checkins][preferences]") {
    PreferencesDb t;
    CheckInPreferences prefs(t.db);
    CHECK(prefs.diaryRows() == DiaryRows{});
    CHECK(prefs.selfCareQuestions() == SelfCareQuestions{});
    const DiaryRows all;
    CHECK(
        (all.overall && all.urge && all.feelings && all.helped && all.sleep && all.ate && all.medication && all.moved));
    const SelfCareQuestions asked;
    CHECK((asked.sleep && asked.ate && asked.medication && asked.moved));
}

TEST_CASE("check-in choices: rows and questions turned off are kept in the encrypted database",
          "[checkins][preferences]") {
    PreferencesDb t;
    DiaryRows rows;
    rows.medication = false;
    rows.urge = false;
    SelfCareQuestions questions;
    questions.medication = false;
    CheckInPreferences(t.db).setDiaryRows(rows);
    CheckInPreferences(t.db).setSelfCareQuestions(questions);

    CheckInPreferences again(t.db);
    CHECK(again.diaryRows() == rows);
    CHECK(again.selfCareQuestions() == questions);
    CHECK(stored(t.db, "checkins.diary_rows_hidden") == u"urge,medication"_s);
    CHECK(stored(t.db, "checkins.self_care_hidden") == u"medication"_s);

    // Turned back on: nothing is left behind.
    again.setDiaryRows(DiaryRows{});
    CHECK(again.diaryRows() == DiaryRows{});
    CHECK(stored(t.db, "checkins.diary_rows_hidden") == u"(none)"_s);
    CHECK(again.selfCareQuestions() == questions);  // the other choice is its own
}

TEST_CASE("check-in choices: an unknown or damaged value shows everything it does not name",
          "[checkins][preferences]") {
    PreferencesDb t;
    Statement put(t.db, "INSERT INTO profile_info(key, value) VALUES ('checkins.self_care_hidden', ',,sleep,later,')");
    put.run();
    SelfCareQuestions expected;
    expected.sleep = false;
    CHECK(CheckInPreferences(t.db).selfCareQuestions() == expected);
}

TEST_CASE("check-in choices: a failed write leaves the earlier choice", "[checkins][preferences]") {
    PreferencesDb t;
    DiaryRows before;
    before.ate = false;
    CheckInPreferences prefs(t.db);
    prefs.setDiaryRows(before);
    {
        Transaction outer(t.db);
        DiaryRows changed;
        changed.moved = false;
        prefs.setDiaryRows(changed);
        CHECK(prefs.diaryRows() == changed);
    }  // rolled back
    CHECK(prefs.diaryRows() == before);
}
