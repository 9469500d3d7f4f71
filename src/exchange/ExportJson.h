#pragma once

#include "domain/Error.h"
#include "exchange/ExportDocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <functional>
#include <streambuf>
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

// The readable form. The media's "data" is what `bytesOf` gives for each (base64-encoded here).
QByteArray write(const ExportDocument& doc, const std::function<QByteArray(const Medium&)>& bytesOf = {});
// The same text cut where each medium's bytes go: pieces[0], the base64 of media[0]'s bytes,
// pieces[1], ..., the base64 of the last medium's bytes, pieces[n]. One piece without media.
// Lets an export write its media one at a time, and know its length before it does.
QList<QByteArray> writePieces(const ExportDocument& doc);
// Length of the base64 of `size` bytes (padding included).
qint64 base64Size(qint64 size);

// Throws Error(Damaged) for bytes that are not JSON, nest too deep, or are not a Mooring
// export; Error(NewerVersion) naming both versions; InvalidExport listing every problem.
// `now` decides what "in the future" means for journal times.
ExportDocument read(QByteArrayView json, const QDateTime& now);
// The same from a stream (a file read piece by piece, a protected file opened chunk by chunk):
// each medium's "data" is decoded and checked while it is read and then let go, so the
// document never holds the media's bytes.
ExportDocument read(std::streambuf& json, const QDateTime& now);
// Reads the file once more, only for its media: `take` gets each medium's place in the
// "media" list and its base64 text (which it may move from). Throws Error(Damaged) as read().
void eachMediumData(std::streambuf& json, const std::function<void(std::size_t index, std::string& base64)>& take);

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
std::string recordText(const Medium& medium);  // without its bytes

}  // namespace exportJson
}  // namespace mooring
