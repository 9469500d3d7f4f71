#include "support/ExchangeSamples.h"

#include "exchange/Exporter.h"
#include "storage/Argon2Params.h"
#include "storage/CheckInStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/HelplineSettings.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SecureBuffer.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "support/JournalSamples.h"

#include <QRegularExpression>

namespace mooring::test {

using namespace Qt::StringLiterals;

OpenProfile::OpenProfile() {
    profile = UnlockedProfile::create(dir.paths(), SecureBuffer::fromUtf8(std::string_view("sample passphrase")),
                                      Argon2Params::forTests())
                  .profile;
    settings = std::make_unique<ProfileSettings>(dir.paths());
}

OpenProfile::~OpenProfile() = default;

void fillRichProfile(OpenProfile& p) {
    p.settings->setRegion(u"UK"_s);
    p.settings->save();
    HelplineSettings helplines(*p.settings);
    Helpline own;
    own.region = u"UK"_s;
    own.name = u"Night line at college"_s;
    own.call = u"01632 960123"_s;
    own.hours = u"8 pm to 8 am"_s;
    helplines.save(own);
    Helpline edited = helplines.helplines(u"UK"_s).first();
    edited.hours = u"Any time (checked 2026)"_s;
    helplines.save(edited);

    ContactStore contacts(p.db());
    contacts.add({{}, u"Sam"_s, u"+44 7700 900123"_s, ContactRole::Friend, u"evenings"_s});
    contacts.add({{}, u"Dr. K"_s, u"01632 960999"_s, ContactRole::Professional, {}});

    StrategyStore strategies(p.db());
    CopingStrategy box;
    box.category = CopingCategory::SafetyBox;
    box.title = u"Soft scarf"_s;
    box.details = u"The blue one from Gran"_s;
    box.location = u"Top drawer, left"_s;
    const CopingStrategy boxed = strategies.add(box);
    CopingStrategy walk;
    walk.category = CopingCategory::Distraction;
    walk.title = u"Walk round the park"_s;
    const CopingStrategy walked = strategies.add(walk);
    strategies.setFavourite(walked.id, true);
    const QList<CopingStrategy> all = strategies.all();
    const CopingStrategy builtin =
        *std::find_if(all.begin(), all.end(), [](const CopingStrategy& s) { return s.builtin; });
    strategies.setFavourite(builtin.id, true);
    const CopingStrategy hidden =
        *std::find_if(all.rbegin(), all.rend(), [](const CopingStrategy& s) { return s.builtin; });
    strategies.setHidden(hidden.id, true);

    SafetyPlanStore plans(p.db());
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"Not sleeping"_s, u"Skipping meals"_s};
    plans.save(plan, u"first draft"_s);
    plan.items(PlanSection::PeopleToAsk) = {u"Sam, +44 7700 900123"_s};
    plans.save(plan, u"with Dr. K"_s);
    plan.items(PlanSection::ReasonsForLiving) = {u"My cat, Pepper"_s, u"Seeing the sea again"_s};
    plans.save(plan, {});

    JournalStore journal(p.db());
    JournalEntry full = fullEntry();
    full.tried[0].strategyId = boxed.id;
    journal.add(full);
    journal.add(
        quickEntry(QDateTime(QDate(2025, 3, 1), QTime(23, 50), Qt::OffsetFromUTC, 5 * 3600 + 1800), 3, u"Exams"_s));
    JournalEntry walkedOut = quickEntry(QDateTime(QDate(2026, 1, 2), QTime(7, 5), Qt::UTC), 9, {});
    walkedOut.tried = {{walked.id, {}, std::nullopt}, {{}, u"cold water on my face"_s, 8}};
    walkedOut.outcome = JournalOutcome::Coped;
    journal.add(walkedOut);

    Statement week(p.db(), "INSERT INTO week_reflections(week_start, text, updated_at) VALUES (?, ?, ?)");
    week.bind(1, u"2026-11-16"_s).bind(2, u"Music before bed helped."_s).bind(3, u"2026-11-22T20:00:00+00:00"_s).run();
    week.reset();
    week.bind(1, u"2026-11-09"_s).bind(2, u"Ask Sam about Sundays."_s).bind(3, u"2026-11-15T19:30:00-05:00"_s).run();

    SetbackReflectionStore setbacks(p.db());
    SetbackReflection setback;
    setback.before = u"A long week, little sleep"_s;
    setback.nextTime = u"Call Sam earlier"_s;
    setbacks.save(setback);
    RecoveryPlaceNote place;
    place.place = RecoveryPlace::Learning;
    place.words = u"Some good weeks, some hard ones"_s;
    RecoveryPlaceStore(p.db()).save(place);

    // Check-ins: one with every answer (an idea and own words that helped, self-care of
    // both kinds), one with only how the day was.
    CheckInStore checkIns(p.db());
    CheckIn day;
    day.day = QDate(2026, 11, 20);
    day.overall = 6;
    day.urge = 4;
    day.feelings = {u"tired"_s, u"hopeful"_s};
    day.helped = {{walked.id, {}}, {{}, u"tea with Sam"_s}};
    day.selfCare = {7.5, true, std::nullopt, false};
    day.note = u"Better after lunch"_s;
    checkIns.save(day);
    CheckIn bare;
    bare.day = QDate(2026, 11, 21);
    bare.overall = 3;
    checkIns.save(bare);
}

QString profileSnapshot(OpenProfile& p) {
    Exporter exporter(p.db(), *p.settings, [] { return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); });
    QString out = QString::fromUtf8(exporter.readable(ExportContent::Full));
    Statement tables(p.db(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.step()) names << tables.text(0);
    for (const QString& name : names) {
        if (name.contains(u'"')) continue;
        const QByteArray sql = "SELECT count(*) FROM \"" + name.toUtf8() + "\"";
        Statement count(p.db(), std::string_view(sql.constData(), std::size_t(sql.size())));
        count.step();
        out += u"\n%1: %2"_s.arg(name).arg(count.int64(0));
    }
    return out;
}

QByteArray withoutExportTime(QByteArray json) {
    static const QRegularExpression line(u"\\n  \"exported_at\": [^\\n]*"_s);
    return QString::fromUtf8(json).remove(line).toUtf8();
}

}  // namespace mooring::test
