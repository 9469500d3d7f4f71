#pragma once

#include "domain/SafetyPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mooring {

// What changed in one section between two versions, computed with dtl (an edit script
// over the item lists). A removed item and an added item at the same place that read
// alike are one "reworded" change.
struct ItemChange {
    enum class Kind { Added, Removed, Reworded };
    Kind kind;
    QString before;  // empty for Added
    QString after;   // empty for Removed
    bool operator==(const ItemChange&) const = default;
};

struct SectionDiff {
    PlanSection section;
    QList<ItemChange> changes;
};

namespace planDiff {
QList<ItemChange> items(const QStringList& before, const QStringList& after);
// Every section, in plan order; a section without changes has an empty list.
QList<SectionDiff> plans(const SafetyPlan& before, const SafetyPlan& after);
// 0..1: how much of two texts is shared, by a character edit script (dtl).
double similarity(const QString& a, const QString& b);
inline constexpr double kRewordedAtLeast = 0.5;
}  // namespace planDiff

}  // namespace mooring
