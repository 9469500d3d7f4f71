#include "exchange/Importer.h"

#include "domain/Error.h"
#include "exchange/ExportJson.h"
#include "exchange/ExportMediaReader.h"
#include "exchange/ExportSource.h"
#include "exchange/ImportConflicts.h"
#include "exchange/ImportRows.h"
#include "exchange/MediaRecords.h"
#include "exchange/ProtectedFile.h"
#include "storage/Database.h"
#include "storage/HelplineSettings.h"
#include "storage/JournalBatchWriter.h"
#include "storage/LargerPageCache.h"
#include "storage/MediaStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SettingsCheckpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mooring {

using namespace Qt::StringLiterals;
using importRows::Decision;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString counted(int n, const char* one, const char* many) {
    return n == 1 ? tr(one) : tr(many).arg(QLocale().toString(n));
}

void count(ImportPreview& p, Decision d) {
    switch (d) {
        case Decision::Add:
            ++p.added;
            break;
        case Decision::Update:
            ++p.updated;
            break;
        case Decision::Keep:
            ++p.kept;
            break;
        case Decision::Same:
            ++p.unchanged;
            break;
    }
}

// The file's version of a helpline is written only where it adds something: a helpline
// not here yet, or an edit of a built-in that is still as shipped here.
std::optional<Helpline> helplineToSave(const QList<Helpline>& here, const Helpline& incoming) {
    for (const Helpline& h : here) {
        if (h.id != incoming.id) continue;
        const std::optional<Helpline> shipped = Helpline::builtinById(h.id);
        if (shipped && h == *shipped && !(incoming == *shipped)) return incoming;
        return std::nullopt;
    }
    return incoming;
}

QList<Helpline> helplinesHere(HelplineSettings& settings, const QList<Helpline>& incoming) {
    QList<Helpline> here;
    QSet<QString> regions;
    for (const Helpline& h : incoming) regions.insert(h.region);
    for (const QString& region : regions) here += settings.helplines(region);
    return here;
}

void checkAgainstProfile(const ExportDocument& doc, const importRows::ProfileState& state) {
    QList<ExportProblem> problems;
    QSet<QString> strategyIds(state.strategies.keyBegin(), state.strategies.keyEnd());
    for (const CopingStrategy& s : doc.strategies) strategyIds.insert(s.id);
    QHash<int, int> perYear = state.journalPerYear;
    for (qsizetype i = 0; i < doc.journal.size() && problems.size() < exportJson::kMaxProblemsKept; ++i) {
        const JournalEntry& e = doc.journal.at(i);
        for (qsizetype t = 0; t < e.tried.size(); ++t) {
            const QString& id = e.tried.at(t).strategyId;
            if (!id.isEmpty() && !strategyIds.contains(id))
                problems.append({u"journal[%1].tried[%2].strategy_id"_s.arg(i).arg(t),
                                 tr("no idea with the id %1 is in this file or in your toolbox").arg(id)});
        }
        if (const auto before = state.journalYearOf.constFind(e.id); before != state.journalYearOf.cend())
            --perYear[*before];  // replaced, not added
        ++perYear[e.occurredAt.date().year()];
    }
    for (qsizetype i = 0; i < doc.checkIns.size() && problems.size() < exportJson::kMaxProblemsKept; ++i)
        for (qsizetype h = 0; h < doc.checkIns.at(i).helped.size(); ++h) {
            const QString& id = doc.checkIns.at(i).helped.at(h).strategyId;
            if (!id.isEmpty() && !strategyIds.contains(id))
                problems.append({u"checkins[%1].helped[%2].strategy_id"_s.arg(i).arg(h),
                                 tr("no idea with the id %1 is in this file or in your toolbox").arg(id)});
        }
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        if (it.value() > JournalEntry::kMaxEntriesPerYear)
            problems.append({u"journal"_s, tr("with the entries already here, %1 would have %L2 entries; at most "
                                              "%L3 fit in one year")
                                               .arg(it.key())
                                               .arg(it.value())
                                               .arg(JournalEntry::kMaxEntriesPerYear)});
    if (!problems.isEmpty()) throw InvalidExport(std::move(problems));
}

// Opens a file the person chose to import, after the checks that need no reading: it is
// there, it is a file, and it is not far larger than any export. Throws Error.
void openExport(QFile& file, qint64 maxSize) {
    const QString shown = QDir::toNativeSeparators(file.fileName());
    const QFileInfo info(file.fileName());
    if (!info.exists() || info.isDir())
        throw Error(Error::Kind::InvalidInput, tr("There is no file %1. Please check the name.").arg(shown));
    if (info.size() > maxSize)
        throw Error(Error::Kind::Damaged,
                    tr("The file %1 is %L2 MB, far larger than any Mooring export, so it was not read. Nothing "
                       "was changed.")
                        .arg(shown)
                        .arg(info.size() / 1000000));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Damaged,
                    tr("The file %1 could not be read. Please check that you may open it.").arg(shown));
}

