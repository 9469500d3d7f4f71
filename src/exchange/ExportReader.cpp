// The reading half of exchange/ExportJson.h: every value checked for type, range and
// length, every problem named by record and field, nothing trusted.
#include "exchange/ExportJson.h"

#include "exchange/JsonFields.h"
#include "storage/StrategyStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

namespace mooring {

using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString summaryOf(const QList<ExportProblem>& problems) {
    if (problems.isEmpty()) return {};
    QString text = tr("This file cannot be imported, and nothing was changed. %1").arg(problems.first().text());
    if (problems.size() == 2) text += u' ' + tr("(There is one more problem.)");
    if (problems.size() > 2) text += u' ' + tr("(There are %L1 more problems.)").arg(problems.size() - 1);
    return text;
}

// True when containers nest more than `limit` deep anywhere, counted in one pass over the
// bytes before parsing: the parser's callback, the other way to stop early, made parsing a
// large export three times slower. Brackets inside strings do not count; input that is
// not JSON at all is left for the parser to refuse.
bool nestsDeeperThan(QByteArrayView bytes, int limit) {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
            case '"':
                inString = true;
                break;
            case '[':
            case '{':
                if (++depth > limit) return true;
                break;
            case ']':
            case '}':
                if (depth > 0) --depth;
                break;
            default:
                break;
        }
    }
    return false;
}

Json parseLimited(QByteArrayView bytes) {
    if (nestsDeeperThan(bytes, exportJson::kMaxDepth))
        throw Error(Error::Kind::Damaged,
                    tr("This file nests its data deeper than a Mooring export ever does, so it was not read. "
                       "Nothing was changed."));
    const char* begin = bytes.data();
    try {
        return Json::parse(begin, begin + bytes.size());
    } catch (const Json::exception&) {
        throw Error(Error::Kind::Damaged,
                    tr("This file is not a Mooring export (it is not readable JSON, or it is damaged). "
                       "Nothing was changed."));
    }
}

void checkIdentity(const Json& root) {
    const auto notOurs = [] {
        return Error(Error::Kind::Damaged,
                     tr("This file was made by another program, not by Mooring's export, so it cannot be "
                        "imported. Nothing was changed."));
    };
    if (!root.is_object()) throw notOurs();
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != "mooring-export")
        throw notOurs();
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1)
        throw InvalidExport({{u"version"_s, tr("expected a whole number of 1 or more")}});
    const std::int64_t v = version->get<std::int64_t>();
    if (v > ExportDocument::kFormatVersion)
        throw Error(Error::Kind::NewerVersion,
                    tr("This file was made by a newer Mooring (export format version %1); this Mooring reads "
                       "version %2. Please update Mooring to import it. Nothing was changed.")
                        .arg(v)
                        .arg(ExportDocument::kFormatVersion));
}

// Reads the list under `key` (absent means empty), one record at a time.
template <typename Read>
void eachRecord(const Json& parent, const char* key, const QString& path, QList<ExportProblem>& problems, Read read) {
    const auto list = parent.find(key);
    if (list == parent.end() || list->is_null()) return;
    if (!list->is_array()) {
        problems.append({path, tr("expected a list, got %1").arg(jsonRead::typeName(*list))});
        return;
    }
    for (std::size_t i = 0; i < list->size() && problems.size() < exportJson::kMaxProblemsKept; ++i) {
        const QString where = u"%1[%2]"_s.arg(path).arg(i);
        const Json& item = (*list)[i];
        if (!item.is_object()) {
            problems.append({where, tr("expected a record, got %1").arg(jsonRead::typeName(item))});
            continue;
        }
        read(jsonRead::Fields(item, where, problems));
    }
}

void checkUnique(QSet<QString>& seen, const QString& id, const QString& where, QList<ExportProblem>& problems) {
    if (id.isEmpty()) return;
    if (seen.contains(id))
        problems.append({where, tr("the id %1 appears more than once in this file").arg(id)});
    else
        seen.insert(id);
}

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

