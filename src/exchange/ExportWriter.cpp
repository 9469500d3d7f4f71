// The writing half of exchange/ExportJson.h. Each record is dumped on its own line, so a
// 20,000-entry journal never needs the whole document as one JSON tree in memory, and a
// person (or diff) can read the file line by line.
#include "exchange/ExportJson.h"

#include "domain/JournalEntryJson.h"

#include <nlohmann/json.hpp>

#include <string>

namespace mooring::exportJson {

using Json = nlohmann::ordered_json;

namespace {

std::string s(const QString& text) { return text.toStdString(); }

Json contactJson(const ContactRecord& r) {
    const Contact& c = r.contact;
    return Json{{"id", s(c.id)},       {"name", s(c.name)},
                {"phone", s(c.phone)}, {"role", s(Contact::roleKey(c.role))},
                {"note", s(c.note)},   {"updated_at", s(timeText(r.updatedAt))}};
}

Json helplineJson(const Helpline& h) {
    return Json{{"id", s(h.id)},     {"region", s(h.region)},   {"name", s(h.name)},    {"call", s(h.call)},
                {"text", s(h.text)}, {"hours", s(h.hours)},     {"builtin", h.builtin}, {"text_body", s(h.textBody)},
                {"note", s(h.note)}, {"emergency", h.emergency}};
}

Json strategyJson(const CopingStrategy& c) {
    Json j{{"id", s(c.id)},
           {"category", s(CopingIdea::categoryName(c.category))},
           {"title", s(c.title)},
           {"details", s(c.details)},
           {"favourite", c.favourite},
           {"builtin", c.builtin},
           {"archived", c.hidden},
           {"created_at", s(timeText(c.createdAt))},
           {"location", s(c.location)},
           {"updated_at", s(timeText(c.updatedAt))},
           {"position", c.position}};
    if (c.favouriteOrder) j["favourite_order"] = *c.favouriteOrder;
    if (!c.builtinKey.isEmpty()) j["builtin_key"] = s(c.builtinKey);
    return j;
}

Json planVersionJson(const PlanVersion& v) {
    Json sections = Json::object();
    for (PlanSection section : planSections::all()) {
        Json items = Json::array();
        for (const QString& item : v.plan.items(section)) items.push_back(s(item));
        sections[s(planSections::key(section))] = std::move(items);
    }
    return Json{{"id", s(v.id)}, {"saved_at", s(timeText(v.savedAt))}, {"note", s(v.note)}, {"sections", sections}};
}

Json reflectionJson(const ReflectionRecord& r) {
    return Json{{"week_start", s(r.weekStart.toString(Qt::ISODate))},
                {"text", s(r.text)},
                {"updated_at", s(timeText(r.updatedAt))}};
}

Json setbackJson(const SetbackReflection& r) {
    return Json{{"id", s(r.id)},
                {"entry_id", s(r.entryId)},
                {"before", s(r.before)},
                {"warning_signs", s(r.warningSigns)},
                {"tried", s(r.tried)},
                {"next_time", s(r.nextTime)},
                {"for_plan", s(r.forPlan)},
                {"created_at", s(timeText(r.createdAt))},
                {"updated_at", s(timeText(r.updatedAt))}};
}

Json recoveryPlaceJson(const RecoveryPlaceNote& n) {
    Json j = Json::object();
    if (n.place) j["place"] = s(RecoveryPlaceNote::placeKey(*n.place));
    j["words"] = s(n.words);
    j["updated_at"] = s(timeText(n.updatedAt));
    return j;
}

Json orNull(const std::optional<bool>& value) { return value ? Json(*value) : Json(nullptr); }

Json checkInJson(const CheckIn& c) {
    Json feelings = Json::array();
    for (const QString& feeling : c.feelings) feelings.push_back(s(feeling));
    Json helped = Json::array();
    for (const CheckInHelp& h : c.helped) {
        Json item = Json::object();
        if (h.strategyId.isEmpty())
            item["text"] = s(h.text);
        else
            item["strategy_id"] = s(h.strategyId);
        helped.push_back(std::move(item));
    }
    const SelfCare& care = c.selfCare;
    Json selfCare = Json::object();
    selfCare["sleep_hours"] = care.sleepHours ? Json(*care.sleepHours) : Json(nullptr);
    selfCare["ate"] = orNull(care.ate);
    selfCare["medication"] = orNull(care.medication);
    selfCare["moved"] = orNull(care.moved);
    Json j = Json::object();
    j["id"] = s(c.id);
    j["day"] = s(c.day.toString(Qt::ISODate));
    j["overall"] = c.overall.value_or(0);
    j["urge"] = c.urge ? Json(*c.urge) : Json(nullptr);
    j["feelings"] = std::move(feelings);
    j["helped"] = std::move(helped);
    j["self_care"] = std::move(selfCare);
    j["note"] = s(c.note);
    j["created_at"] = s(timeText(c.createdAt));
    j["updated_at"] = s(timeText(c.updatedAt));
    return j;
}

Json mediumJson(const Medium& m) {
    Json place = Json::object();
    if (m.place.isReasonsForLiving())
        place["plan_section"] = s(planSections::key(PlanSection::ReasonsForLiving));
    else
        place["strategy_id"] = s(m.place.strategyId);
    return Json{{"id", s(m.id)},
                {"kind", s(mediaKinds::name(m.kind))},
                {"mime", s(m.mime)},
                {"caption", s(m.caption)},
                {"place", std::move(place)},
                {"position", m.position},
                {"created_at", s(timeText(m.createdAt))},
                {"updated_at", s(timeText(m.updatedAt))},
                {"sha256", s(m.sha256)}};
}

// A medium's line up to where its bytes go: "data" is its last field, so the base64 can be
// written straight after this text and closed with "\"}".
std::string mediumOpening(const Medium& m) {
    std::string text = mediumJson(m).dump();
    text.pop_back();  // the closing brace
    return text + ",\"data\":\"";
}

template <typename List, typename ToJson>
void appendList(std::string& out, const char* key, const List& list, ToJson toJson, bool last = false) {
    out += "  \"";
    out += key;
    out += "\": [";
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += toJson(list.at(i)).dump();
    }
    out += list.isEmpty() ? "]" : "\n  ]";
    out += last ? "\n" : ",\n";
}

}  // namespace

