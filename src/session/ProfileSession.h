#pragma once

#include "domain/Clock.h"
#include "session/Background.h"
#include "storage/BackupRoom.h"
#include "storage/CheckInPreferences.h"
#include "storage/CheckInStore.h"
#include "storage/ContactStore.h"
#include "storage/JournalStore.h"
#include "storage/MediaStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace mooring {

class CommitWatch;
class Database;
class ProfilePaths;
class ProfileSettings;
class SecureBuffer;
class UnlockedProfile;
struct ImportPlan;

// The one owner of an open profile (docs/architecture.md, "The session"): the unlocked
// profile (key and database), the stores made on it, the work running in the background
// with it, and the signals that say what changed. Locking, a restore, an import and the
// window's end all go through it, and close() waits for every job before the database
// closes and the key is wiped, so nothing outlives a lock.
//
// Screens get a ProfileSession&, build no store of their own from a database, and read
// again when a signal says their data changed, whoever changed it.
class ProfileSession : public QObject {
    Q_OBJECT
public:
    // Throws Error if this SQLite cannot be shared with background jobs.
    explicit ProfileSession(std::unique_ptr<UnlockedProfile> profile, Clock clock = {}, QObject* parent = nullptr);
    ~ProfileSession() override;  // close()
    ProfileSession(const ProfileSession&) = delete;
    ProfileSession& operator=(const ProfileSession&) = delete;

    bool isOpen() const noexcept { return m_profile != nullptr; }
    // Both throw Error after close(): nothing may reach a closed profile by accident.
    UnlockedProfile& profile();
    Database& database();  // for the exchange and review code that reads a whole profile
    const ProfilePaths& paths() const;
    QDateTime now() const;

    // The stores, on the session's connection and clock. Cheap: made on each call.
    JournalStore journal();
    SafetyPlanStore plan();
    StrategyStore strategies();
    ContactStore contacts();
    SetbackReflectionStore setbacks();
    RecoveryPlaceStore recoveryPlace();
    WeekReflectionStore weekNotes();
    CheckInStore checkIns();
    CheckInPreferences checkInPreferences();  // the diary card's rows, the self-care questions asked
    MediaStore media();                       // the hope box: photos, recordings and sounds

    // Runs work(UnlockedProfile&) on its own thread and then done(Outcome&) on context's
    // thread (Background.h). close() waits for it. Returns false, running nothing, once the
    // session is closing or closed.
    template <typename Work, typename Done>
    bool runJob(QObject* context, Work work, Done done);
    bool jobsRunning() const;
    void waitForJobs();

    // The day's first backup (docs/backups.md) as a job, if none was made today. A failure
    // is left for the settings' list to show; backups that take much of the free space
    // afterwards are said with backupsNeedRoom().
    void startDailyBackupIfDue();

    // Reads and checks an export as a job (Importer::prepare), writing nothing: done gets
    // the plan to show, or the reason it cannot be imported, on context's thread. The file
    // is opened with `passphrase` when it is protected (the key derived in the job too).
    using ImportChecked = std::function<void(Outcome<std::shared_ptr<const ImportPlan>>&)>;
    bool startImportCheck(QObject* context, const QString& path, std::shared_ptr<SecureBuffer> passphrase,
                          ImportChecked done);
    // Writes an import prepared and shown before as a job, after a backup: all of it or none,
    // in one transaction that cannot be stopped halfway. done(problem) follows on context's
    // thread: empty once it is written (importDone() comes after the change signals), else
    // why nothing was written. Not called when context is gone, nor once the session has
    // closed: a lock waits for the write, and no word of it reaches a locked screen.
    // Both return false, starting nothing, once the session is closing or closed.
    bool startImport(QObject* context, std::shared_ptr<const ImportPlan> plan,
                     std::function<void(const QString& problem)> done);

    // Waits for every job, then closes the database and wipes the key. Emits closed().
    void close();
    // close(), then puts backup `name` in place with this profile's own key (the passphrase
    // used today keeps working). Throws Error when the restore fails; closed either way.
    void closeAndRestore(const QString& name);

    // Tests only: runs at the start of every job, on its thread (to make a job slow on purpose).
    void setJobStartHookForTests(std::function<void()> hook) { m_jobStartHook = std::move(hook); }

Q_SIGNALS:
    // A write was committed; said once per commit, from the event loop, whoever wrote.
    void journalChanged();
    void planChanged();
    void toolboxChanged();  // ideas added, changed, hidden or removed; favourites and their order
    void contactsChanged();
    void reflectionsChanged();  // setback reflections, where I am in recovery
    void weekNotesChanged();
    void checkInsChanged();  // daily check-ins saved, replaced or removed
    void mediaChanged();     // hope-box media added, captioned, turned, removed or put back
    void importDone();       // after the change signals of the import itself
    // close() has begun and the database is still open: the last moment to keep words a
    // screen holds unsaved (a note being typed). Nothing may be asked of the person here.
    void aboutToClose();
    void closed();  // the database is closed and the key wiped
    // After the day's backup: the backups take more than a tenth of the disk's free space
    // (BackupRoom). For a calm word where the person will see it, never a question.
    void backupsNeedRoom(const mooring::BackupRoom& room);

private:
    void announce(const QSet<QString>& tables);
    void forgetFinishedJobs();

    std::unique_ptr<UnlockedProfile> m_profile;
    std::unique_ptr<CommitWatch> m_watch;
    Clock m_clock;
    QList<QPointer<QThread>> m_jobs;
    // Set when the profile closes: the day's backup, which may take a second or more with
    // a large hope box, stops then instead of keeping the lock waiting (made at next unlock).
    std::shared_ptr<std::atomic<bool>> m_stopBackup = std::make_shared<std::atomic<bool>>(false);
    bool m_closing = false;
    std::function<void()> m_jobStartHook;
};

template <typename Work, typename Done>
bool ProfileSession::runJob(QObject* context, Work work, Done done) {
    if (m_closing || !m_profile) return false;
    forgetFinishedJobs();
    UnlockedProfile* profile = m_profile.get();  // alive until close(), which waits for this job
    m_jobs.append(runInBackground(
        context,
        [profile, hook = m_jobStartHook, work = std::move(work)]() mutable {
            if (hook) hook();
            return work(*profile);
        },
        std::move(done)));
    return true;
}

}  // namespace mooring
