#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace mooring {

// The seven sections of the safety plan, in the order of docs/design.md (Stanley-Brown).
enum class PlanSection {
    WarningSigns,
    InternalCoping,
    SocialDistraction,
    PeopleToAsk,
    Professionals,
    SafeEnvironment,
    ReasonsForLiving,
};

inline constexpr int kPlanSectionCount = 7;
// The editor's limit per item; the export format allows more, but a plan is read in a
// hard moment, so a short item is kinder (and the message says so).
inline constexpr int kMaxPlanItemLength = 500;
inline constexpr int kMaxPlanItems = 100;
inline constexpr int kMaxPlanNoteLength = 200;

namespace planSections {
QList<PlanSection> all();
// Keys in an export (docs/export-format.md): "warning_signs", ...
QString key(PlanSection section);
bool fromKey(const QString& key, PlanSection* section);
QString title(PlanSection section);
QString prompt(PlanSection section);
QStringList examples(PlanSection section);
// Sections whose items are often people: the editor offers the contacts there.
bool picksContacts(PlanSection section);
}  // namespace planSections

// The plan's content: one ordered list of items per section.
struct SafetyPlan {
    std::array<QStringList, kPlanSectionCount> sections;

    QStringList& items(PlanSection s) { return sections[static_cast<std::size_t>(s)]; }
    const QStringList& items(PlanSection s) const { return sections[static_cast<std::size_t>(s)]; }
    bool isEmpty() const;
    int itemCount() const;
    // Items trimmed; empty items dropped.
    SafetyPlan normalized() const;
    bool operator==(const SafetyPlan&) const = default;

    struct Problem {
        PlanSection section;
        int index;  // item index in the section, -1 for the section itself
        QString message;
    };
    // Empty when the plan can be saved (an empty plan can be saved).
    QList<Problem> problems() const;
    // The message for one item as typed, or an empty string when it is fine.
    static QString itemProblem(const QString& item);
    static QString noteProblem(const QString& note);
};

// One saved version; never changed after it is saved.
struct PlanVersion {
    QString id;  // UUID
    QDateTime savedAt;
    QString note;
    SafetyPlan plan;
    int number = 0;  // 1 for the first version saved in this profile
};

}  // namespace mooring
