// File > Import… with a hope box in the file: the check and the write run as session jobs,
// so the window's event loop keeps running (a timer fires), the dialog says what it is
// doing, and F1 brings help while the import is being written. The import still finishes
// and says so; Ctrl+L during the write waits for it and says nothing on the lock screen.
#include "FoundationDriver.h"

#include "exchange/Exporter.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/exchange/ImportDialog.h"
#include "storage/JournalStore.h"
#include "storage/MediaStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "support/ExchangeSamples.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

const QString kPassphrase = u"sample passphrase"_s;  // ExchangeSamples' OpenProfile
constexpr int kPhotos = 8;                           // about 8 MB of photos: a big-ish export

// A readable export of a rich profile with photos of random bytes behind a JPEG signature
// (import never decodes them).
void writeExportWithPhotos(const QString& file) {
    OpenProfile source;
    fillRichProfile(source);
    CopingStrategy idea;
    idea.category = CopingCategory::SafetyBox;
    idea.title = u"Photos of the sea"_s;
    const QString ideaId = StrategyStore(source.db()).add(idea).id;
    std::mt19937 random(20261207);
    MediaStore store(source.db());
    for (int i = 0; i < kPhotos; ++i) {
        QByteArray bytes(1'000'000, Qt::Uninitialized);
        for (char& c : bytes) c = char(random());
        bytes.replace(0, 4, QByteArray("\xFF\xD8\xFF\xE0", 4));
        Medium m;
        m.kind = MediumKind::Photo;
        m.mime = u"image/jpeg"_s;
        m.caption = u"Photo %1"_s.arg(i);
        m.place = MediaPlace::safetyBox(ideaId);
        store.add(m, bytes);
    }
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(Exporter(source.db(), *source.settings).readable(ExportContent::Full));
}

std::unique_ptr<MainWindow> unlockedEmptyProfile(OpenProfile& target) {
    target.profile.reset();
    target.settings.reset();
    auto window = openWindow(target.dir.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(waitUntil([&] { return window->menuBar()->isVisible(); }));
    window->session()->waitForJobs();  // the day's backup, before the hook below
    return window;
}

// Holds every job of the session at its start until `release`, counting the jobs started.
struct JobGate {
    std::atomic<int> started = 0;
    std::atomic<bool> release = false;
    void install(ProfileSession& session) {
        session.setJobStartHookForTests([this] {
            ++started;
            while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
    }
};

// True when a timer started now fires: the window's event loop is running.
bool eventLoopRuns() {
    bool fired = false;
    QTimer::singleShot(20, [&fired] { fired = true; });
    return QTest::qWaitFor([&] { return fired; }, 2000);
}

}  // namespace

TEST_CASE("Import: the check and the write run as jobs, help works meanwhile, the import reports",
          "[exchange][gui][import]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"full-box.json"_s);
    writeExportWithPhotos(file);

    OpenProfile target;
    auto window = unlockedEmptyProfile(target);
    JobGate gate;
    gate.install(*window->session());

    DialogHooks::queueFileName(file);
    child<QAction>(window.get(), "importAction")->trigger();
    QPointer<ImportDialog> dialog = child<ImportDialog>(window.get(), "importDialog");
    REQUIRE(QTest::qWaitFor([&] { return dialog->isVisible(); }));
    auto* preview = child<QLabel>(dialog, "importPreview");
    auto* importNow = child<QPushButton>(dialog, "importNow");
    auto* cancel = child<QPushButton>(dialog, "importCancel");
    auto* banner = dialog->findChild<MessageBanner*>();
    REQUIRE(banner);

    // The check: a job, while the window's loop runs; what happens is said; Cancel may end it.
    REQUIRE(QTest::qWaitFor([&] { return gate.started == 1; }));
    CHECK(eventLoopRuns());
    CHECK_FALSE(preview->isVisible());
    CHECK(banner->text().contains(u"Looking at what the file holds"_s));
    CHECK(cancel->isEnabled());
    gate.release = true;
    REQUIRE(QTest::qWaitFor([&] { return preview->isVisible(); }));
    CHECK(preview->text().contains(u"%1 photos and sounds"_s.arg(kPhotos)));
    CHECK(importNow->isEnabled());
    CHECK(JournalStore(window->session()->database()).count() == 0);  // nothing written before "Import"

    // The write: held at its start; the dialog cannot be closed, nor another import started.
    gate.release = false;
    importNow->click();
    REQUIRE(QTest::qWaitFor([&] { return gate.started == 2; }));
    CHECK(eventLoopRuns());
    CHECK_FALSE(importNow->isEnabled());
    CHECK_FALSE(cancel->isEnabled());
    CHECK(banner->text().contains(u"all of it is written or none"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->isVisible());

    // F1 while it is written: help at once, in front of everything.
    QTest::keyClick(importNow, Qt::Key_F1);
    REQUIRE(QTest::qWaitFor([&] { return qobject_cast<CrisisScreen*>(window->currentScreen()) != nullptr; }));
    CHECK((!dialog || !dialog->isVisible()));
    CHECK(eventLoopRuns());

    gate.release = true;
    QMessageBox* report = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (report = window->findChild<QMessageBox*>(u"importReport"_s)) && report->isVisible(); }, 20000));
    CHECK(report->text() == u"The import is done."_s);
    CHECK(report->windowModality() == Qt::NonModal);  // help stays usable behind it
    CHECK(qobject_cast<CrisisScreen*>(window->currentScreen()) != nullptr);
    CHECK(JournalStore(window->session()->database()).count() == 3);
    CHECK(window->session()->media().totals().count == kPhotos);
    report->close();
    DialogHooks::reset();
}

