#pragma once

#include "exchange/ExportDocument.h"

#include <QHash>
#include <QString>

#include <optional>

namespace mooring {

class Database;
class ProfileSettings;

// Finds records that are here and in the file with the same id and the same time of their
// last change (updated_at), but with different contents: changed in two places at once.
// Neither can be called newer, so import keeps what is here; the preview names each one
// instead of counting it as "the same". A plan version never changes once saved, so for it
// any difference at all is such a conflict.
//
// Each check is asked only about a record whose id is here; the profile's records are read
// once, on the first check, so an import that meets none reads nothing extra.
class ImportConflicts {
public:
    ImportConflicts(Database& db, ProfileSettings& settings);

    // A description a person recognises ("the contact “Sam”") when the record here differs
    // from `incoming`; nothing when they hold the same.
    std::optional<QString> differs(const ContactRecord& incoming);
    std::optional<QString> differs(const CopingStrategy& incoming);
    std::optional<QString> differs(const PlanVersion& incoming);
    std::optional<QString> differs(const JournalEntry& incoming);
    std::optional<QString> differs(const ReflectionRecord& incoming);
    std::optional<QString> differs(const SetbackReflection& incoming);
    std::optional<QString> differs(const RecoveryPlaceNote& incoming);
    std::optional<QString> differs(const CheckIn& incoming);  // the one of the same day

private:
    const ExportDocument& here();

    Database& m_db;
    ProfileSettings& m_settings;
    std::optional<ExportDocument> m_here;
    QHash<QString, qsizetype> m_contacts, m_strategies, m_planVersions, m_journal, m_reflections, m_setbacks,
        m_checkIns;
};

}  // namespace mooring
