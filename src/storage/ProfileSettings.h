#pragma once

#include "domain/ReminderSchedule.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QSettings;

namespace mooring {

class ProfilePaths;

// settings.ini: only what must be read before unlocking and says nothing private
// (docs/privacy.md). Writes go through QSettings, which replaces the file atomically.
class ProfileSettings {
public:
    enum class Theme { System, Light, Dark, HighContrast };

    explicit ProfileSettings(const ProfilePaths& paths);
    ~ProfileSettings();

    QString region() const;  // "US", "UK", "AU" or a region the person added; empty until chosen
    void setRegion(const QString& region);

    int textScalePercent() const;  // 100-200
    void setTextScalePercent(int percent);

    Theme theme() const;
    void setTheme(Theme theme);

    bool reduceMotion() const;
    void setReduceMotion(bool on);

    bool neutralWindowTitle() const;
    void setNeutralWindowTitle(bool on);

    int idleLockMinutes() const;  // 0 = never
    void setIdleLockMinutes(int minutes);

    // The language chosen in settings: "" follows the system, otherwise a code from
    // Translations::languages(). Read before unlocking; it says nothing private.
    QString language() const;
    void setLanguage(const QString& code);

    // "Read this to me" on the help screen: off until the person turns it on.
    bool readAloud() const;
    void setReadAloud(bool on);
    // Speed of the voice in percent of its ordinary pace, 50-200 (100 until chosen).
    int readAloudRatePercent() const;
    void setReadAloudRatePercent(int percent);
    // The voice's language: "" reads in the language Mooring is shown in, otherwise a code
    // from Translations::languages(); anything else counts as "".
    QString readAloudVoice() const;
    void setReadAloudVoice(const QString& code);

    // Gentle reminders (docs/user-guide.md, "Reminders"): read before unlocking, as they
    // come while Mooring is locked. Days and times only; nothing about the person.
    ReminderPlan reminderPlan() const;
    void setReminderPlan(const ReminderPlan& plan);
    // When the last reminder was shown, so that none shows twice; invalid if none yet.
    QDateTime lastReminderShown() const;
    void setLastReminderShown(const QDateTime& at);

    // Flushes to disk; throws Error::Kind::CannotWrite if the file could not be written.
    void save();

    QSettings& raw();  // for sibling classes that keep their own group (helplines)

private:
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace mooring
