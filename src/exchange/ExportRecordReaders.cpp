// The readers of one record of each kind, for exchange/ExportReader.cpp.
#include "exchange/ExportRecordReaders.h"

#include "domain/JournalEntryJson.h"
#include "storage/StrategyStore.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace mooring::exportRead {

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

// A tried item is checked here and read with its entry (journalJson::fromJson).
void checkTried(jsonRead::Fields& f) {
    f.onlyKeys(journalJson::kTriedKeys, tr("not a field of something tried"));
    const QString strategyId = f.string("strategy_id");
    const QString text = f.string("text");
    f.integer("helped", 0, JournalEntry::kMaxHelped);
    if (strategyId.isEmpty() == text.isEmpty())
        f.problem({}, tr("expected either a strategy_id or a text (one of the two)"));
}

// true, false or null (not said); anything else is a problem.
std::optional<bool> yesNoOrNull(jsonRead::Fields& f, const char* key) {
    const auto it = f.json().find(key);
    if (it == f.json().end() || it->is_null()) return std::nullopt;
    if (it->is_boolean()) return it->get<bool>();
    f.problem(key, tr("expected true, false or null, got %1").arg(jsonRead::typeName(*it)));
    return std::nullopt;
}

std::optional<double> hoursOrNull(jsonRead::Fields& f, const char* key) {
    const auto it = f.json().find(key);
    if (it == f.json().end() || it->is_null()) return std::nullopt;
    if (it->is_number()) {
        const double hours = it->get<double>();
        if (hours >= 0.0 && hours <= SelfCare::kMaxSleepHours) return hours;
    }
    f.problem(key, tr("expected a number of hours from 0 to 24, or null"));
    return std::nullopt;
}

void readHelped(jsonRead::Fields& h, QList<CheckInHelp>& out) {
    h.onlyKeys({"strategy_id", "text"}, tr("not a field of something that helped"));
    const QString strategyId = h.string("strategy_id").toLower();
    const QString text = h.string("text");
    if (strategyId.isEmpty() == text.isEmpty())
        h.problem({}, tr("expected either a strategy_id or a text (one of the two)"));
    else if (!strategyId.isEmpty() && !jsonRead::isUuid(strategyId))
        h.problem("strategy_id", tr("expected the id of an idea (a UUID), got “%1”").arg(strategyId.left(40)));
    out.append({strategyId, text});
}

}  // namespace

ContactRecord readContact(jsonRead::Fields& f) {
    f.onlyKeys({"id", "name", "phone", "role", "note", "updated_at"}, tr("not a field of a contact"));
    ContactRecord r;
    r.contact.id = f.id();
    r.contact.name = f.string("name", jsonRead::Required);
    r.contact.phone = f.string("phone");
    r.contact.note = f.string("note");
    const QString role = f.string("role", jsonRead::Required);
    if (!role.isEmpty() && !Contact::roleFromKey(role, &r.contact.role))
        f.problem("role", tr("expected one of friend, family, professional, service, other; got “%1”").arg(role));
    r.updatedAt = f.time("updated_at", jsonRead::Optional);
    if (f.clean())
        for (const Contact::Problem& p : r.contact.problems()) f.problem({}, p.message);
    return r;
}

Helpline readHelpline(jsonRead::Fields& f) {
    f.onlyKeys({"id", "region", "name", "call", "text", "hours", "builtin", "text_body", "note", "emergency"},
               tr("not a field of a helpline"));
    Helpline h;
    h.id = f.id(jsonRead::IdForm::UuidOrShipped);
    h.region = f.string("region", jsonRead::Required);
    h.name = f.string("name", jsonRead::Required);
    h.call = f.string("call");
    h.text = f.string("text");
    h.hours = f.string("hours");
    h.textBody = f.string("text_body");
    h.note = f.string("note");
    h.emergency = f.boolean("emergency");
    f.boolean("builtin");  // checked for its type; only a shipped id makes a helpline built-in
    const std::optional<Helpline> shipped = Helpline::builtinById(h.id);
    h.builtin = shipped.has_value();
    h.youth = shipped && shipped->youth;  // decided by the data Mooring ships, like builtin
    // Never dropped quietly: a line filed under a region this Mooring does not know could
    // not be shown anywhere, so the file is refused and the code named.
    if (!h.region.isEmpty() && !Helpline::isKnownRegion(h.region))
        f.problem(
            "region",
            tr("expected a region code Mooring knows (such as US, UK, DE or OTHER), got “%1”").arg(h.region.left(20)));
    if (!Helpline::isPlausibleNumber(h.call)) f.problem("call", tr("expected a phone number, got “%1”").arg(h.call));
    if (!Helpline::isPlausibleNumber(h.text)) f.problem("text", tr("expected a phone number, got “%1”").arg(h.text));
    return h;
}

