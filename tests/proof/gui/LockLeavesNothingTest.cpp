// After locking (quick hide, idle) no widget of the window holds a word the person typed,
// nothing they typed reaches settings.ini or any file in plain form, and the passphrase
// field is empty the moment unlocking starts (docs/security.md).
#include "FoundationDriver.h"

#include "gui/common/DialogHooks.h"
#include "gui/main/QuickHide.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>

#include <iostream>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"grey sky over the pier"_s;
const QString kMarker = u"Kv9-otter-pebble-5150"_s;

bool editable(QWidget* w) {
    if (!w->isVisible() || !w->isEnabled()) return false;
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return !line->isReadOnly() && line->echoMode() == QLineEdit::Normal &&
               !qobject_cast<QAbstractSpinBox*>(w->parentWidget());
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) return !plain->isReadOnly();
    if (auto* rich = qobject_cast<QTextEdit*>(w)) return !rich->isReadOnly();
    return false;
}

// Types the marker into every text field a person could type into on this screen.
int typeEverywhere(QWidget* screen) {
    int fields = 0;
    for (QWidget* w : screen->findChildren<QWidget*>()) {
        if (!editable(w)) continue;
        w->setFocus();
        QTest::keyClicks(w, kMarker + u' ');
        ++fields;
    }
    return fields;
}

void collectModel(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& texts) {
    if (!model) return;
    for (int row = 0; row < model->rowCount(parent); ++row)
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::AccessibleTextRole})
                texts << index.data(role).toString();
            if (column == 0) collectModel(model, index, texts);
        }
}

// Every text any widget of the program holds or shows, its models included.
QStringList everyText() {
    QStringList texts;
    for (QWidget* w : QApplication::allWidgets()) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            texts << line->text();
            if (line->completer()) collectModel(line->completer()->model(), {}, texts);
        }
        if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) texts << plain->toPlainText();
        if (auto* rich = qobject_cast<QTextEdit*>(w)) texts << rich->toPlainText();
        if (auto* label = qobject_cast<QLabel*>(w)) texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w)) texts << button->text();
        if (auto* combo = qobject_cast<QComboBox*>(w)) collectModel(combo->model(), {}, texts);
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) collectModel(view->model(), {}, texts);
    }
    return texts;
}

int textsWithMarker() {
    int hits = 0;
    for (const QString& text : everyText())
        if (text.contains(kMarker)) ++hits;
    return hits;
}

int markerHitsOnDisk(const QString& dir) {
    QByteArray le;
    for (const QChar c : kMarker)
        le.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
    int hits = 0;
    const auto files = test::folderSnapshot(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (it.value().contains(kMarker.toUtf8()) || it.value().contains(le)) ++hits;
    return hits;
}

// The person writes everywhere: the plan (left unsaved), a saved journal entry and one
// still being written, the toolbox's fields.
int writeEverywhere(MainWindow& window) {
    int fields = 0;
    window.showPlan();
    fields += typeEverywhere(window.currentScreen());
    auto* newItem = child<QLineEdit>(window.currentScreen(), "newItem");  // a step of the plan
    newItem->setFocus();
    QTest::keyClicks(newItem, kMarker);
    QTest::keyClick(newItem, Qt::Key_Return);
    window.showToolbox();
    fields += typeEverywhere(window.currentScreen());
    window.showHome();
    window.newJournalEntry();
    fields += typeEverywhere(window.currentScreen());
    child<QWidget>(window.currentScreen(), "entryUrge")->setFocus();
    pressTab();
    type(u"5"_s);
    child<QPushButton>(window.currentScreen(), "entrySave")->click();
    window.showHome();
    window.newJournalEntry();
    fields += typeEverywhere(window.currentScreen());  // not saved: the lock must keep it
    return fields;
}

// What the lock kept is really there (so the test could fail), encrypted.
void checkKept(const ProfilePaths& paths) {
    const ProfileLock lock(paths);
    auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(kPassphrase));
    JournalStore journal(profile->database());
    CHECK(journal.count() == 1);
    const auto draft = journal.heldDraft();
    REQUIRE(draft.has_value());
    CHECK(draft->situation.contains(kMarker));
    const auto plan = SafetyPlanStore(profile->database()).latest();
    REQUIRE(plan.has_value());
    bool planKept = false;
    for (const QStringList& section : plan->plan.sections) planKept = planKept || section.join(u' ').contains(kMarker);
    CHECK(planKept);
}

}  // namespace

TEST_CASE("Quick hide (F12) locks and minimises, and leaves no typed word in any widget or file", "[lock][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    {
        auto window = openWindow(folder.paths());
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        const int fields = writeEverywhere(*window);
        CHECK(fields >= 4);
        CHECK(textsWithMarker() > 0);  // the walk does see what was typed

        QTest::keyClick(focused(), quickHideKey()[0].key(), quickHideKey()[0].keyboardModifiers());
        CHECK(window->profile() == nullptr);
        CHECK(waitUntil([&] { return window->isMinimized(); }, 5000));
        CHECK(DialogHooks::shownMessages().isEmpty());  // no question at such a moment
        // The screens go with deleteLater(): gone as soon as control is back in the event
        // loop, which is at once after a key press. Until then they are hidden.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const int hits = textsWithMarker();
        std::cout << "quick hide: " << fields << " fields typed into, " << everyText().size()
                  << " widget texts checked after locking, hits " << hits << std::endl;
        CHECK(hits == 0);
    }
    CHECK(markerHitsOnDisk(folder.dir()) == 0);  // settings.ini, the lock file, the database
    checkKept(folder.paths());
}

TEST_CASE("The idle lock leaves no typed word in any widget or file", "[lock][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    {
        DialogHooks::reset();
        DialogHooks::setTestMode(true);
        MainWindowOptions options = foundationOptions(folder.paths());
        options.idleLockOverride = std::chrono::milliseconds(1500);
        auto window = std::make_unique<MainWindow>(std::move(options));
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        writeEverywhere(*window);
        REQUIRE(textsWithMarker() > 0);
        REQUIRE(waitUntil([&] { return window->profile() == nullptr; }, 20000));
        const int hits = textsWithMarker();
        std::cout << "idle lock: " << everyText().size() << " widget texts checked after locking, hits " << hits
                  << std::endl;
        CHECK(hits == 0);
    }
    CHECK(markerHitsOnDisk(folder.dir()) == 0);
    checkKept(folder.paths());
}

TEST_CASE("The passphrase field is empty as soon as unlocking starts", "[lock][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    // The unlock screen goes away once unlocked: hold the field loosely.
    QPointer<QLineEdit> field = child<QLineEdit>(window.get(), "passphraseEdit");
    field->setFocus();
    QTest::keyClicks(field, kPassphrase);
    REQUIRE(field->text() == kPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    // Before the key derivation (running in the background) has finished:
    CHECK(window->profile() == nullptr);
    CHECK(field->text().isEmpty());
    CHECK_FALSE(field->isUndoAvailable());
    REQUIRE(waitUntil([&] { return window->profile() != nullptr; }));
    CHECK((field.isNull() || field->text().isEmpty()));
}
