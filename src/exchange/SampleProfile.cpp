#include "exchange/SampleProfile.h"

#include "domain/Contact.h"
#include "domain/CopingIdea.h"
#include "domain/Error.h"
#include "domain/JournalEntry.h"
#include "domain/SafetyPlan.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

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

QString text(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

QStringList texts(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray()) out.append(item.toString());
    return out;
}

// A sample file that does not read as expected is a build mistake: said plainly, not hidden.
[[noreturn]] void damaged(const QString& what) {
    throw Error(
        Error::Kind::Damaged,
        QCoreApplication::translate("mooring", "The sample profile bundled with Mooring is damaged (%1).").arg(what));
}

QJsonObject loadSample() {
    initSampleResource();
    QFile file(QStringLiteral(":/exchange/sample-profile.json"));
    if (!file.open(QIODevice::ReadOnly)) damaged(QStringLiteral("missing"));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() ||
        doc.object().value(QLatin1String("format")).toString() != QLatin1String("mooring-sample-profile"))
        damaged(QStringLiteral("format"));
    return doc.object();
}

// "N days before now, at HH:mm", in the computer's own offset.
QDateTime dayAt(const QDateTime& now, int daysAgo, const QString& time) {
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!at.isValid()) damaged(time);
    return JournalEntry::withLocalOffset(QDateTime(now.date().addDays(-daysAgo), at));
}

void addContacts(Database& db, const QJsonArray& contacts) {
    ContactStore store(db);
    for (const QJsonValue& value : contacts) {
        const QJsonObject object = value.toObject();
        Contact contact;
        contact.name = text(object, "name");
        contact.phone = text(object, "phone");
        contact.note = text(object, "note");
        if (!Contact::roleFromKey(text(object, "role"), &contact.role)) damaged(contact.name);
        store.add(contact);
    }
}

void addPlanVersions(Database& db, const QJsonArray& versions, const QDateTime& now) {
    for (const QJsonValue& value : versions) {
        const QJsonObject object = value.toObject();
        const QDateTime savedAt = dayAt(now, object.value(QLatin1String("days_ago")).toInt(), QStringLiteral("16:30"));
        SafetyPlan plan;
        const QJsonObject sections = object.value(QLatin1String("sections")).toObject();
        for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
            PlanSection section;
            if (!planSections::fromKey(it.key(), &section)) damaged(it.key());
            plan.items(section) = texts(it.value());
        }
        SafetyPlanStore(db, [savedAt] { return savedAt; }).save(plan, text(object, "note"));
    }
}

// Returns the ids of the person's own ideas by title, for the journal's "what I tried".
QHash<QString, QString> addToolbox(Database& db, const QJsonObject& sample, const QDateTime& since) {
    StrategyStore store(db, [since] { return since; });
    for (const QString& key : texts(sample.value(QLatin1String("favourites")))) {
        const QString id = StrategyStore::builtinUuid(key);
        if (!store.find(id)) damaged(key);
        store.setFavourite(id, true);
    }
    QHash<QString, QString> own;
    for (const QJsonValue& value : sample.value(QLatin1String("own_ideas")).toArray()) {
        const QJsonObject object = value.toObject();
        CopingStrategy draft;
        const std::optional<CopingCategory> category = CopingIdea::categoryFromName(text(object, "category"));
        if (!category) damaged(text(object, "category"));
        draft.category = *category;
        draft.title = text(object, "title");
        draft.details = text(object, "details");
        draft.location = text(object, "location");
        const CopingStrategy saved = store.add(draft);
        if (object.value(QLatin1String("favourite")).toBool()) store.setFavourite(saved.id, true);
        own.insert(saved.title, saved.id);
    }
    return own;
}

TriedItem triedItem(const QJsonObject& object, const QHash<QString, QString>& ownIdeas) {
    TriedItem item;
    if (object.contains(QLatin1String("idea")))
        item.strategyId = StrategyStore::builtinUuid(text(object, "idea"));
    else if (object.contains(QLatin1String("own")))
        item.strategyId = ownIdeas.value(text(object, "own"));
    else
        item.text = text(object, "text");
    if (item.strategyId.isEmpty() && item.text.isEmpty()) damaged(QStringLiteral("tried"));
    if (object.contains(QLatin1String("helped"))) item.helped = object.value(QLatin1String("helped")).toInt();
    return item;
}

void addJournal(Database& db, const QJsonArray& entries, const QDateTime& now,
                const QHash<QString, QString>& ownIdeas) {
    QList<JournalEntry> all;
    for (const QJsonValue& value : entries) {
        const QJsonObject object = value.toObject();
        JournalEntry entry;
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.occurredAt = dayAt(now, object.value(QLatin1String("days_ago")).toInt(), text(object, "time"));
        entry.createdAt = entry.occurredAt;
        entry.updatedAt = entry.occurredAt;
        entry.situation = text(object, "situation");
        entry.thoughts = text(object, "thoughts");
        entry.feelings = texts(object.value(QLatin1String("feelings")));
        entry.triggers = texts(object.value(QLatin1String("triggers")));
        entry.urge = object.value(QLatin1String("urge")).toInt();
        entry.notes = text(object, "notes");
        entry.outcome = JournalEntry::outcomeFromName(text(object, "outcome"));
        for (const QJsonValue& tried : object.value(QLatin1String("tried")).toArray())
            entry.tried.append(triedItem(tried.toObject(), ownIdeas));
        all.append(entry);
    }
    JournalStore(db).putAll(all);  // checks every entry first: all or nothing
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
    const QJsonObject sample = loadSample();
    const QJsonArray versions = sample.value(QLatin1String("plan_versions")).toArray();
    const int firstDay = versions.isEmpty() ? 0 : versions.first().toObject().value(QLatin1String("days_ago")).toInt();
    addContacts(db, sample.value(QLatin1String("contacts")).toArray());
    addPlanVersions(db, versions, now);
    const QHash<QString, QString> ownIdeas = addToolbox(db, sample, dayAt(now, firstDay, QStringLiteral("17:00")));
    addJournal(db, sample.value(QLatin1String("journal")).toArray(), now, ownIdeas);
}

}  // namespace mooring
