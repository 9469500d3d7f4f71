#include "exchange/SampleProfile.h"

#include "domain/Contact.h"
#include "domain/CopingIdea.h"
#include "domain/Error.h"
#include "domain/JournalEntry.h"
#include "domain/JournalEntryJson.h"
#include "domain/SafetyPlan.h"
#include "storage/CheckInStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QUuid>

#include <nlohmann/json.hpp>

// Resources in a static library are registered by hand (at global scope, as Qt requires).
static void initSampleResource() {
    static const bool done = [] {
        Q_INIT_RESOURCE(sample_profile);
        return true;
    }();
    Q_UNUSED(done);
}

namespace mooring {

namespace {

using Json = nlohmann::json;

QString text(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get_ref<const std::string&>())
                                                 : QString();
}

QStringList texts(const Json& value) {
    QStringList out;
    if (value.is_array())
        for (const Json& item : value)
            if (item.is_string()) out.append(QString::fromStdString(item.get_ref<const std::string&>()));
    return out;
}

// A list or object under `key`; an empty one when absent.
const Json& member(const Json& object, const char* key) {
    static const Json none;
    const auto it = object.find(key);
    return it != object.end() ? *it : none;
}

int whole(const Json& object, const char* key) {
    const Json& value = member(object, key);
    return value.is_number_integer() ? value.get<int>() : 0;
}

// A sample file that does not read as expected is a build mistake: said plainly, not hidden.
[[noreturn]] void damaged(const QString& what) {
    throw Error(
        Error::Kind::Damaged,
        QCoreApplication::translate("mooring", "The sample profile bundled with Mooring is damaged (%1).").arg(what));
}

Json loadSample() {
    initSampleResource();
    QFile file(QStringLiteral(":/exchange/sample-profile.json"));
    if (!file.open(QIODevice::ReadOnly)) damaged(QStringLiteral("missing"));
    const QByteArray bytes = file.readAll();
    Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!doc.is_object() || text(doc, "format") != QLatin1String("mooring-sample-profile"))
        damaged(QStringLiteral("format"));
    return doc;
}

// "N days before now, at HH:mm", in the computer's own offset.
QDateTime dayAt(const QDateTime& now, int daysAgo, const QString& time) {
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!at.isValid()) damaged(time);
    return JournalEntry::withLocalOffset(QDateTime(now.date().addDays(-daysAgo), at));
}

void addContacts(Database& db, const Json& contacts) {
    ContactStore store(db);
    for (const Json& object : contacts) {
        Contact contact;
        contact.name = text(object, "name");
        contact.phone = text(object, "phone");
        contact.note = text(object, "note");
        if (!Contact::roleFromKey(text(object, "role"), &contact.role)) damaged(contact.name);
        store.add(contact);
    }
}

void addPlanVersions(Database& db, const Json& versions, const QDateTime& now) {
    for (const Json& object : versions) {
        const QDateTime savedAt = dayAt(now, whole(object, "days_ago"), QStringLiteral("16:30"));
        SafetyPlan plan;
        const Json& sections = member(object, "sections");
        if (!sections.is_object()) damaged(QStringLiteral("sections"));
        for (const auto& [key, items] : sections.items()) {
            const QString name = QString::fromStdString(key);
            PlanSection section;
            if (!planSections::fromKey(name, &section)) damaged(name);
            plan.items(section) = texts(items);
        }
        SafetyPlanStore(db, [savedAt] { return savedAt; }).save(plan, text(object, "note"));
    }
}

// Returns the ids of the person's own ideas by title, for the journal's "what I tried".
QHash<QString, QString> addToolbox(Database& db, const Json& sample, const QDateTime& since) {
    StrategyStore store(db, [since] { return since; });
    for (const QString& key : texts(member(sample, "favourites"))) {
        const QString id = StrategyStore::builtinUuid(key);
        if (!store.find(id)) damaged(key);
        store.setFavourite(id, true);
    }
    QHash<QString, QString> own;
    for (const Json& object : member(sample, "own_ideas")) {
        CopingStrategy draft;
        const std::optional<CopingCategory> category = CopingIdea::categoryFromName(text(object, "category"));
        if (!category) damaged(text(object, "category"));
        draft.category = *category;
        draft.title = text(object, "title");
        draft.details = text(object, "details");
        draft.location = text(object, "location");
        const CopingStrategy saved = store.add(draft);
        if (member(object, "favourite") == true) store.setFavourite(saved.id, true);
        own.insert(saved.title, saved.id);
    }
    return own;
}

// The sample's tried items name an idea by what it is, since ids are made as the sample is
// written: a shipped idea by its key ("idea"), one of the sample's own by its title ("own").
QString triedIdeaId(const Json& object, const QHash<QString, QString>& ownIdeas) {
    if (object.contains("idea")) return StrategyStore::builtinUuid(text(object, "idea"));
    if (object.contains("own")) return ownIdeas.value(text(object, "own"));
    return {};
}

