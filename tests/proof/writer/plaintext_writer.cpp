// Test-only program for "no plaintext anywhere" (docs/security.md): writes COUNT records
// carrying MARKER through every store of the profile, edits a helpline, makes backups and
// a protected export, then locks and quits. The driver searches everything it left behind.
//
//   plaintext_writer PROFILE_DIR PASSPHRASE MARKER COUNT EXPORT_FILE
#include "domain/Contact.h"
#include "domain/SetbackReflection.h"
#include "exchange/Exporter.h"
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/AtomicFile.h"
#include "storage/Backups.h"
#include "storage/ContactStore.h"
#include "storage/HelplineSettings.h"
#include "storage/JournalStore.h"
#include "storage/MediaStore.h"
#include "storage/ProfileLock.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "storage/WeekReflectionStore.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

using namespace mooring;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fputs("usage: plaintext_writer PROFILE_DIR PASSPHRASE MARKER COUNT EXPORT_FILE\n", stderr);
        return 1;
    }
    const ProfilePaths paths(args.at(1));
    const QString marker = args.at(3);
    const int count = args.at(4).toInt();
    try {
        const ProfileLock lock(paths);
        auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(args.at(2)), Argon2Params::forTests());
        Database& db = created.profile->database();
        const auto text = [&](const QString& what, int i) {
            return u"%1 %2 %3 said it"_s.arg(what).arg(i).arg(marker);
        };
        const QDateTime now = QDateTime::currentDateTime();

        // The first entries one save each, as the journal screen saves them; the rest as
        // import puts them in (putAll, one transaction per batch), to keep CI quick.
        JournalStore journal(db);
        QString lastEntry;
        QList<JournalEntry> batch;
        for (int i = 0; i < count; ++i) {
            JournalEntry e;
            e.occurredAt = JournalEntry::withLocalOffset(now.addSecs(-3600LL * i));
            e.urge = i % 11;
            e.situation = text(u"situation"_s, i);
            e.thoughts = text(u"thoughts"_s, i);
            e.notes = text(u"notes"_s, i);
            e.feelings = {marker + u" feeling"_s};
            e.triggers = {marker + u" trigger"_s};
            e.tried = {{{}, text(u"tried"_s, i), 5}};
            if (i < 200) {
                lastEntry = journal.add(e).id;
                continue;
            }
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.createdAt = e.updatedAt = now;
            batch.append(e);
            if (batch.size() == 500 || i == count - 1) {
                journal.putAll(batch);
                batch.clear();
            }
        }
        // A held draft (what an idle lock keeps) and a deleted entry (the search index).
        JournalEntry draft;
        draft.occurredAt = JournalEntry::withLocalOffset(now);
        draft.urge = 4;
        draft.situation = text(u"draft"_s, 0);
        journal.holdDraft(draft);
        journal.remove(lastEntry);

        SafetyPlanStore plans(db);
        for (int i = 0; i < count / 20 + 1; ++i) {
            SafetyPlan plan;
            for (auto& section : plan.sections) section = QStringList{text(u"plan step"_s, i)};
            plans.save(plan, text(u"plan note"_s, i));
        }
        StrategyStore ideas(db);
        ContactStore contacts(db);
        SetbackReflectionStore setbacks(db);
        WeekReflectionStore weeks(db);
        for (int i = 0; i < count / 10 + 1; ++i) {
            CopingStrategy idea;
            idea.category = static_cast<CopingCategory>(i % 5);
            idea.title = text(u"idea"_s, i);
            idea.details = text(u"details"_s, i);
            idea.location = text(u"kept in"_s, i);
            ideas.add(idea);
            Contact contact;
            contact.name = text(u"name"_s, i);
            contact.phone = u"0123 %1"_s.arg(i);
            contact.note = text(u"contact note"_s, i);
            contacts.add(contact);
            SetbackReflection setback;
            setback.before = text(u"before"_s, i);
            setback.warningSigns = text(u"signs"_s, i);
            setback.tried = text(u"tried"_s, i);
            setback.nextTime = text(u"next time"_s, i);
            setback.forPlan = text(u"for plan"_s, i);
            setbacks.save(setback);
            weeks.save(now.date().addDays(-7LL * i), text(u"week"_s, i));
        }
        journal.compactSearchIndex();

        // The hope box: a photo and a recording whose bytes carry the marker (as a photo's
        // comment or a spoken name would), large enough to fill overflow pages, and one
        // removed again, as an undo would leave it.
        CopingStrategy box;
        box.category = CopingCategory::SafetyBox;
        box.title = text(u"box"_s, 0);
        const QString boxId = ideas.add(box).id;
        MediaStore media(db);
        const QByteArray filler(300 * 1024, 'p');
        for (int i = 0; i < 3; ++i) {
            Medium photo;
            photo.kind = MediumKind::Photo;
            photo.mime = u"image/jpeg"_s;
            photo.place = i == 1 ? MediaPlace::reasonsForLiving() : MediaPlace::safetyBox(boxId);
            photo.caption = text(u"caption"_s, i);
            const QByteArray bytes = QByteArray("\xFF\xD8\xFF\xFE", 4) + marker.toUtf8() + filler + marker.toUtf8();
            const Medium kept = media.add(photo, bytes, "thumbnail " + marker.toUtf8());
            if (i == 2) media.remove(kept.id);
        }
        Medium recording;
        recording.kind = MediumKind::Recording;
        recording.mime = u"audio/ogg"_s;
        recording.place = MediaPlace::safetyBox(boxId);
        media.add(recording, "OggS" + marker.toUtf8() + filler);
        if (media.totals().count != 3) {
            std::fputs("plaintext_writer: the hope box does not hold its three media\n", stderr);
            return 4;
        }

        // Settings the person may change (none of it private), and a helpline of their own.
        ProfileSettings settings(paths);
        HelplineSettings helplines(settings);
        Helpline own;
        own.region = u"UK"_s;
        own.name = u"My own line"_s;
        own.call = u"0800 000"_s;
        helplines.save(own);

        Backups backups(paths);
        backups.make(db, created.profile->dataKey(), BackupKind::Manual);
        backups.make(db, created.profile->dataKey(), BackupKind::BeforeRisky, u"import"_s);

        const QByteArray plain = Exporter(db, settings).readable(ExportContent::Full);
        if (!plain.contains(marker.toUtf8())) {
            std::fputs("plaintext_writer: the export does not carry the marker\n", stderr);
            return 4;
        }
        AtomicFile::write(args.at(5), ProtectedFile::seal(plain, SecureBuffer::fromUtf8(u"export passphrase"_s),
                                                          Argon2Params::forTests()));
        std::printf("%d\n", journal.count());
    } catch (const Error& e) {
        std::fprintf(stderr, "plaintext_writer: %s\n", e.message().toUtf8().constData());
        return 2;
    }
    return 0;
}
