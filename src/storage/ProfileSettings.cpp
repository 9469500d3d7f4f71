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