Error changedSinceChecked() {
    return Error(Error::Kind::Damaged,
                 tr("The file changed after it was checked, so nothing was imported. Please choose it again."));
}

}  // namespace

QString ImportPreview::summary() const {
    QStringList parts;
    parts << counted(planVersions, QT_TRANSLATE_NOOP("mooring", "1 plan version"),
                     QT_TRANSLATE_NOOP("mooring", "%1 plan versions"))
          << counted(strategies, QT_TRANSLATE_NOOP("mooring", "1 idea"), QT_TRANSLATE_NOOP("mooring", "%1 ideas"))
          << counted(contacts, QT_TRANSLATE_NOOP("mooring", "1 contact"), QT_TRANSLATE_NOOP("mooring", "%1 contacts"))
          << counted(helplines, QT_TRANSLATE_NOOP("mooring", "1 helpline"),
                     QT_TRANSLATE_NOOP("mooring", "%1 helplines"));
    if (content == ExportContent::Full)
        parts << counted(journalEntries, QT_TRANSLATE_NOOP("mooring", "1 journal entry"),
                         QT_TRANSLATE_NOOP("mooring", "%1 journal entries"))
              << counted(reflections, QT_TRANSLATE_NOOP("mooring", "1 week note"),
                         QT_TRANSLATE_NOOP("mooring", "%1 week notes"));
    if (setbacks > 0)
        parts << counted(setbacks, QT_TRANSLATE_NOOP("mooring", "1 setback reflection"),
                         QT_TRANSLATE_NOOP("mooring", "%1 setback reflections"));
    if (checkIns > 0)
        parts << counted(checkIns, QT_TRANSLATE_NOOP("mooring", "1 check-in"),
                         QT_TRANSLATE_NOOP("mooring", "%1 check-ins"));
    if (media > 0)
        parts << counted(media, QT_TRANSLATE_NOOP("mooring", "1 photo or sound"),
                         QT_TRANSLATE_NOOP("mooring", "%1 photos and sounds"));
    QStringList here;
    here << counted(added, QT_TRANSLATE_NOOP("mooring", "1 new"), QT_TRANSLATE_NOOP("mooring", "%1 new"));
    if (kept > 0)
        here << counted(kept, QT_TRANSLATE_NOOP("mooring", "1 already here and newer (kept)"),
                        QT_TRANSLATE_NOOP("mooring", "%1 already here and newer (kept)"));
    if (updated > 0)
        here << counted(updated, QT_TRANSLATE_NOOP("mooring", "1 already here and older (updated)"),
                        QT_TRANSLATE_NOOP("mooring", "%1 already here and older (updated)"));
    if (unchanged > 0)
        here << counted(unchanged, QT_TRANSLATE_NOOP("mooring", "1 already here, the same"),
                        QT_TRANSLATE_NOOP("mooring", "%1 already here, the same"));
    if (conflicts > 0)
        here << counted(conflicts,
                        QT_TRANSLATE_NOOP("mooring",
                                          "1 already here, changed at the same time but differently (kept "
                                          "as it is here)"),
                        QT_TRANSLATE_NOOP("mooring",
                                          "%1 already here, changed at the same time but differently (kept "
                                          "as they are here)"));
    return parts.join(u", "_s) + u"; "_s + here.join(u", "_s) + u'.';
}

QString ImportPreview::conflictNote() const {
    if (conflicts == 0) return {};
    QString named = conflicting.mid(0, kConflictsNamed).join(u"; "_s);
    if (conflicts > kConflictsNamed) named += u' ' + tr("and %L1 more").arg(conflicts - kConflictsNamed);
    return tr("Changed at the same time here and in the file, but differently: %1. Mooring cannot tell which is "
              "newer, so it keeps what is here and leaves the file's version of these out.")
        .arg(named);
}

QByteArray Importer::readFile(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    openExport(file, kMaxFileSize);
    // Read at most one byte past the limit: the size may have changed since it was checked.
    QByteArray bytes = file.read(kMaxFileSize + 1);
    if (bytes.size() > kMaxFileSize)
        throw Error(Error::Kind::Damaged,
                    tr("The file %1 is far larger than any Mooring export, so it was not read.").arg(shown));
    if (file.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Damaged, tr("The file %1 could not be read to the end.").arg(shown));
    return bytes;
}

