// F1 (help now), F12 (quick hide) and Ctrl+L (lock) from inside real modal dialogs, and the
// idle lock while one is open: the plan's note dialog and "Show large" (exec()), a message
// box (exec()) and the export dialog (open()). Keys are posted into the running dialog, the
// way a person's keyboard would reach it; nothing here goes through DialogHooks' answers.
#include "FoundationDriver.h"

#include "domain/SafetyPlan.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/HelpNowButton.h"
#include "gui/exchange/ExportDialog.h"
#include "gui/plan/PlanEditor.h"
#include "gui/plan/PresentationView.h"
#include "gui/plan/SaveNoteDialog.h"
#include "gui/settings/NewRecoveryCodeDialog.h"
#include "gui/settings/RecoveryCodeSection.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <functional>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"lanterns along the quay"_s;
const QString kMarker = u"walk to the harbour wall"_s;

enum class KeyPressed { F1, F12, CtrlL };
enum class DialogKind { PlanNote, MessageBox, Export };

std::unique_ptr<MainWindow> unlockedWindow(const ProfilePaths& paths) {
    makeProfile(paths, kPassphrase);
    auto window = openWindow(paths);
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    return window;
}

// Where the person's keyboard goes now: the focused widget of the window in front.
QWidget* keyboardTarget() {
    if (QWidget* widget = QApplication::focusWidget()) return widget;
    if (QWidget* modal = QApplication::activeModalWidget()) return modal;
    return QApplication::activeWindow();
}

void press(KeyPressed key) {
    QWidget* target = keyboardTarget();
    CHECK(target != nullptr);
    if (!target) return;
    switch (key) {
        case KeyPressed::F1:
            QTest::keyClick(target, Qt::Key_F1);
            break;
        case KeyPressed::F12:
            QTest::keyClick(target, Qt::Key_F12);
            break;
        case KeyPressed::CtrlL:
            QTest::keyClick(target, Qt::Key_L, Qt::ControlModifier);
            break;
    }
}

QList<QDialog*> visibleDialogs() {
    QList<QDialog*> shown;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible()) shown.append(dialog);
    }
    return shown;
}

// Runs `inside` once the modal dialog `open` starts is showing, from within its own event
// loop; then `open` is run (it returns when the dialog is closed). If the dialog is still
// open after `inside` (the key did nothing), it is closed here so the test ends instead of
// waiting forever, and the checks say what went wrong.
void whileModal(const std::function<void()>& open, const std::function<void(QWidget* modal)>& inside) {
    bool ran = false;
    QTimer::singleShot(0, [&] {
        ran = true;
        QPointer<QWidget> modal = QApplication::activeModalWidget();
        CHECK(modal != nullptr);
        if (!modal) return;
        inside(modal);
        if (modal && modal->isVisible()) {
            INFO("the dialog was still open after the key: closed by the test");
            CHECK(false);
            if (auto* dialog = qobject_cast<QDialog*>(modal.data())) dialog->reject();
        }
    });
    open();
    CHECK(ran);
}

bool onHelp(MainWindow& window) { return window.currentScreen()->objectName() == u"crisisScreen"_s; }

