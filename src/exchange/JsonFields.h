#pragma once

#include "exchange/ExportDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace mooring::jsonRead {

enum Presence { Optional, Required };
// Which ids a record may have: a UUID, or for helplines also the id of one Mooring ships
// ("uk-samaritans": a lower-case region code, a hyphen, lower-case letters, digits, hyphens).
enum class IdForm { Uuid, UuidOrShipped };

// 8-4-4-4-12 hexadecimal digits, either case ("0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001").
bool isUuid(const QString& text);

// "text", "a number", ...: how a value's type is named in a message.
QString typeName(const nlohmann::json& value);

// Reads the fields of one JSON object, checking each value's type, range and length and
// recording every problem under "path.field", so one pass reports all of them.
class Fields {
public:
    Fields(const nlohmann::json& object, QString path, QList<ExportProblem>& problems);

    // "id": required, a UUID (or, for UuidOrShipped, a shipped helpline's id), in lower case.
    QString id(IdForm form = IdForm::Uuid);
    // A key of this object that is not in `known` is a problem named by record and key:
    // "journal[3].situaton: not a field of a journal entry". Nothing is dropped in silence.
    void onlyKeys(std::span<const std::string_view> known, const QString& notAField);
    void onlyKeys(std::initializer_list<std::string_view> known, const QString& notAField) {
        onlyKeys(std::span<const std::string_view>(known.begin(), known.size()), notAField);
    }
    // Trimmed text; absent or null is empty.
    QString string(const char* key, Presence presence = Optional);
    std::optional<int> integer(const char* key, int min, int max, Presence presence = Optional);
    bool boolean(const char* key);  // absent is false
    // ISO 8601 with an offset, kept in that offset; invalid when absent.
    QDateTime time(const char* key, Presence presence);
    QStringList strings(const char* key);           // a list of texts, trimmed, empty ones left out
    const nlohmann::json* object(const char* key);  // null when absent (or the wrong type, reported)

    // key null: about the record itself.
    void problem(const char* key, const QString& message);
    bool clean() const { return m_problems.size() == m_problemsBefore; }
    const QString& path() const { return m_path; }
    QList<ExportProblem>& problems() { return m_problems; }
    const nlohmann::json& json() const { return m_object; }

private:
    const nlohmann::json* find(const char* key, Presence presence);

    const nlohmann::json& m_object;
    QString m_path;
    QList<ExportProblem>& m_problems;
    qsizetype m_problemsBefore;
};

// Reads the list under `key` of `parent` (absent or null means empty), one record at a time,
// each as Fields named "path[i]". A list that is not one, or an item that is not a record,
// is a problem; reading stops once the problems kept are full.
void eachRecord(const nlohmann::json& parent, const char* key, const QString& path, QList<ExportProblem>& problems,
                const std::function<void(Fields&)>& read);

}  // namespace mooring::jsonRead