QString timeText(const QDateTime& time) { return journalJson::timeText(time); }

std::string recordText(const ContactRecord& record) { return contactJson(record).dump(); }
std::string recordText(const CopingStrategy& strategy) { return strategyJson(strategy).dump(); }
std::string recordText(const PlanVersion& version) { return planVersionJson(version).dump(); }
std::string recordText(const JournalEntry& entry) { return journalJson::toJson(entry).dump(); }
std::string recordText(const ReflectionRecord& reflection) { return reflectionJson(reflection).dump(); }
std::string recordText(const SetbackReflection& reflection) { return setbackJson(reflection).dump(); }
std::string recordText(const RecoveryPlaceNote& note) { return recoveryPlaceJson(note).dump(); }
std::string recordText(const CheckIn& checkIn) { return checkInJson(checkIn).dump(); }
std::string recordText(const Medium& medium) { return mediumJson(medium).dump(); }

QList<QByteArray> writePieces(const ExportDocument& doc) {
    std::string out;
    out.reserve(static_cast<std::size_t>(doc.journal.size()) * 600 + 64 * 1024);
    Json head{{"format", "mooring-export"},
              {"version", ExportDocument::kFormatVersion},
              {"exported_at", s(timeText(doc.exportedAt))},
              {"content", s(ExportDocument::contentName(doc.content))}};
    out += "{\n";
    for (const auto& [key, value] : head.items()) out += "  \"" + key + "\": " + value.dump() + ",\n";
    Json settings = Json::object();
    if (!doc.region.isEmpty()) settings["region"] = s(doc.region);
    out += "  \"settings\": " + settings.dump() + ",\n";
    appendList(out, "contacts", doc.contacts, contactJson);
    appendList(out, "helplines", doc.helplines, helplineJson);
    appendList(out, "strategies", doc.strategies, strategyJson);
    out += "  \"safety_plan\": {\n";
    std::string versions;
    appendList(versions, "versions", doc.planVersions, planVersionJson, true);
    out += versions;
    const bool full = doc.content == ExportContent::Full;
    out += full ? "  },\n" : "  }\n";
    const bool media = full && !doc.media.isEmpty();
    QList<QByteArray> pieces;
    if (full) {
        appendList(out, "journal", doc.journal, journalJson::toJson);
        appendList(out, "reflections", doc.reflections, reflectionJson);
        const bool place = doc.recoveryPlace.has_value();
        appendList(out, "setbacks", doc.setbacks, setbackJson);
        appendList(out, "checkins", doc.checkIns, checkInJson, !place && !media);
        if (place)
            out += "  \"recovery_place\": " + recoveryPlaceJson(*doc.recoveryPlace).dump() + (media ? ",\n" : "\n");
        // Last, so that everything else can be read before the megabytes of the media.
        if (media) {
            out += "  \"media\": [";
            for (qsizetype i = 0; i < doc.media.size(); ++i) {
                out += i == 0 ? "\n    " : "\"},\n    ";
                out += mediumOpening(doc.media.at(i));
                pieces.append(QByteArray(out.data(), static_cast<qsizetype>(out.size())));
                out.clear();
            }
            out += "\"}\n  ]\n";
        }
    }
    out += "}\n";
    pieces.append(QByteArray(out.data(), static_cast<qsizetype>(out.size())));
    return pieces;
}

qint64 base64Size(qint64 size) { return (size + 2) / 3 * 4; }

QByteArray write(const ExportDocument& doc, const std::function<QByteArray(const Medium&)>& bytesOf) {
    const QList<QByteArray> pieces = writePieces(doc);
    QByteArray out = pieces.first();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        if (bytesOf) out += bytesOf(doc.media.at(i - 1)).toBase64();
        out += pieces.at(i);
    }
    return out;
}

}  // namespace mooring::exportJson