TriedItem readTried(jsonRead::Fields& f) {
    f.onlyKeys({"strategy_id", "text", "helped"}, tr("not a field of something tried"));
    TriedItem t;
    t.strategyId = f.string("strategy_id").toLower();
    t.text = f.string("text");
    t.helped = f.integer("helped", 0, JournalEntry::kMaxHelped);
    if (t.strategyId.isEmpty() == t.text.isEmpty())
        f.problem({}, tr("expected either a strategy_id or a text (one of the two)"));
    return t;
}

JournalEntry readJournal(jsonRead::Fields& f, const QDateTime& now) {
    f.onlyKeys({"id", "occurred_at", "situation", "thoughts", "feelings", "urge", "triggers", "tried", "outcome",
                "notes", "created_at", "updated_at"},
               tr("not a field of a journal entry"));
    JournalEntry e;
    e.id = f.id();
    e.occurredAt = f.time("occurred_at", jsonRead::Required);
    e.situation = f.string("situation");
    e.thoughts = f.string("thoughts");
    e.notes = f.string("notes");
    e.feelings = f.strings("feelings");
    e.triggers = f.strings("triggers");
    e.urge = f.integer("urge", 0, JournalEntry::kMaxUrge, jsonRead::Required);
    const QString outcome = f.string("outcome");
    if (!outcome.isEmpty()) {
        e.outcome = JournalEntry::outcomeFromName(outcome);
        if (!e.outcome) f.problem("outcome", tr("expected one of passed, coped, acted; got “%1”").arg(outcome));
    }
    e.createdAt = f.time("created_at", jsonRead::Required);
    e.updatedAt = f.time("updated_at", jsonRead::Required);
    eachRecord(f.json(), "tried", f.path() + u".tried"_s, f.problems(),
               [&](jsonRead::Fields&& item) { e.tried.append(readTried(item)); });
    if (f.clean())
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

void checkYears(const QList<JournalEntry>& journal, QList<ExportProblem>& problems) {
    QHash<int, int> perYear;
    for (const JournalEntry& e : journal) ++perYear[e.occurredAt.date().year()];
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        if (it.value() > JournalEntry::kMaxEntriesPerYear)
            problems.append({u"journal"_s, tr("expected at most %L1 entries in %2, got %L3")
                                               .arg(JournalEntry::kMaxEntriesPerYear)
                                               .arg(it.key())
                                               .arg(it.value())});
}

}  // namespace

InvalidExport::InvalidExport(QList<ExportProblem> problems)
    : Error(Kind::Damaged, summaryOf(problems)), m_problems(std::move(problems)) {}

QString ExportDocument::contentName(ExportContent content) {
    return content == ExportContent::Plan ? u"plan"_s : u"full"_s;
}

