// The reminder settings live in settings.ini (read before unlocking): days and times only.
#include "storage/AutostartEntry.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>

using namespace mooring;
using namespace Qt::StringLiterals;

TEST_CASE("Reminder settings are off until chosen and read back as written", "[reminders]") {
    test::TempProfile profile;
    {
        const ReminderPlan fresh = ProfileSettings(profile.paths()).reminderPlan();
        CHECK_FALSE(fresh.checkIn);
        CHECK_FALSE(fresh.weeklyReview);
        CHECK_FALSE(ProfileSettings(profile.paths()).lastReminderShown().isValid());
    }
    ReminderPlan plan;
    plan.checkIn = true;
    plan.checkInDays = {true, false, true, false, true, false, false};
    plan.checkInTime = QTime(20, 30);
    plan.weeklyReview = true;
    plan.reviewDay = Qt::Saturday;
    plan.reviewTime = QTime(9, 15);
    plan.quietUntil = QDate(2026, 12, 14);
    const QDateTime shown(QDate(2026, 12, 7), QTime(20, 30, 2));
    {
        ProfileSettings settings(profile.paths());
        settings.setReminderPlan(plan);
        settings.setLastReminderShown(shown);
        settings.save();
    }
    ProfileSettings again(profile.paths());
    CHECK(again.reminderPlan() == plan);
    CHECK(again.lastReminderShown() == shown);
    QFile file(profile.paths().settings());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("checkInDays=\"1,3,5\""));
    CHECK(text.contains("checkInTime=20:30"));

    // Written by hand: anything out of range falls back, nothing throws.
    again.raw().setValue(u"reminders/checkInTime"_s, u"25:99"_s);
    again.raw().setValue(u"reminders/reviewDay"_s, 9);
    again.raw().setValue(u"reminders/checkInDays"_s, u"0,2,8,x"_s);
    const ReminderPlan odd = again.reminderPlan();
    CHECK(odd.checkInTime == QTime(19, 0));
    CHECK(odd.reviewDay == Qt::Sunday);
    CHECK(odd.checkInDays == std::array<bool, 7>{false, true, false, false, false, false, false});
}

TEST_CASE("The autostart entry quotes a program path with spaces as the specification asks", "[reminders]") {
    const QString text =
        QString::fromUtf8(AutostartEntry(u"/opt/My Apps/mooring"_s, u"/media/stick/100% mine"_s).contents());
    CHECK(text.contains(u"\nExec=\"/opt/My Apps/mooring\" --profile \"/media/stick/100%% mine\" --tray\n"_s));
    CHECK(AutostartEntry(u"/usr/bin/mooring"_s, QString()).contents().contains("\nExec=/usr/bin/mooring --tray\n"));
    CHECK(AutostartEntry(u"/usr/bin/mooring"_s, QString()).contents().contains("\nType=Application\n"));
}
