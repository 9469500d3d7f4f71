#pragma once

#include "domain/CheckIn.h"
#include "domain/Contact.h"
#include "domain/CopingStrategy.h"
#include "domain/Helpline.h"
#include "domain/JournalEntry.h"
#include "domain/Medium.h"
#include "domain/SafetyPlan.h"
#include "domain/SetbackReflection.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mooring {

// "full": everything; "plan": the plan, contacts, helplines and toolbox only (the file a
// person may hand to a therapist; never the journal or the week notes).
enum class ExportContent { Full, Plan };

struct ContactRecord {
    Contact contact;
    QDateTime updatedAt;  // "updated_at": optional in the file (docs/export-format.md)
    bool operator==(const ContactRecord&) const = default;
};

struct ReflectionRecord {
    QDate weekStart;
    QString text;
    QDateTime updatedAt;
    bool operator==(const ReflectionRecord&) const = default;
};

// Everything one export file holds (docs/export-format.md), as values.
struct ExportDocument {
    static constexpr int kFormatVersion = 1;

    ExportContent content = ExportContent::Full;
    QDateTime exportedAt;
    QString region;  // empty: none chosen
    QList<ContactRecord> contacts;
    QList<Helpline> helplines;
    QList<CopingStrategy> strategies;
    QList<PlanVersion> planVersions;  // oldest first
    QList<JournalEntry> journal;      // empty for ExportContent::Plan
    QList<ReflectionRecord> reflections;
    // Full exports only: "setbacks" and "recovery_place".
    QList<SetbackReflection> setbacks;
    std::optional<RecoveryPlaceNote> recoveryPlace;
    // Full exports only, and optional in a file: "checkins" (one a day, oldest first).
    QList<CheckIn> checkIns;
    // Full exports only, and optional in a file: "media", the hope box's photos, recordings
    // and sounds. Only what describes them: the bytes go from the database to the file and
    // back one at a time (Exporter::save, Importer::apply), never all held at once. byteSize
    // and sha256 are those of the bytes.
    QList<Medium> media;

    static QString contentName(ExportContent content);  // "full", "plan"
};

// One message a person can act on, naming the record and field ("journal[12].urge").
struct ExportProblem {
    QString where;  // "journal[12].urge"; empty for the file as a whole
    QString message;
    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

}  // namespace mooring
