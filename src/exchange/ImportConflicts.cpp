#include "exchange/ImportConflicts.h"

#include "exchange/ExportJson.h"
#include "exchange/Exporter.h"

#include <QCoreApplication>
#include <QLocale>

namespace mooring {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString dayOf(const QDateTime& time) { return QLocale().toString(time.date(), QLocale::LongFormat); }

template <typename Record, typename Key>
QHash<QString, qsizetype> indexOf(const QList<Record>& records, Key key) {
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < records.size(); ++i) index.insert(key(records.at(i)), i);
    return index;
}

// The record here with the same key differs from `incoming` in what the file would hold.
template <typename Record>
bool textDiffers(const QList<Record>& here, const QHash<QString, qsizetype>& index, const QString& key,
                 const Record& incoming) {
    const auto it = index.constFind(key);
    return it != index.cend() && exportJson::recordText(here.at(*it)) != exportJson::recordText(incoming);
}

}  // namespace

ImportConflicts::ImportConflicts(Database& db, ProfileSettings& settings) : m_db(db), m_settings(settings) {}

const ExportDocument& ImportConflicts::here() {
    if (!m_here) {
        m_here = Exporter(m_db, m_settings).document(ExportContent::Full);
        const ExportDocument& d = *m_here;
        m_contacts = indexOf(d.contacts, [](const ContactRecord& r) { return r.contact.id; });
        m_strategies = indexOf(d.strategies, [](const CopingStrategy& s) { return s.id; });
        m_planVersions = indexOf(d.planVersions, [](const PlanVersion& v) { return v.id; });
        m_journal = indexOf(d.journal, [](const JournalEntry& e) { return e.id; });
        m_reflections =
            indexOf(d.reflections, [](const ReflectionRecord& r) { return r.weekStart.toString(Qt::ISODate); });
        m_setbacks = indexOf(d.setbacks, [](const SetbackReflection& r) { return r.id; });
        m_checkIns = indexOf(d.checkIns, [](const CheckIn& c) { return c.day.toString(Qt::ISODate); });
    }
    return *m_here;
}

std::optional<QString> ImportConflicts::differs(const ContactRecord& incoming) {
    if (!textDiffers(here().contacts, m_contacts, incoming.contact.id, incoming)) return std::nullopt;
    return tr("the contact “%1”").arg(incoming.contact.name);
}

std::optional<QString> ImportConflicts::differs(const CopingStrategy& incoming) {
    if (!textDiffers(here().strategies, m_strategies, incoming.id, incoming)) return std::nullopt;
    return tr("the idea “%1”").arg(incoming.title);
}

std::optional<QString> ImportConflicts::differs(const PlanVersion& incoming) {
    if (!textDiffers(here().planVersions, m_planVersions, incoming.id, incoming)) return std::nullopt;
    return tr("the safety plan as saved on %1").arg(dayOf(incoming.savedAt));
}

std::optional<QString> ImportConflicts::differs(const JournalEntry& incoming) {
    if (!textDiffers(here().journal, m_journal, incoming.id, incoming)) return std::nullopt;
    return tr("the journal entry of %1").arg(QLocale().toString(incoming.occurredAt, QLocale::ShortFormat));
}

std::optional<QString> ImportConflicts::differs(const ReflectionRecord& incoming) {
    const QString week = incoming.weekStart.toString(Qt::ISODate);
    if (!textDiffers(here().reflections, m_reflections, week, incoming)) return std::nullopt;
    return tr("the note for the week of %1").arg(QLocale().toString(incoming.weekStart, QLocale::LongFormat));
}

std::optional<QString> ImportConflicts::differs(const SetbackReflection& incoming) {
    if (!textDiffers(here().setbacks, m_setbacks, incoming.id, incoming)) return std::nullopt;
    return tr("the setback reflection written on %1").arg(dayOf(incoming.createdAt));
}

std::optional<QString> ImportConflicts::differs(const RecoveryPlaceNote& incoming) {
    const std::optional<RecoveryPlaceNote>& place = here().recoveryPlace;
    if (!place || exportJson::recordText(*place) == exportJson::recordText(incoming)) return std::nullopt;
    return tr("your words on “Where I am in recovery”");
}

std::optional<QString> ImportConflicts::differs(const CheckIn& incoming) {
    if (!textDiffers(here().checkIns, m_checkIns, incoming.day.toString(Qt::ISODate), incoming)) return std::nullopt;
    return tr("the check-in of %1").arg(QLocale().toString(incoming.day, QLocale::LongFormat));
}

}  // namespace mooring