CopingStrategy readStrategy(jsonRead::Fields& f, const QHash<QString, QString>& builtinKeys) {
    f.onlyKeys({"id", "category", "title", "details", "favourite", "builtin", "archived", "created_at", "location",
                "updated_at", "position", "favourite_order", "builtin_key"},
               tr("not a field of an idea"));
    CopingStrategy c;
    c.id = f.id();
    const QString category = f.string("category", jsonRead::Required);
    if (const auto known = CopingIdea::categoryFromName(category))
        c.category = *known;
    else if (!category.isEmpty())
        f.problem("category", tr("expected one of sensory, distraction, emotional_release, self_soothing, "
                                 "safety_box; got “%1”")
                                  .arg(category));
    c.title = f.string("title", jsonRead::Required);
    c.details = f.string("details");
    c.location = f.string("location");
    c.favourite = f.boolean("favourite");
    c.hidden = f.boolean("archived");
    c.createdAt = f.time("created_at", jsonRead::Required);
    c.updatedAt = f.time("updated_at", jsonRead::Optional);
    if (!c.updatedAt.isValid()) c.updatedAt = c.createdAt;
    c.position = f.integer("position", 0, 1000000).value_or(0);
    c.favouriteOrder = f.integer("favourite_order", 0, 1000000);
    if (!c.favourite) c.favouriteOrder.reset();
    // Built-in only when the id is the one this program gives that built-in idea.
    const bool claimsBuiltin = f.boolean("builtin");
    const QString key = f.string("builtin_key");
    const QString expectedKey = builtinKeys.value(c.id);
    if (!key.isEmpty() && StrategyStore::builtinUuid(key) != c.id)
        f.problem("builtin_key", tr("does not belong to the id %1").arg(c.id));
    c.builtinKey = key.isEmpty() && claimsBuiltin ? expectedKey : key;
    c.builtin = !c.builtinKey.isEmpty();
    // A file from before a built-in idea got new words brings the new ones, as an upgrade
    // would have; words the person changed stay theirs.
    c = StrategyStore::withCurrentWords(c);
    if (f.clean())
        for (const CopingStrategy::Problem& p : c.problems()) f.problem({}, p.message);
    return c;
}

PlanVersion readPlanVersion(jsonRead::Fields& f) {
    f.onlyKeys({"id", "saved_at", "note", "sections"}, tr("not a field of a plan version"));
    PlanVersion v;
    v.id = f.id();
    v.savedAt = f.time("saved_at", jsonRead::Required);
    v.note = f.string("note");
    if (const Json* sections = f.object("sections")) {
        jsonRead::Fields s(*sections, f.path() + u".sections"_s, f.problems());
        s.onlyKeys({"warning_signs", "internal_coping", "social_distraction", "people_to_ask", "professionals",
                    "safe_environment", "reasons_for_living"},
                   tr("not a section of the safety plan"));
        for (PlanSection section : planSections::all())
            v.plan.items(section) = s.strings(planSections::key(section).toUtf8().constData());
    }
    v.plan = v.plan.normalized();
    return v;
}

JournalEntry readJournal(jsonRead::Fields& f, const QDateTime& now) {
    // Every field checked as the format asks; the entry itself then read through its one
    // JSON form, the same reader the held draft uses.
    f.onlyKeys(journalJson::kEntryKeys, tr("not a field of a journal entry"));
    const QString id = f.id();
    const QDateTime occurredAt = f.time("occurred_at", jsonRead::Required);
    f.string("situation");
    f.string("thoughts");
    f.string("notes");
    f.strings("feelings");
    f.strings("triggers");
    f.integer("urge", 0, JournalEntry::kMaxUrge, jsonRead::Required);
    const QString outcome = f.string("outcome");
    if (!outcome.isEmpty() && !JournalEntry::outcomeFromName(outcome))
        f.problem("outcome", tr("expected one of passed, coped, acted; got “%1”").arg(outcome));
    f.time("created_at", jsonRead::Required);
    f.time("updated_at", jsonRead::Required);
    jsonRead::eachRecord(f.json(), "tried", f.path() + u".tried"_s, f.problems(), checkTried);
    JournalEntry e = journalJson::fromJson(f.json());
    if (!f.clean()) {
        // The file is refused; the duplicate and per-year checks still look at the id and the
        // time, so those stay empty when they did not pass.
        e.id = id;
        e.occurredAt = occurredAt;
        return e.trimmed();
    }
    for (const JournalEntry::Problem& p : e.problems(now)) f.problem({}, p.message);
    return e.trimmed();
}