TEST_CASE("Import: Ctrl+L during the write waits for all of it and says nothing on the lock screen",
          "[exchange][gui][import][lock]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"full-box.json"_s);
    writeExportWithPhotos(file);

    OpenProfile target;
    auto window = unlockedEmptyProfile(target);
    DialogHooks::queueFileName(file);
    child<QAction>(window.get(), "importAction")->trigger();
    auto* dialog = child<ImportDialog>(window.get(), "importDialog");
    auto* preview = child<QLabel>(dialog, "importPreview");
    REQUIRE(QTest::qWaitFor([&] { return preview->isVisible(); }, 20000));

    // The write takes a while on purpose; the lock must wait for it (it cannot be stopped).
    std::atomic<bool> started = false;
    window->session()->setJobStartHookForTests([&started] {
        started = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
    });
    child<QPushButton>(dialog, "importNow")->click();
    REQUIRE(QTest::qWaitFor([&] { return started.load(); }));
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return window->session() == nullptr; }, 20000));
    QTest::qWait(300);  // what the finished job may still post arrives here
    CHECK(window->findChild<QMessageBox*>(u"importReport"_s) == nullptr);
    CHECK(DialogHooks::shownMessages().isEmpty());

    // All of it was written before the key was wiped.
    QApplication::setActiveWindow(window.get());  // the closed dialog had been the active one
    REQUIRE(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }));
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(QTest::qWaitFor([&] { return window->session() != nullptr; }));
    CHECK(JournalStore(window->session()->database()).count() == 3);
    CHECK(window->session()->media().totals().count == kPhotos);
    DialogHooks::reset();
}

TEST_CASE("Import: a medium with a wrong SHA-256 is named after the check's job, nothing written",
          "[exchange][gui][import]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"changed.json"_s);
    writeExportWithPhotos(file);
    {
        QFile in(file);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        doc["media"][0]["sha256"] = std::string(64, '0');
        in.close();
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QByteArray::fromStdString(doc.dump()));
    }
    OpenProfile target;
    ProfileSession session(std::move(target.profile));
    ImportDialog dialog(session, file);
    dialog.show();
    auto* banner = dialog.findChild<MessageBanner*>();
    REQUIRE(banner);
    REQUIRE(QTest::qWaitFor([&] { return banner->text().contains(u"media[0].sha256"_s); }, 20000));
    CHECK(banner->text().contains(u"their SHA-256 differs"_s));
    CHECK_FALSE(dialog.findChild<QLabel*>(u"importPreview"_s)->isVisible());
    CHECK(child<QPushButton>(&dialog, "importCancel")->isEnabled());
    CHECK(session.media().totals().count == 0);
    CHECK(JournalStore(session.database()).count() == 0);
}
