#include "exchange/Exporter.h"

#include "exchange/ExportJson.h"
#include "storage/CheckInStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/HelplineSettings.h"
#include "storage/JournalRows.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"

namespace mooring {

Exporter::Exporter(Database& db, ProfileSettings& settings, Clock clock)
    : m_db(db), m_settings(settings), m_clock(std::move(clock)) {}

QList<ContactRecord> Exporter::contacts() {
    QList<ContactRecord> out;
    for (StoredContact& c : ContactStore(m_db).allWithTimes()) out.append({std::move(c.contact), c.updatedAt});
    return out;
}

QList<Helpline> Exporter::helplines(const QString& region) {
    // The region's list as the person sees it, then their own helplines of other regions.
    HelplineSettings settings(m_settings);
    QList<Helpline> out = settings.helplines(region);
    for (const Region& other : Helpline::regions()) {
        if (other.code == region) continue;
        for (const Helpline& h : settings.helplines(other.code))
            if (!h.builtin) out.append(h);
    }
    return out;
}

QList<ReflectionRecord> Exporter::reflections() {
    QList<ReflectionRecord> out;
    for (const WeekReflection& r : WeekReflectionStore(m_db).all()) out.append({r.weekStart, r.text, r.updatedAt});
    return out;
}

ExportDocument Exporter::document(ExportContent content) {
    ExportDocument doc;
    doc.content = content;
    const QDateTime now = timeNow(m_clock);
    doc.exportedAt = now.toOffsetFromUtc(now.offsetFromUtc());
    doc.region = m_settings.region();
    doc.contacts = contacts();
    doc.helplines = helplines(doc.region);
    doc.strategies = StrategyStore(m_db).all();
    SafetyPlanStore plans(m_db);
    for (const PlanVersion& v : plans.history())
        if (std::optional<PlanVersion> full = plans.find(v.id)) doc.planVersions.append(*full);
    if (content == ExportContent::Full) {
        doc.journal = journal::readEntries(m_db, "1 = 1", {});
        doc.reflections = reflections();
        doc.setbacks = SetbackReflectionStore(m_db).all();
        const RecoveryPlaceNote place = RecoveryPlaceStore(m_db).load();
        if (place.updatedAt.isValid()) doc.recoveryPlace = place;
        doc.checkIns = CheckInStore(m_db).all();
    }
    return doc;
}

QByteArray Exporter::readable(ExportContent content) { return exportJson::write(document(content)); }

}  // namespace mooring