ReflectionRecord readReflection(jsonRead::Fields& f) {
    f.onlyKeys({"week_start", "text", "updated_at"}, tr("not a field of a week note"));
    ReflectionRecord r;
    const QString week = f.string("week_start", jsonRead::Required);
    r.weekStart = QDate::fromString(week, Qt::ISODate);
    if (!week.isEmpty() && (!r.weekStart.isValid() || week.size() != 10))
        f.problem("week_start", tr("expected a date like 2026-11-16, got “%1”").arg(week.left(40)));
    r.text = f.string("text");
    r.updatedAt = f.time("updated_at", jsonRead::Required);
    return r;
}

SetbackReflection readSetback(jsonRead::Fields& f) {
    f.onlyKeys(
        {"id", "entry_id", "before", "warning_signs", "tried", "next_time", "for_plan", "created_at", "updated_at"},
        tr("not a field of a setback reflection"));
    SetbackReflection r;
    r.id = f.id();
    // May name an entry that is not here (it can come back), but only ever by a journal id.
    r.entryId = f.string("entry_id").toLower();
    if (!r.entryId.isEmpty() && !jsonRead::isUuid(r.entryId)) {
        f.problem("entry_id", tr("expected the id of a journal entry (a UUID), got “%1”").arg(r.entryId.left(40)));
        r.entryId.clear();
    }
    r.before = f.string("before");
    r.warningSigns = f.string("warning_signs");
    r.tried = f.string("tried");
    r.nextTime = f.string("next_time");
    r.forPlan = f.string("for_plan");
    r.createdAt = f.time("created_at", jsonRead::Required);
    r.updatedAt = f.time("updated_at", jsonRead::Required);
    return r;
}

RecoveryPlaceNote readRecoveryPlace(jsonRead::Fields& f) {
    f.onlyKeys({"place", "words", "updated_at"}, tr("not a field of “Where I am in recovery”"));
    RecoveryPlaceNote n;
    const QString place = f.string("place");
    if (!place.isEmpty()) {
        n.place = RecoveryPlaceNote::placeFromKey(place);
        if (!n.place)
            f.problem("place", tr("expected one of noticing, learning, keeping; got “%1”").arg(place.left(40)));
    }
    n.words = f.string("words");
    n.updatedAt = f.time("updated_at", jsonRead::Required);
    return n;
}

CheckIn readCheckIn(jsonRead::Fields& f, const QDate& today) {
    f.onlyKeys({"id", "day", "overall", "urge", "feelings", "helped", "self_care", "note", "created_at", "updated_at"},
               tr("not a field of a check-in"));
    CheckIn c;
    c.id = f.id();
    const QString day = f.string("day", jsonRead::Required);
    c.day = QDate::fromString(day, Qt::ISODate);
    if (!day.isEmpty() && (!c.day.isValid() || day.size() != 10)) {
        f.problem("day", tr("expected a date like 2026-11-16, got “%1”").arg(day.left(40)));
        c.day = QDate();
    }
    c.overall = f.integer("overall", 0, CheckIn::kMaxScale, jsonRead::Required);
    c.urge = f.integer("urge", 0, CheckIn::kMaxScale);
    c.feelings = f.strings("feelings");
    jsonRead::eachRecord(f.json(), "helped", f.path() + u".helped"_s, f.problems(),
                         [&c](jsonRead::Fields& h) { readHelped(h, c.helped); });
    if (const Json* care = f.object("self_care")) {
        jsonRead::Fields s(*care, f.path() + u".self_care"_s, f.problems());
        s.onlyKeys({"sleep_hours", "ate", "medication", "moved"}, tr("not a field of self-care"));
        c.selfCare.sleepHours = hoursOrNull(s, "sleep_hours");
        c.selfCare.ate = yesNoOrNull(s, "ate");
        c.selfCare.medication = yesNoOrNull(s, "medication");
        c.selfCare.moved = yesNoOrNull(s, "moved");
    }
    c.note = f.string("note");
    c.createdAt = f.time("created_at", jsonRead::Required);
    c.updatedAt = f.time("updated_at", jsonRead::Required);
    if (f.clean())
        for (const CheckIn::Problem& p : c.problems(today)) f.problem({}, p.message);
    return c.trimmed();
}

}  // namespace mooring::exportRead