Importer::Form Importer::formOfFile(const QString& path) {
    QFile file(path);
    openExport(file, kMaxFileSize);
    return formOf(file.read(ProtectedFile::kMagicSize));
}

Importer::Form Importer::formOf(QByteArrayView bytes) {
    return ProtectedFile::looksProtected(bytes) ? Form::Protected : Form::Readable;
}

QByteArray Importer::jsonOf(QByteArrayView bytes, const SecureBuffer& passphrase) {
    if (formOf(bytes) == Form::Readable) return bytes.toByteArray();
    return ProtectedFile::open(bytes, passphrase);
}

Importer::Importer(Database& db, ProfileSettings& settings, Clock clock)
    : m_db(db), m_settings(settings), m_clock(std::move(clock)) {}

QDateTime Importer::now() const { return timeNow(m_clock); }

void Importer::putMedia(const ImportPlan& plan, const importRows::ProfileState& state) {
    const QList<Medium>& media = plan.document.media;
    if (!plan.source) throw changedSinceChecked();
    std::size_t seen = 0;
    // The file once more, one medium at a time: each one's base64 and bytes are let go
    // before the next is read. The bytes must be those prepare() checked.
    exportJson::eachMediumData(*plan.source->open(), [&](std::size_t index, std::string& base64) {
        if (index >= std::size_t(media.size())) throw changedSinceChecked();
        seen = std::max(seen, index + 1);
        const Medium& m = media.at(qsizetype(index));
        const importRows::Decision d =
            importRows::decide(state.media.contains(m.id), state.media.value(m.id), m.updatedAt);
        if (d != importRows::Decision::Add && d != importRows::Decision::Update) return;
        auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(base64.data(), qsizetype(base64.size())),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        std::string().swap(base64);
        if (!decoded || MediaStore::sha256Hex(decoded.decoded) != m.sha256) throw changedSinceChecked();
        mediaRecords::put(m_db, m, decoded.decoded);
    });
    if (seen != std::size_t(media.size())) throw changedSinceChecked();
}

ImportPlan Importer::prepare(QByteArrayView json) { return prepare(ExportSource::fromJson(json.toByteArray())); }

ImportPlan Importer::prepare(std::shared_ptr<const ExportSource> source) {
    ImportPlan plan;
    plan.document = exportJson::read(*source->open(), now());
    if (!plan.document.media.isEmpty()) plan.source = std::move(source);
    const ExportDocument& doc = plan.document;
    const importRows::ProfileState state = importRows::readState(m_db);
    checkAgainstProfile(doc, state);

    ImportPreview& p = plan.preview;
    ImportConflicts conflicts(m_db, m_settings);
    // "The same" by its time, but perhaps changed in both places: then named, not counted as the same.
    const auto tally = [&](Decision d, const auto& incoming) {
        if (d == Decision::Same)
            if (const std::optional<QString> what = conflicts.differs(incoming)) {
                ++p.conflicts;
                if (p.conflicting.size() < ImportPreview::kConflictsNamed) p.conflicting << *what;
                return;
            }
        count(p, d);
    };
    p.content = doc.content;
    p.planVersions = int(doc.planVersions.size());
    p.strategies = int(doc.strategies.size());
    p.contacts = int(doc.contacts.size());
    p.helplines = int(doc.helplines.size());
    p.journalEntries = int(doc.journal.size());
    p.reflections = int(doc.reflections.size());
    for (const ContactRecord& c : doc.contacts)
        tally(
            importRows::decide(state.contacts.contains(c.contact.id), state.contacts.value(c.contact.id), c.updatedAt),
            c);
    for (const CopingStrategy& s : doc.strategies) tally(importRows::decideStrategy(state, s), s);
    for (const PlanVersion& v : doc.planVersions)
        tally(state.planVersions.contains(v.id) ? Decision::Same : Decision::Add, v);
    for (const JournalEntry& e : doc.journal)
        tally(importRows::decide(state.journal.contains(e.id), state.journal.value(e.id), e.updatedAt), e);
    for (const ReflectionRecord& r : doc.reflections) {
        const QString key = r.weekStart.toString(Qt::ISODate);
        tally(importRows::decide(state.reflections.contains(key), state.reflections.value(key), r.updatedAt), r);
    }
    p.setbacks = int(doc.setbacks.size());
    for (const SetbackReflection& r : doc.setbacks)
        tally(importRows::decide(state.setbacks.contains(r.id), state.setbacks.value(r.id), r.updatedAt), r);
    p.checkIns = int(doc.checkIns.size());
    for (const CheckIn& c : doc.checkIns) {
        const QString day = c.day.toString(Qt::ISODate);
        tally(importRows::decide(state.checkIns.contains(day), state.checkIns.value(day), c.updatedAt), c);
    }
    if (doc.recoveryPlace)
        tally(importRows::decide(state.hasRecoveryPlace, state.recoveryPlaceUpdated, doc.recoveryPlace->updatedAt),
              *doc.recoveryPlace);
    p.media = int(doc.media.size());
    for (const Medium& m : doc.media)
        count(p, importRows::decide(state.media.contains(m.id), state.media.value(m.id), m.updatedAt));
    HelplineSettings helplines(m_settings);
    const QList<Helpline> here = helplinesHere(helplines, doc.helplines);
    for (const Helpline& h : doc.helplines) {
        const bool isHere = std::any_of(here.cbegin(), here.cend(), [&](const Helpline& x) { return x.id == h.id; });
        count(p, !isHere ? Decision::Add : helplineToSave(here, h) ? Decision::Update : Decision::Same);
    }
    return plan;
}

