#pragma once

#include "domain/Error.h"
#include "exchange/ExportDocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <string>

namespace mooring {

// A file that is JSON of the right kind but breaks the format's rules. Every problem
// names its record and field; message() is the first few, for a person to read.
class InvalidExport : public Error {
public:
    explicit InvalidExport(QList<ExportProblem> problems);
    const QList<ExportProblem>& problems() const noexcept { return m_problems; }

private:
    QList<ExportProblem> m_problems;
};

// The readable form (docs/export-format.md) written and read. Reading checks everything that
// needs nothing but the file itself; the Importer adds what needs the profile.
namespace exportJson {

inline constexpr int kMaxString = 20000;
// Root -> list -> record -> list -> item: the deepest the schema goes (safety_plan ->
// versions -> version -> sections -> section list is 5 containers; one spare).
inline constexpr int kMaxDepth = 6;
inline constexpr int kMaxProblemsKept = 100;

QByteArray write(const ExportDocument& doc);

// Throws Error(Damaged) for bytes that are not JSON, nest too deep, or are not a Mooring
// export; Error(NewerVersion) naming both versions; InvalidExport listing every problem.
// `now` decides what "in the future" means for journal times.
ExportDocument read(QByteArrayView json, const QDateTime& now);

// "2026-11-20T21:40:00+01:00": the offset kept as it was.
QString timeText(const QDateTime& time);

// One record as write() puts it on its line. Two records with the same text hold the same
// content as far as the format can tell; import uses this to find records changed in two
// places at the same time.
std::string recordText(const ContactRecord& record);
std::string recordText(const CopingStrategy& strategy);
std::string recordText(const PlanVersion& version);
std::string recordText(const JournalEntry& entry);
std::string recordText(const ReflectionRecord& reflection);
std::string recordText(const SetbackReflection& reflection);
std::string recordText(const RecoveryPlaceNote& note);
std::string recordText(const CheckIn& checkIn);

}  // namespace exportJson
}  // namespace mooring