namespace exportJson {

ExportDocument read(QByteArrayView bytes, const QDateTime& localNow) {
    // The same moment at its fixed offset: comparing 20,000 times with a local time makes Qt
    // look up the time zone every time (a tenth of a large import's reading).
    const QDateTime now = localNow.isValid() ? localNow.toOffsetFromUtc(localNow.offsetFromUtc()) : localNow;
    const Json root = parseLimited(bytes);
    checkIdentity(root);

    QList<ExportProblem> problems;
    ExportDocument doc;
    jsonRead::Fields top(root, {}, problems);
    top.onlyKeys({"format", "version", "exported_at", "content", "settings", "contacts", "helplines", "strategies",
                  "safety_plan", "journal", "reflections", "setbacks", "recovery_place"},
                 tr("not a field of a Mooring export"));
    const QString content = top.string("content", jsonRead::Required);
    if (content == u"plan"_s)
        doc.content = ExportContent::Plan;
    else if (content != u"full"_s && !content.isEmpty())
        top.problem("content", tr("expected “full” or “plan”, got “%1”").arg(content.left(40)));
    doc.exportedAt = top.time("exported_at", jsonRead::Optional);
    if (const Json* settings = top.object("settings")) {
        jsonRead::Fields s(*settings, u"settings"_s, problems);
        s.onlyKeys({"region"}, tr("not a field of the settings"));
        doc.region = s.string("region");
        if (!doc.region.isEmpty() && !Helpline::isKnownRegion(doc.region))
            s.problem("region", tr("expected a region code Mooring knows (such as US, UK, DE or OTHER), got “%1”")
                                    .arg(doc.region.left(20)));
    }

    // The shipped ideas never change while the program runs: read them once.
    static const QHash<QString, QString> builtinKeys = [] {
        QHash<QString, QString> keys;
        for (const CopingIdea& idea : StrategyStore::bundledIdeas())
            keys.insert(StrategyStore::builtinUuid(idea.id), idea.id);
        return keys;
    }();

    QSet<QString> ids;
    eachRecord(root, "contacts", u"contacts"_s, problems, [&](jsonRead::Fields&& f) {
        doc.contacts.append(readContact(f));
        checkUnique(ids, doc.contacts.last().contact.id, f.path(), problems);
    });
    ids.clear();
    eachRecord(root, "helplines", u"helplines"_s, problems, [&](jsonRead::Fields&& f) {
        doc.helplines.append(readHelpline(f));
        checkUnique(ids, doc.helplines.last().id, f.path(), problems);
    });
    ids.clear();
    eachRecord(root, "strategies", u"strategies"_s, problems, [&](jsonRead::Fields&& f) {
        doc.strategies.append(readStrategy(f, builtinKeys));
        checkUnique(ids, doc.strategies.last().id, f.path(), problems);
    });
    ids.clear();
    if (const Json* plan = top.object("safety_plan")) {
        jsonRead::Fields(*plan, u"safety_plan"_s, problems)
            .onlyKeys({"versions"}, tr("not a field of the safety plan"));
        eachRecord(*plan, "versions", u"safety_plan.versions"_s, problems, [&](jsonRead::Fields&& f) {
            doc.planVersions.append(readPlanVersion(f));
            checkUnique(ids, doc.planVersions.last().id, f.path(), problems);
        });
    }
    if (doc.content == ExportContent::Plan) {
        // A plan-only file never carries these; one that does is not what it says it is.
        for (const char* key : {"journal", "reflections", "setbacks", "recovery_place"})
            if (root.contains(key)) top.problem(key, tr("not part of a plan-only export (its content is “plan”)"));
    }
    if (doc.content == ExportContent::Full) {
        ids.clear();
        eachRecord(root, "journal", u"journal"_s, problems, [&](jsonRead::Fields&& f) {
            doc.journal.append(readJournal(f, now));
            checkUnique(ids, doc.journal.last().id, f.path(), problems);
        });
        checkYears(doc.journal, problems);
        ids.clear();
        eachRecord(root, "reflections", u"reflections"_s, problems, [&](jsonRead::Fields&& f) {
            doc.reflections.append(readReflection(f));
            const QDate week = doc.reflections.last().weekStart;
            if (week.isValid() && ids.contains(week.toString(Qt::ISODate)))
                problems.append(
                    {f.path(), tr("the week %1 appears more than once in this file").arg(week.toString(Qt::ISODate))});
            ids.insert(week.toString(Qt::ISODate));
        });
        ids.clear();
        eachRecord(root, "setbacks", u"setbacks"_s, problems, [&](jsonRead::Fields&& f) {
            doc.setbacks.append(readSetback(f));
            checkUnique(ids, doc.setbacks.last().id, f.path(), problems);
        });
        if (const Json* place = top.object("recovery_place")) {
            jsonRead::Fields p(*place, u"recovery_place"_s, problems);
            doc.recoveryPlace = readRecoveryPlace(p);
        }
    }
    if (!problems.isEmpty()) throw InvalidExport(std::move(problems));
    return doc;
}

}  // namespace exportJson
}  // namespace mooring