void Importer::apply(const ImportPlan& plan, const std::function<void()>& beforeWrite) {
    const ExportDocument& doc = plan.document;
    if (beforeWrite) beforeWrite();
    const LargerPageCache cache(m_db);
    Transaction tx(m_db);
    // Decided again inside the transaction: what is here now is what counts.
    const importRows::ProfileState state = importRows::readState(m_db);
    checkAgainstProfile(doc, state);
    // Each row through its store's own writer, nested in this transaction.
    const auto writes = [](Decision d) { return d == Decision::Add || d == Decision::Update; };
    for (const ContactRecord& c : doc.contacts)
        if (writes(importRows::decide(state.contacts.contains(c.contact.id), state.contacts.value(c.contact.id),
                                      c.updatedAt)))
            importRows::putContact(m_db, c);
    for (const CopingStrategy& s : doc.strategies)
        if (writes(importRows::decideStrategy(state, s))) importRows::putStrategy(m_db, s);
    for (const PlanVersion& v : doc.planVersions)
        if (!state.planVersions.contains(v.id)) importRows::addPlanVersion(m_db, v);
    JournalBatchWriter journal(m_db);  // after the ideas: it reads their titles
    for (const JournalEntry& e : doc.journal)
        if (writes(importRows::decide(state.journal.contains(e.id), state.journal.value(e.id), e.updatedAt)))
            journal.put(e);
    journal.finish();
    for (const ReflectionRecord& r : doc.reflections) {
        const QString key = r.weekStart.toString(Qt::ISODate);
        const Decision d =
            importRows::decide(state.reflections.contains(key), state.reflections.value(key), r.updatedAt);
        if (d == Decision::Add || d == Decision::Update) importRows::putReflection(m_db, r);
    }

    for (const SetbackReflection& r : doc.setbacks) {
        const Decision d = importRows::decide(state.setbacks.contains(r.id), state.setbacks.value(r.id), r.updatedAt);
        if (d == Decision::Add || d == Decision::Update) importRows::putSetback(m_db, r);
    }
    if (doc.recoveryPlace) {
        const Decision d =
            importRows::decide(state.hasRecoveryPlace, state.recoveryPlaceUpdated, doc.recoveryPlace->updatedAt);
        if (d == Decision::Add || d == Decision::Update) importRows::putRecoveryPlace(m_db, *doc.recoveryPlace);
    }
    // One a day: the file's check-in takes the place of that day's here when it is newer.
    for (const CheckIn& c : doc.checkIns) {
        const QString day = c.day.toString(Qt::ISODate);
        if (writes(importRows::decide(state.checkIns.contains(day), state.checkIns.value(day), c.updatedAt)))
            importRows::putCheckIn(m_db, c);
    }

    if (!doc.media.isEmpty()) putMedia(plan, state);

    // settings.ini last, while the transaction can still be rolled back if it fails; the
    // checkpoint puts the settings back unless the transaction commits.
    SettingsCheckpoint checkpoint(m_settings);
    HelplineSettings helplines(m_settings);
    const QList<Helpline> here = helplinesHere(helplines, doc.helplines);
    for (const Helpline& h : doc.helplines)
        if (const std::optional<Helpline> save = helplineToSave(here, h)) helplines.save(*save);
    if (m_settings.region().isEmpty() && !doc.region.isEmpty()) {
        m_settings.setRegion(doc.region);
        m_settings.save();
    }
    tx.commit();
    checkpoint.commit();
}

}  // namespace mooring
