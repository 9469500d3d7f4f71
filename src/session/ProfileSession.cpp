#include "session/ProfileSession.h"

#include "domain/Error.h"
#include "exchange/ExportSource.h"
#include "exchange/Importer.h"
#include "storage/Backups.h"
#include "storage/CommitWatch.h"
#include "storage/ProfileSettings.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>

#include <utility>

namespace mooring {

namespace {

using namespace Qt::StringLiterals;

Error closedError() {
    return Error(Error::Kind::Damaged,
                 QCoreApplication::translate("mooring",
                                             "Mooring is locked, so this could not be done. Please "
                                             "unlock and try again."));
}

// Which signal a table's changes belong to. The held draft is left out: it is kept only
// while locked, and no screen shows it.
enum class Area { None, Journal, Plan, Toolbox, Contacts, Reflections, WeekNotes, CheckIns, Media };

Area areaOf(const QString& table) {
    if (table == u"journal_held_draft"_s) return Area::None;
    if (table.startsWith(u"journal_"_s)) return Area::Journal;
    if (table.startsWith(u"plan_"_s)) return Area::Plan;
    if (table == u"strategies"_s) return Area::Toolbox;
    if (table == u"contacts"_s) return Area::Contacts;
    if (table == u"setback_reflections"_s || table == u"recovery_place"_s) return Area::Reflections;
    if (table == u"week_reflections"_s) return Area::WeekNotes;
    if (table == u"check_ins"_s || table.startsWith(u"check_in_"_s)) return Area::CheckIns;
    if (table == u"media"_s || table == u"media_bytes"_s) return Area::Media;
    return Area::None;
}

}  // namespace

ProfileSession::ProfileSession(std::unique_ptr<UnlockedProfile> profile, Clock clock, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_clock(std::move(clock)) {
    requireThreadSafeSqlite();
    if (!m_profile) throw closedError();
    // The commit hook runs inside SQLite's commit, on whichever thread committed: the
    // signals follow from the event loop, once the commit is over.
    m_watch = std::make_unique<CommitWatch>(m_profile->database(), [this](const QSet<QString>& tables) {
        QMetaObject::invokeMethod(
            this, [this, tables] { announce(tables); }, Qt::QueuedConnection);
    });
}

ProfileSession::~ProfileSession() { close(); }

UnlockedProfile& ProfileSession::profile() {
    if (!m_profile) throw closedError();
    return *m_profile;
}

Database& ProfileSession::database() { return profile().database(); }

const ProfilePaths& ProfileSession::paths() const {
    if (!m_profile) throw closedError();
    return m_profile->paths();
}

QDateTime ProfileSession::now() const { return timeNow(m_clock); }

JournalStore ProfileSession::journal() { return JournalStore(database(), m_clock); }
SafetyPlanStore ProfileSession::plan() { return SafetyPlanStore(database(), m_clock); }
StrategyStore ProfileSession::strategies() { return StrategyStore(database(), m_clock); }
ContactStore ProfileSession::contacts() { return ContactStore(database(), m_clock); }
SetbackReflectionStore ProfileSession::setbacks() { return SetbackReflectionStore(database(), m_clock); }
RecoveryPlaceStore ProfileSession::recoveryPlace() { return RecoveryPlaceStore(database(), m_clock); }
WeekReflectionStore ProfileSession::weekNotes() { return WeekReflectionStore(database(), m_clock); }
CheckInStore ProfileSession::checkIns() { return CheckInStore(database(), m_clock); }
CheckInPreferences ProfileSession::checkInPreferences() { return CheckInPreferences(database()); }
MediaStore ProfileSession::media() { return MediaStore(database(), m_clock); }

void ProfileSession::forgetFinishedJobs() {
    m_jobs.removeIf([](const QPointer<QThread>& job) { return !job || job->isFinished(); });
}

bool ProfileSession::jobsRunning() const {
    for (const QPointer<QThread>& job : m_jobs)
        if (job && !job->isFinished()) return true;
    return false;
}

void ProfileSession::waitForJobs() {
    // A job's thread deletes itself only from this thread's event loop, which is not running
    // while we wait here: the pointers stay valid.
    for (const QPointer<QThread>& job : std::as_const(m_jobs))
        if (job) job->wait();
    forgetFinishedJobs();
}

void ProfileSession::startDailyBackupIfDue() {
    if (!m_profile || !Backups(m_profile->paths()).dailyDue()) return;  // a folder listing: quick
    m_stopBackup->store(false);
    runJob(
        this,
        [stop = m_stopBackup](UnlockedProfile& profile) -> std::optional<BackupRoom> {
            if (!Backups(profile.paths()).makeDailyIfDue(profile.database(), profile.dataKey(), stop.get()))
                return std::nullopt;
            // Measured while still off the GUI thread: a long rotation is many files to size.
            return BackupRoom::measure(profile.paths());
        },
        [this](Outcome<std::optional<BackupRoom>>& outcome) {
            try {
                if (const std::optional<BackupRoom> room = outcome.take(); room && room->backupsTakeTooMuch())
                    Q_EMIT backupsNeedRoom(*room);
            } catch (const std::exception&) {
                // Tried again at the next unlock; the list in settings shows what there is.
            }
        });
}

bool ProfileSession::startImportCheck(QObject* context, const QString& path, std::shared_ptr<SecureBuffer> passphrase,
                                      ImportChecked done) {
    return runJob(
        context,
        [path, passphrase, clock = m_clock](UnlockedProfile& open) -> std::shared_ptr<const ImportPlan> {
            const std::shared_ptr<const ExportSource> source = ExportSource::fromFile(path, passphrase.get());
            if (passphrase) passphrase->clear();  // the source keeps the derived key only
            // A QSettings of the job's own: the window's is not for other threads (the
            // same file, and the same values, in one process).
            ProfileSettings settings(open.paths());
            return std::make_shared<const ImportPlan>(Importer(open.database(), settings, clock).prepare(source));
        },
        std::move(done));
}

bool ProfileSession::startImport(QObject* context, std::shared_ptr<const ImportPlan> plan,
                                 std::function<void(const QString& problem)> done) {
    const QPointer<QObject> receiver(context);
    return runJob(
        this,
        [plan = std::move(plan), clock = m_clock](UnlockedProfile& open) {
            ProfileSettings settings(open.paths());
            Importer(open.database(), settings, clock).apply(*plan, [&open] {
                Backups::makeBeforeRisky(open, u"import"_s);
            });
            return true;
        },
        [this, receiver, done = std::move(done)](Outcome<bool>& outcome) {
            QString problem;
            try {
                outcome.take();
            } catch (const Error& e) {
                problem = e.message();
            } catch (const std::exception&) {
                problem = QCoreApplication::translate("mooring", "Something went wrong while writing it.");
            }
            if (!m_profile) return;  // locked meanwhile: nothing said on the lock screen
            // After the change signals the import's commit has queued, so a screen that
            // listens to both reads once more, not less.
            if (problem.isEmpty()) QMetaObject::invokeMethod(this, &ProfileSession::importDone, Qt::QueuedConnection);
            if (receiver) done(problem);
        });
}

void ProfileSession::close() {
    if (!m_profile || m_closing) return;
    Q_EMIT aboutToClose();
    m_closing = true;
    m_stopBackup->store(true);
    waitForJobs();
    m_watch.reset();
    m_profile.reset();  // closes the database and wipes the key
    m_closing = false;
    Q_EMIT closed();
}

void ProfileSession::closeAndRestore(const QString& name) {
    const ProfilePaths paths = this->paths();
    const Backups::RestoreKey key{SecureBuffer::fromBytes(profile().dataKey().bytes()), false};
    close();
    Backups(paths).restore(name, key);
}

void ProfileSession::announce(const QSet<QString>& tables) {
    if (!m_profile) return;  // committed by a job the lock waited for: no screen reads now
    unsigned areas = 0;
    for (const QString& table : tables) areas |= 1u << static_cast<unsigned>(areaOf(table));
    const auto changed = [areas](Area area) { return (areas & (1u << static_cast<unsigned>(area))) != 0; };
    if (changed(Area::Journal)) Q_EMIT journalChanged();
    if (changed(Area::Plan)) Q_EMIT planChanged();
    if (changed(Area::Toolbox)) Q_EMIT toolboxChanged();
    if (changed(Area::Contacts)) Q_EMIT contactsChanged();
    if (changed(Area::Reflections)) Q_EMIT reflectionsChanged();
    if (changed(Area::WeekNotes)) Q_EMIT weekNotesChanged();
    if (changed(Area::CheckIns)) Q_EMIT checkInsChanged();
    if (changed(Area::Media)) Q_EMIT mediaChanged();
}

}  // namespace mooring
