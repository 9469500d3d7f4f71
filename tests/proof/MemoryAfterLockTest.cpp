// Locked means locked, in memory too (docs/security.md): the real `mooring` runs on a real
// X session with a small seeded profile; it is unlocked with the keyboard, the journal,
// the plan, the review and the toolbox are opened, and it is locked with Ctrl+L, with F12
// and by the idle lock, once right after unlocking with nothing opened, and once from
// inside the plan (its list of items on screen: Qt's style keeps a copy of the last item
// it laid out, see app/ForgetAfterLock). A core image (gcore) taken before each lock must
// hold the data key and, once screens were open, every seeded text, so the search is shown
// to work; one taken a few seconds after the lock must hold none of them, nor the
// passphrase or the recovery code, in UTF-8 or UTF-16LE (texts) or raw and in hex (the key).
#include "CoreImage.h"
#include "ProgramRun.h"
#include "XSession.h"

#include "domain/Contact.h"
#include "domain/CopingStrategy.h"
#include "domain/SetbackReflection.h"
#include "storage/Argon2Params.h"
#include "storage/ContactStore.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <iostream>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOORING_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MOORING_TEST_ASAN 1
#endif

#if defined(MOORING_TEST_ASAN)
constexpr int kSlower = 3;  // the sanitizer build starts and draws more slowly
#else
constexpr int kSlower = 1;
#endif

const QString kGui = QStringLiteral(MOORING_GUI_PATH);
const QString kPassphrase = u"harbour lights at low tide"_s;
constexpr int kIdleLockMs = 8000;

// Each as the person might write it, with a word no program would hold by chance.
const QString kSituation = u"Waited at the Quillsby stop after the long call with Dana"_s;
const QString kContact = u"Marguerite Ollenwick"_s;
const QString kPlanItem = u"Humming the Thrushcombe tune when my hands go cold"_s;
const QString kReflection = u"The Pellbrook exam results came in and I stopped eating"_s;
const QString kIdea = u"Repot the Vossberg fern on the balcony"_s;

struct Seeded {
    QList<Needle> texts;
    QList<Needle> secrets;
};

Seeded seed(const ProfilePaths& paths) {
    const ProfileLock lock(paths);
    auto created = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests());
    Database& db = created.profile->database();
    const QDateTime now = QDateTime::currentDateTime();
    JournalStore journal(db);
    for (int i = 0; i < 3; ++i) {
        JournalEntry entry;
        entry.occurredAt = JournalEntry::withLocalOffset(now.addSecs(-3600LL * (i + 1)));
        entry.urge = 4 + i;
        entry.situation = i == 0 ? kSituation : u"An ordinary afternoon, number %1"_s.arg(i);
        journal.add(entry);
    }
    ContactStore contacts(db);
    Contact first;
    first.name = kContact;
    first.phone = u"0123 456789"_s;
    contacts.add(first);
    Contact second;
    second.name = u"Sam"_s;
    second.phone = u"0987 654321"_s;
    contacts.add(second);
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = QStringList{kPlanItem};  // the section shown first
    SafetyPlanStore(db).save(plan, {});
    SetbackReflection reflection;
    reflection.before = kReflection;
    SetbackReflectionStore(db).save(reflection);
    CopingStrategy idea;
    idea.category = CopingCategory::SelfSoothing;
    idea.title = kIdea;
    StrategyStore(db).add(idea);

    Seeded seeded;
    seeded.texts = {textNeedle(u"journal situation"_s, kSituation), textNeedle(u"contact's name"_s, kContact),
                    textNeedle(u"plan item"_s, kPlanItem), textNeedle(u"setback reflection"_s, kReflection),
                    textNeedle(u"toolbox idea"_s, kIdea)};
    const SecureBuffer& key = created.profile->dataKey();
    seeded.secrets = {bytesNeedle(u"data key"_s, QByteArray(key.view().data(), static_cast<qsizetype>(key.size()))),
                      textNeedle(u"passphrase"_s, kPassphrase),
                      textNeedle(u"recovery code"_s, QString::fromUtf8(created.recoveryCode.view()))};
    return seeded;
}

enum class LockWay { CtrlL, F12, Idle };

struct Round {
    const char* name;
    LockWay way;
    bool openScreens;
    bool lockInPlan = false;  // locked with the plan editor on screen, not from home
};

struct Images {
    QStringList before;  // what the image before the lock held
    QStringList after;   // ... and the one after it
    qint64 bytes = 0;
};

void pause(int ms) { QThread::msleep(static_cast<unsigned long>(ms * kSlower)); }

void press(const XSession& x, const QString& keys) { x.xdotool({u"key"_s, u"--clearmodifiers"_s, keys}); }

// From home, whose focus starts on "Help for hard moments": Tab counts along the tiles.
void openScreens(const XSession& x) {
    struct Tile {
        const char* name;
        int tabs;
    };
    for (const Tile tile : {Tile{"toolbox", 1}, Tile{"plan", 2}, Tile{"journal", 3}, Tile{"review", 4}}) {
        for (int i = 0; i < tile.tabs; ++i) press(x, u"Tab"_s);
        press(x, u"space"_s);
        pause(2500);
        press(x, u"Escape"_s);  // back home
        pause(1000);
    }
}