// Every deferred delete done, so a use after free shows up in this test, not a later one.
void settle() {
    QTest::qWait(50);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// What the lock kept of the plan, read back from the closed profile.
bool planKeeps(const ProfilePaths& paths, const QString& text) {
    const ProfileLock lock(paths);
    auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
    const auto latest = SafetyPlanStore(profile->database()).latest();
    if (!latest) return false;
    for (const QStringList& section : latest->plan.sections) {
        if (section.contains(text)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("F1, F12 and Ctrl+L work inside a modal dialog", "[keys][gui]") {
    const DialogKind kind = GENERATE(DialogKind::PlanNote, DialogKind::MessageBox, DialogKind::Export);
    const KeyPressed key = GENERATE(KeyPressed::F1, KeyPressed::F12, KeyPressed::CtrlL);
    CAPTURE(static_cast<int>(kind), static_cast<int>(key));
    test::TempProfile folder;
    auto window = unlockedWindow(folder.paths());
    window->showPlan();
    auto* plan = child<PlanEditor>(window.get(), "planEditor");

    bool hiddenAtOnce = false;
    auto inside = [&](QWidget* modal) {
        QPointer<QWidget> dialog = modal;
        press(key);
        // F12: off the screen before anything else happens, every window of it.
        hiddenAtOnce = window->isMinimized() && visibleDialogs().isEmpty();
        if (key != KeyPressed::F12) CHECK_FALSE(window->isMinimized());
        CHECK((!dialog || !dialog->isVisible()));
    };
    switch (kind) {
        case DialogKind::PlanNote:
            whileModal([&] { CHECK_FALSE(plan->save()); }, inside);
            break;
        case DialogKind::MessageBox:
            whileModal(
                [&] {
                    QMessageBox box(QMessageBox::Question, u"Mooring"_s, u"Keep going?"_s,
                                    QMessageBox::Yes | QMessageBox::No, plan);
                    box.exec();
                },
                inside);
            break;
        case DialogKind::Export: {
            child<QAction>(window.get(), "exportAction")->trigger();
            QPointer<ExportDialog> dialog = child<ExportDialog>(window.get(), "exportDialog");
            REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
            inside(dialog);
            if (dialog && dialog->isVisible()) dialog->reject();
            settle();
            CHECK(dialog.isNull());  // deleted, once nothing of it was running any more
            break;
        }
    }
    settle();
    CHECK(visibleDialogs().isEmpty());
    switch (key) {
        case KeyPressed::F1:
            CHECK(onHelp(*window));
            CHECK(window->profile() != nullptr);  // help opens; nothing else changes
            break;
        case KeyPressed::F12:
            CHECK(hiddenAtOnce);
            CHECK(window->isMinimized());
            CHECK(window->profile() == nullptr);
            break;
        case KeyPressed::CtrlL:
            CHECK(window->profile() == nullptr);
            CHECK_FALSE(window->isMinimized());
            break;
    }
    window.reset();
    settle();
}

TEST_CASE("F12 in the plan's note dialog hides everything first, then keeps the plan and locks", "[keys][gui]") {
    test::TempProfile folder;
    {
        auto window = unlockedWindow(folder.paths());
        window->showPlan();
        auto* plan = child<PlanEditor>(window.get(), "planEditor");
        REQUIRE(plan->suggestItems(PlanSection::InternalCoping, {kMarker}) == 1);
        REQUIRE(plan->isDirty());
        bool lockedBeforeHidden = false;
        whileModal([&] { CHECK_FALSE(plan->save()); },
                   [&](QWidget*) {
                       press(KeyPressed::F12);
                       CHECK(window->isMinimized());
                       CHECK(visibleDialogs().isEmpty());
                       // The lock follows once the note dialog's caller has finished: the
                       // lock deletes the plan editor, whose save() is still running here.
                       lockedBeforeHidden = window->profile() == nullptr && !window->isMinimized();
                   });
        CHECK_FALSE(lockedBeforeHidden);
        REQUIRE(waitUntil([&] { return window->profile() == nullptr; }, 5000));
        CHECK(DialogHooks::shownMessages().isEmpty());  // nobody was asked anything
        settle();
    }
    settle();
    CHECK(planKeeps(folder.paths(), kMarker));
}

TEST_CASE("The idle lock closes an open dialog first, then locks without a crash", "[keys][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    DialogHooks::reset();
    MainWindowOptions options = foundationOptions(folder.paths());
    options.idleLockOverride = std::chrono::milliseconds(1500);
    {
        auto window = std::make_unique<MainWindow>(std::move(options));
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        DialogHooks::setTestMode(true);
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        window->showPlan();
        QPointer<PlanEditor> plan = child<PlanEditor>(window.get(), "planEditor");
        REQUIRE(plan->suggestItems(PlanSection::InternalCoping, {kMarker}) == 1);

        SECTION("the plan's note dialog (exec)") {
            whileModal([&] { CHECK_FALSE(plan->save()); },
                       [&](QWidget* modal) {
                           QPointer<QWidget> dialog = modal;
                           // Nobody touches anything: the idle lock comes by itself.
                           CHECK(waitUntil([&] { return !dialog || !dialog->isVisible(); }, 5000));
                       });
        }
        SECTION("a real message box asked from inside the plan editor, which the lock deletes") {
            // "Some changes are not saved yet": a QMessageBox::exec() inside PlanEditor's own
            // method. The lock must not delete the editor before that method has returned.
            DialogHooks::setTestMode(false);
            whileModal([&] { CHECK_FALSE(plan->maybeLeave()); },
                       [&](QWidget* modal) {
                           QPointer<QWidget> box = modal;
                           CHECK(qobject_cast<QMessageBox*>(modal) != nullptr);
                           CHECK(waitUntil([&] { return !box || !box->isVisible(); }, 5000));
                       });
            DialogHooks::setTestMode(true);
        }
        CHECK(waitUntil([&] { return window->profile() == nullptr; }, 5000));
        settle();
        CHECK(plan.isNull());
        CHECK(visibleDialogs().isEmpty());
    }
    settle();
    CHECK(planKeeps(folder.paths(), kMarker));  // kept as a version of its own
}

TEST_CASE("Show large: F1 and its own help button open help", "[keys][gui][plan]") {
    const bool byButton = GENERATE(false, true);
    CAPTURE(byButton);
    test::TempProfile folder;
    auto window = unlockedWindow(folder.paths());
    window->showPlan();
    auto* plan = child<PlanEditor>(window.get(), "planEditor");
    whileModal([&] { plan->present(); },
               [&](QWidget* modal) {
                   auto* view = qobject_cast<PresentationView*>(modal);
                   CHECK(view != nullptr);
                   if (!view) return;
                   auto* button = view->findChild<HelpNowButton*>();
                   CHECK(button != nullptr);
                   CHECK((button && button->isVisible()));
                   if (byButton && button)
                       button->click();
                   else if (!byButton)
                       press(KeyPressed::F1);
               });
    settle();
    CHECK(onHelp(*window));
    CHECK(visibleDialogs().isEmpty());
    window.reset();
    settle();
}

TEST_CASE("After F12 a kept entry is offered only once the window is back", "[keys][gui][journal]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    // As the sample profile: it opens again by itself right after locking.
    MainWindowOptions options = foundationOptions(folder.paths());
    const ProfilePaths paths = folder.paths();
    options.openSample = [paths] { return UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase)); };
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    REQUIRE(window->profile() != nullptr);
    JournalEntry draft;
    draft.situation = kMarker;
    JournalStore(window->profile()->database()).holdDraft(draft);

    press(KeyPressed::F12);
    CHECK(window->isMinimized());
    REQUIRE(waitUntil([&] { return window->profile() != nullptr; }, 5000));  // opened again
    settle();
    CHECK(DialogHooks::shownMessages().isEmpty());  // no question behind a hidden window
    window->showNormal();
    CHECK(waitUntil([&] { return DialogHooks::shownMessages().size() == 1; }, 5000));
    window.reset();
    settle();
}

TEST_CASE("Ctrl+L over a new recovery code not yet typed back asks first", "[keys][gui][recovery-code]") {
    test::TempProfile folder;
    auto window = unlockedWindow(folder.paths());
    window->showSettings();
    QPointer<NewRecoveryCodeDialog> dialog =
        child<RecoveryCodeSection>(window.get(), "recoveryCodeSection")->openDialog();
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    QTest::keyClicks(child<QLineEdit>(dialog, "newCodePassphraseEdit"), kPassphrase);
    child<QPushButton>(dialog, "makeNewCodeButton")->click();
    REQUIRE(waitUntil([&] { return dialog->step() == NewRecoveryCodeDialog::Step::Code && !dialog->isBusy(); }));
    REQUIRE(dialog->codeNotYetKept());

    DialogHooks::reset();
    DialogHooks::setTestMode(true);  // the question takes its default: stay
    press(KeyPressed::CtrlL);
    CHECK(DialogHooks::shownMessages().size() == 1);
    CHECK((dialog && dialog->isVisible()));
    CHECK(window->profile() != nullptr);

    DialogHooks::queueAnswer(QMessageBox::Yes);  // "close without checking"
    press(KeyPressed::CtrlL);
    CHECK(window->profile() == nullptr);
    settle();
    CHECK(dialog.isNull());
    window.reset();
    settle();
}
