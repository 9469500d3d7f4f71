#include "domain/JournalEntryJson.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace mooring::journalJson {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

std::string s(const QString& text) { return text.toStdString(); }

OrderedJson stringsJson(const QStringList& list) {
    OrderedJson out = OrderedJson::array();
    for (const QString& item : list) out.push_back(s(item));
    return out;
}

// A text field, or empty when absent or not text.
QString text(const Json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return {};
    return QString::fromStdString(it->get_ref<const std::string&>());
}

QStringList texts(const Json& object, const char* key) {
    QStringList out;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array()) return out;
    for (const Json& item : *it)
        if (item.is_string()) out.append(QString::fromStdString(item.get_ref<const std::string&>()));
    return out;
}

// A whole number that fits an int; anything else (null included) is not said.
std::optional<int> number(const Json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer()) return std::nullopt;
    if (it->is_number_unsigned()) {
        const auto u = it->get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<int>::max())) return std::nullopt;
        return static_cast<int>(u);
    }
    const auto i = it->get<std::int64_t>();
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max()) return std::nullopt;
    return static_cast<int>(i);
}

// Exactly the form timeText() writes ("2026-11-20T21:40:00+01:00" or "...Z"), read by hand:
// QDateTime::fromString is most of the time spent reading a large journal. Anything else,
// or any part out of range, is left to fromString (nullopt), so the result never differs.
std::optional<QDateTime> writtenForm(const QString& text) {
    const qsizetype size = text.size();
    if (size != 20 && size != 25) return std::nullopt;
    const auto digits = [&](qsizetype at, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const auto is = [&](qsizetype at, char16_t c) { return text.at(at).unicode() == c; };
    if (!is(4, u'-') || !is(7, u'-') || !is(10, u'T') || !is(13, u':') || !is(16, u':')) return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
        second > 59)
        return std::nullopt;
    int offset = 0;
    if (size == 20) {
        if (!is(19, u'Z')) return std::nullopt;
    } else {
        const bool plus = is(19, u'+');
        if ((!plus && !is(19, u'-')) || !is(22, u':')) return std::nullopt;
        const int hours = digits(20, 2), minutes = digits(23, 2);
        if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59) return std::nullopt;
        offset = (plus ? 1 : -1) * (hours * 3600 + minutes * 60);
    }
    const QDate date(year, month, day);
    if (!date.isValid()) return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second), Qt::OffsetFromUTC, offset);
}

}  // namespace

QString timeText(const QDateTime& time) {
    if (!time.isValid()) return {};
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QDateTime timeFromText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (const std::optional<QDateTime> quick = writtenForm(trimmed)) return *quick;
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODate);
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()) : time;
}

OrderedJson toJson(const JournalEntry& e) {
    OrderedJson tried = OrderedJson::array();
    for (const TriedItem& t : e.tried) {
        OrderedJson item = OrderedJson::object();
        if (!t.strategyId.isEmpty()) item["strategy_id"] = s(t.strategyId);
        if (t.strategyId.isEmpty() || !t.text.isEmpty()) item["text"] = s(t.text);
        if (t.helped) item["helped"] = *t.helped;
        tried.push_back(std::move(item));
    }
    OrderedJson j{{"id", s(e.id)},
                  {"occurred_at", s(timeText(e.occurredAt))},
                  {"situation", s(e.situation)},
                  {"thoughts", s(e.thoughts)},
                  {"feelings", stringsJson(e.feelings)}};
    if (e.urge) j["urge"] = *e.urge;
    j["triggers"] = stringsJson(e.triggers);
    j["tried"] = std::move(tried);
    if (e.outcome) j["outcome"] = s(JournalEntry::outcomeName(*e.outcome));
    j["notes"] = s(e.notes);
    j["created_at"] = s(timeText(e.createdAt));
    j["updated_at"] = s(timeText(e.updatedAt));
    return j;
}

JournalEntry fromJson(const Json& o) {
    JournalEntry e;
    if (!o.is_object()) return e;
    e.id = text(o, "id").trimmed().toLower();
    e.occurredAt = timeFromText(text(o, "occurred_at"));
    e.situation = text(o, "situation");
    e.thoughts = text(o, "thoughts");
    e.feelings = texts(o, "feelings");
    e.urge = number(o, "urge");
    e.triggers = texts(o, "triggers");
    if (const auto tried = o.find("tried"); tried != o.end() && tried->is_array())
        for (const Json& item : *tried) {
            if (!item.is_object()) continue;
            e.tried.append({text(item, "strategy_id").trimmed().toLower(), text(item, "text"), number(item, "helped")});
        }
    e.outcome = JournalEntry::outcomeFromName(text(o, "outcome").trimmed());
    e.notes = text(o, "notes");
    e.createdAt = timeFromText(text(o, "created_at"));
    e.updatedAt = timeFromText(text(o, "updated_at"));
    return e;
}

}  // namespace mooring::journalJson
