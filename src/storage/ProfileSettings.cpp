#include "storage/ProfileSettings.h"

#include "domain/Error.h"
#include "storage/ProfilePaths.h"
#include "storage/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

ProfileSettings::ProfileSettings(const ProfilePaths& paths)
    : m_settings(std::make_unique<QSettings>(paths.settings(), QSettings::IniFormat)) {}

ProfileSettings::~ProfileSettings() = default;

QString ProfileSettings::region() const { return m_settings->value(u"region"_s).toString(); }
void ProfileSettings::setRegion(const QString& region) { m_settings->setValue(u"region"_s, region); }

int ProfileSettings::textScalePercent() const {
    return std::clamp(m_settings->value(u"display/textScale"_s, 100).toInt(), 100, 200);
}
void ProfileSettings::setTextScalePercent(int percent) {
    m_settings->setValue(u"display/textScale"_s, std::clamp(percent, 100, 200));
}

ProfileSettings::Theme ProfileSettings::theme() const {
    const QString name = m_settings->value(u"display/theme"_s).toString();
    if (name == u"dark"_s) return Theme::Dark;
    if (name == u"light"_s) return Theme::Light;
    if (name == u"high-contrast"_s) return Theme::HighContrast;
    return Theme::System;
}
void ProfileSettings::setTheme(Theme theme) {
    const QString name = theme == Theme::Dark           ? u"dark"_s
                         : theme == Theme::Light        ? u"light"_s
                         : theme == Theme::HighContrast ? u"high-contrast"_s
                                                        : u"system"_s;
    m_settings->setValue(u"display/theme"_s, name);
}

bool ProfileSettings::reduceMotion() const { return m_settings->value(u"display/reduceMotion"_s, false).toBool(); }
void ProfileSettings::setReduceMotion(bool on) { m_settings->setValue(u"display/reduceMotion"_s, on); }

bool ProfileSettings::neutralWindowTitle() const {
    return m_settings->value(u"privacy/neutralTitle"_s, false).toBool();
}
void ProfileSettings::setNeutralWindowTitle(bool on) { m_settings->setValue(u"privacy/neutralTitle"_s, on); }

int ProfileSettings::idleLockMinutes() const {
    return std::clamp(m_settings->value(u"privacy/idleLockMinutes"_s, 10).toInt(), 0, 240);
}
void ProfileSettings::setIdleLockMinutes(int minutes) {
    m_settings->setValue(u"privacy/idleLockMinutes"_s, std::clamp(minutes, 0, 240));
}

QString ProfileSettings::language() const { return m_settings->value(u"language"_s).toString(); }
void ProfileSettings::setLanguage(const QString& code) { m_settings->setValue(u"language"_s, code); }

bool ProfileSettings::readAloud() const { return m_settings->value(u"speech/readAloud"_s, false).toBool(); }
void ProfileSettings::setReadAloud(bool on) { m_settings->setValue(u"speech/readAloud"_s, on); }

int ProfileSettings::readAloudRatePercent() const {
    return std::clamp(m_settings->value(u"speech/ratePercent"_s, 100).toInt(), 50, 200);
}
void ProfileSettings::setReadAloudRatePercent(int percent) {
    m_settings->setValue(u"speech/ratePercent"_s, std::clamp(percent, 50, 200));
}

QString ProfileSettings::readAloudVoice() const {
    const QString code = m_settings->value(u"speech/voice"_s).toString();
    return Translations::languages().contains(code) ? code : QString();
}
void ProfileSettings::setReadAloudVoice(const QString& code) {
    m_settings->setValue(u"speech/voice"_s, Translations::languages().contains(code) ? code : QString());
}

ReminderPlan ProfileSettings::reminderPlan() const {
    ReminderPlan plan;
    plan.checkIn = m_settings->value(u"reminders/checkIn"_s, false).toBool();
    for (const QString& day : m_settings->value(u"reminders/checkInDays"_s).toString().split(u',')) {
        const int number = day.toInt();
        if (number >= 1 && number <= 7) plan.checkInDays[std::size_t(number - 1)] = true;
    }
    const auto time = [this](const QString& key, QTime fallback) {
        const QTime read = QTime::fromString(m_settings->value(key).toString(), u"HH:mm"_s);
        return read.isValid() ? read : fallback;
    };
    plan.checkInTime = time(u"reminders/checkInTime"_s, plan.checkInTime);
    plan.weeklyReview = m_settings->value(u"reminders/weeklyReview"_s, false).toBool();
    const int day = m_settings->value(u"reminders/reviewDay"_s, plan.reviewDay).toInt();
    if (day >= 1 && day <= 7) plan.reviewDay = day;
    plan.reviewTime = time(u"reminders/reviewTime"_s, plan.reviewTime);
    plan.quietUntil = QDate::fromString(m_settings->value(u"reminders/quietUntil"_s).toString(), Qt::ISODate);
    return plan;
}

void ProfileSettings::setReminderPlan(const ReminderPlan& plan) {
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        if (plan.checkInDays[std::size_t(day - 1)]) days << QString::number(day);
    }
    m_settings->setValue(u"reminders/checkIn"_s, plan.checkIn);
    m_settings->setValue(u"reminders/checkInDays"_s, days.join(u','));
    m_settings->setValue(u"reminders/checkInTime"_s, plan.checkInTime.toString(u"HH:mm"_s));
    m_settings->setValue(u"reminders/weeklyReview"_s, plan.weeklyReview);
    m_settings->setValue(u"reminders/reviewDay"_s, std::clamp(plan.reviewDay, 1, 7));
    m_settings->setValue(u"reminders/reviewTime"_s, plan.reviewTime.toString(u"HH:mm"_s));
    m_settings->setValue(u"reminders/quietUntil"_s, plan.quietUntil.toString(Qt::ISODate));
}

QDateTime ProfileSettings::lastReminderShown() const {
    return QDateTime::fromString(m_settings->value(u"reminders/lastShown"_s).toString(), Qt::ISODate);
}
void ProfileSettings::setLastReminderShown(const QDateTime& at) {
    m_settings->setValue(u"reminders/lastShown"_s, at.toString(Qt::ISODate));
}

void ProfileSettings::save() {
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        throw Error(Error::Kind::CannotWrite,
                    QCoreApplication::translate("mooring",
                                                "Your settings could not be saved. The folder may be read-only "
                                                "or the disk full; everything else is unchanged."));
    // QSettings writes with the default umask; lock-screen contacts the person chose to
    // keep here are nobody else's business, whatever folder the profile is in. Best
    // effort: a FAT USB stick has no owner bits.
    QFile::setPermissions(m_settings->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QSettings& ProfileSettings::raw() { return *m_settings; }

}  // namespace mooring
