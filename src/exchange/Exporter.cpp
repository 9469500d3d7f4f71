#include "exchange/Exporter.h"

#include "exchange/ExportJson.h"
#include "exchange/MediaRecords.h"
#include "exchange/ProtectedFile.h"
#include "storage/AtomicFile.h"
#include "storage/CheckInStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/HelplineSettings.h"
#include "storage/JournalRows.h"
#include "storage/MediaStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"

#include <QCoreApplication>

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
        doc.media = mediaRecords::all(m_db);
    }
    return doc;
}

QByteArray Exporter::readable(ExportContent content) {
    MediaStore store(m_db);
    return exportJson::write(document(content), [&store](const Medium& m) { return store.bytes(m.id); });
}

void Exporter::save(const QString& path, ExportContent content, const SecureBuffer* passphrase,
                    const Argon2Params* params) {
    save(m_db, document(content), path, passphrase, params);
}

void Exporter::save(Database& db, const ExportDocument& doc, const QString& path, const SecureBuffer* passphrase,
                    const Argon2Params* params) {
    const QList<QByteArray> pieces = exportJson::writePieces(doc);
    // The length is known before a byte is written: the protected form's header says it.
    qint64 plainSize = 0;
    for (const QByteArray& piece : pieces) plainSize += piece.size();
    for (const Medium& m : doc.media) plainSize += exportJson::base64Size(m.byteSize);
    MediaStore store(db);
    const auto produce = [&](const AtomicFile::Put& write) {
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            write(pieces.at(i));
            if (i == doc.media.size()) break;
            const Medium& m = doc.media.at(i);
            QByteArray base64 = store.bytes(m.id).toBase64();
            // Changed since it was listed: the length said first would no longer hold.
            if (base64.size() != exportJson::base64Size(m.byteSize))
                throw Error(Error::Kind::CannotWrite,
                            QCoreApplication::translate("mooring",
                                                        "A photo or sound changed while the export was being "
                                                        "written, so it was not saved. Please try again."));
            write(base64);
        }
    };
    if (!passphrase) {
        AtomicFile::write(path, produce);
        return;
    }
    AtomicFile::write(path, [&](const AtomicFile::Put& out) {
        ProtectedFile::Sealer sealer(out, *passphrase, *params, plainSize);
        produce([&sealer](QByteArrayView piece) { sealer.write(piece); });
        sealer.finish();
    });
}

}  // namespace mooring