// Each entry is the journal's own JSON form (domain/JournalEntryJson) for what was lived,
// with "days_ago" and "time" in place of dates so the journal always ends near today.
void addJournal(Database& db, const Json& entries, const QDateTime& now, const QHash<QString, QString>& ownIdeas) {
    QList<JournalEntry> all;
    for (const Json& object : entries) {
        JournalEntry entry = journalJson::fromJson(object);
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.occurredAt = dayAt(now, whole(object, "days_ago"), text(object, "time"));
        entry.createdAt = entry.occurredAt;
        entry.updatedAt = entry.occurredAt;
        const Json& tried = member(object, "tried");
        if (static_cast<qsizetype>(tried.size()) != entry.tried.size()) damaged(QStringLiteral("tried"));
        for (qsizetype i = 0; i < entry.tried.size(); ++i) {
            TriedItem& item = entry.tried[i];
            const bool namesIdea = item.strategyId.isEmpty() && item.text.isEmpty();
            if (namesIdea) item.strategyId = triedIdeaId(tried.at(static_cast<std::size_t>(i)), ownIdeas);
            if (item.strategyId.isEmpty() && item.text.isEmpty()) damaged(QStringLiteral("tried"));
        }
        all.append(entry);
    }
    JournalStore(db).putAll(all);  // checks every entry first: all or nothing
}

std::optional<bool> answer(const Json& object, const char* key) {
    const Json& value = member(object, key);
    return value.is_boolean() ? std::optional<bool>(value.get<bool>()) : std::nullopt;
}

// The daily check-ins, one a day, each kept as if on its own evening. "helped" names ideas
// as the journal's "tried" does ("idea", "own") or holds the person's words ("text").
void addCheckIns(Database& db, const Json& checkIns, const QDateTime& now, const QHash<QString, QString>& ownIdeas) {
    for (const Json& object : checkIns) {
        // Today's is kept now: its evening has not come yet.
        const int daysAgo = whole(object, "days_ago");
        const QDateTime evening = daysAgo == 0 ? now : dayAt(now, daysAgo, QStringLiteral("21:00"));
        CheckIn c;
        c.day = evening.date();
        c.overall = whole(object, "overall");
        if (member(object, "urge").is_number_integer()) c.urge = whole(object, "urge");
        c.feelings = texts(member(object, "feelings"));
        for (const Json& help : member(object, "helped")) {
            const CheckInHelp item{triedIdeaId(help, ownIdeas), text(help, "text")};
            if (item.strategyId.isEmpty() && item.text.isEmpty()) damaged(QStringLiteral("helped"));
            c.helped.append(item);
        }
        const Json& care = member(object, "self_care");
        if (const Json& sleep = member(care, "sleep_hours"); sleep.is_number())
            c.selfCare.sleepHours = sleep.get<double>();
        c.selfCare.ate = answer(care, "ate");
        c.selfCare.medication = answer(care, "medication");
        c.selfCare.moved = answer(care, "moved");
        c.note = text(object, "note");
        CheckInStore(db, [evening] { return evening; }).save(c);  // checks it first
    }
}

}  // namespace

std::unique_ptr<SampleProfile> SampleProfile::create(const QDateTime& now, const Argon2Params& params) {
    // QTemporaryDir makes the folder with mkdtemp: private to this user (0700).
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        throw Error(Error::Kind::CannotWrite,
                    QCoreApplication::translate("mooring",
                                                "Mooring could not make a private temporary folder for the sample "
                                                "profile. Your own profile has not been touched."));
    std::unique_ptr<SampleProfile> sample(new SampleProfile(std::move(dir), SecureBuffer::random(32)));
    UnlockedProfile::Created created = UnlockedProfile::create(sample->m_paths, sample->m_passphrase, params);
    fill(created.profile->database(), now);
    return sample;
}

SampleProfile::SampleProfile(std::unique_ptr<QTemporaryDir> dir, SecureBuffer passphrase)
    : m_dir(std::move(dir)), m_paths(m_dir->filePath(QStringLiteral("profile"))), m_passphrase(std::move(passphrase)) {}

SampleProfile::~SampleProfile() = default;  // QTemporaryDir removes the folder and all in it

std::unique_ptr<UnlockedProfile> SampleProfile::unlock() const {
    return UnlockedProfile::unlock(m_paths, m_passphrase);
}

void SampleProfile::fill(Database& db, const QDateTime& now) {
    const Json sample = loadSample();
    const Json& versions = member(sample, "plan_versions");
    const int firstDay = versions.is_array() && !versions.empty() ? whole(versions.front(), "days_ago") : 0;
    addContacts(db, member(sample, "contacts"));
    addPlanVersions(db, versions, now);
    const QHash<QString, QString> ownIdeas = addToolbox(db, sample, dayAt(now, firstDay, QStringLiteral("17:00")));
    addJournal(db, member(sample, "journal"), now, ownIdeas);
    addCheckIns(db, member(sample, "checkins"), now, ownIdeas);
}

}  // namespace mooring