QStringList scan(qint64 pid, const QList<Needle>& needles, qint64* bytes) {
    const CoreImage image = takeCoreImage(pid);
    INFO(image.problem.toStdString());
    REQUIRE(image.problem.isEmpty());
    *bytes = image.bytes.size();
    return findIn(image.bytes, needles);
}

Images runRound(const XSession& x, const QString& profileDir, const Seeded& seeded, const Round& round) {
    QTemporaryDir runtime;  // the come-back pipe's folder, owner only
    REQUIRE(runtime.isValid());
    REQUIRE(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment environment = x.environment(cliEnvironment());
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    // gdb traces the program; LeakSanitizer cannot run under a tracer.
    const QString asan = environment.value(u"ASAN_OPTIONS"_s);
    environment.insert(u"ASAN_OPTIONS"_s, asan + (asan.isEmpty() ? u""_s : u":"_s) + u"detect_leaks=0"_s);
    if (round.way == LockWay::Idle) environment.insert(u"MOORING_TEST_IDLE_LOCK_MS"_s, QString::number(kIdleLockMs));

    QProcess mooring;
    mooring.setProcessEnvironment(environment);
    mooring.start(kGui, {u"--profile"_s, profileDir});
    REQUIRE(mooring.waitForStarted(10000));
    const auto end = qScopeGuard([&mooring] {
        mooring.kill();
        mooring.waitForFinished(10000);
    });
    INFO("the window of mooring appears");
    REQUIRE_FALSE(x.activateWindowOf(mooring.processId(), 20000 * kSlower).isEmpty());
    pause(1500);
    x.xdotool({u"type"_s, u"--delay"_s, u"40"_s, kPassphrase});
    press(x, u"Return"_s);
    pause(5000);  // unlocked, home shown, the day's backup made
    if (round.openScreens) openScreens(x);
    if (round.lockInPlan) {
        press(x, u"Tab"_s);
        press(x, u"Tab"_s);
        press(x, u"space"_s);
        pause(2500);
    }

    const QList<Needle> all = seeded.texts + seeded.secrets;
    Images images;
    images.before = scan(mooring.processId(), all, &images.bytes);
    switch (round.way) {
        case LockWay::CtrlL:
            press(x, u"ctrl+l"_s);
            break;
        case LockWay::F12:
            press(x, u"F12"_s);
            break;
        case LockWay::Idle:
            QThread::msleep(kIdleLockMs);  // nobody touches anything
            break;
    }
    pause(4000);  // the screens are dropped from the event loop, the backup has ended
    REQUIRE(mooring.state() == QProcess::Running);
    images.after = scan(mooring.processId(), all, &images.bytes);
    return images;
}

// One round on a fresh X session and profile; each its own test case, so that each has
// the whole time limit in the slower sanitizer build.
void checkRound(const Round& round) {
    const XSession x;
    INFO(x.problem().toStdString());
    REQUIRE(x.problem().isEmpty());
    TempProfile profile;
    const Seeded seeded = seed(profile.paths());
    const Images images = runRound(x, profile.dir(), seeded, round);
    std::cout << "memory after lock, " << round.name << ": core image " << images.bytes / (1024 * 1024)
              << " MiB; before the lock: " << images.before.join(u", "_s).toStdString()
              << "; after: " << (images.after.isEmpty() ? "nothing" : images.after.join(u", "_s).toStdString())
              << std::endl;
    // The search works: before the lock the key is there, and every text once shown.
    const QString before = images.before.join(u"; "_s);
    INFO("before the lock: " << before.toStdString());
    CHECK(before.contains(u"data key"_s));
    if (round.openScreens)
        for (const Needle& text : seeded.texts) CHECK(before.contains(text.name));
    INFO("after the lock: " << images.after.join(u"; "_s).toStdString());
    CHECK(images.after.isEmpty());
}

}  // namespace

TEST_CASE("Nothing of the person's in memory after Ctrl+L", "[memory-after-lock]") {
    checkRound(Round{"Ctrl+L", LockWay::CtrlL, true});
}

TEST_CASE("Nothing of the person's in memory after F12", "[memory-after-lock]") {
    checkRound(Round{"F12", LockWay::F12, true});
}

TEST_CASE("Nothing of the person's in memory after the idle lock", "[memory-after-lock]") {
    checkRound(Round{"idle lock", LockWay::Idle, true});
}

TEST_CASE("Nothing of the person's in memory after Ctrl+L right after unlocking", "[memory-after-lock]") {
    checkRound(Round{"Ctrl+L, nothing opened", LockWay::CtrlL, false});
}

TEST_CASE("Nothing of the person's in memory after Ctrl+L with the plan on screen", "[memory-after-lock]") {
    checkRound(Round{"Ctrl+L in the plan", LockWay::CtrlL, true, true});
}
