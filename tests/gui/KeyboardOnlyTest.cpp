// The whole program by keyboard alone: setup, "I need help now", the toolbox,
// the safety plan, the journal and the weekly review, with every key sent to whatever has
// the focus, as a keyboard would. A filter on the application counts mouse events: there
// must be none. What was done lands in the database (checked at the end).
#include "FoundationDriver.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/plan/PlanEditor.h"
#include "gui/review/ReviewScreen.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "storage/WeekReflectionStore.h"
#include "support/TempProfile.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSet>
#include <QTimer>

#include <sstream>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"lanterns along the quiet canal"_s;

// Counts every mouse press, release and double click anywhere in the application.
class MouseCounter : public QObject {
public:
    MouseCounter() { qApp->installEventFilter(this); }
    ~MouseCounter() override { qApp->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        switch (event->type()) {
            case QEvent::MouseButtonPress:
            case QEvent::MouseButtonRelease:
            case QEvent::MouseButtonDblClick:
                ++count;
                break;
            default:
                break;
        }
        return QObject::eventFilter(watched, event);
    }
};

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

// Tab forward until the widget called `name` has the focus; the way there is the tab
// order, and a control Tab never reaches fails here with the names it passed.
void tabTo(const char* name, int maxTabs = 80) {
    std::ostringstream path;
    for (int i = 0; i < maxTabs; ++i) {
        if (focusName() == name) return;
        path << (focusName().empty() ? std::string(focused()->metaObject()->className()) : focusName()) << " > ";
        press(Qt::Key_Tab);
    }
    INFO("Tab never reached " << name << "; it went " << path.str());
    FAIL();
}

// Answers the next modal dialog (the plan's "note for this version") by keyboard, as soon
// as it is open: typed into its focused field, then Enter.
void answerNextDialog(const QString& text) {
    auto* poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || !QApplication::focusWidget() || !dialog->isAncestorOf(QApplication::focusWidget())) return;
        poll->stop();
        poll->deleteLater();
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    poll->start();
}

}  // namespace

TEST_CASE("Keyboard only: setup, help now, toolbox, plan, journal and review without a mouse", "[keyboard][gui]") {
    test::TempProfile folder;
    MouseCounter mouse;
    auto window = openWindow(folder.paths(), QSize(1100, 820));

    // Setup, typed all the way through.
    completeSetup(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    REQUIRE(waitUntil([&] { return window->currentScreen()->objectName() == u"homeScreen"_s; }));
    Database& db = window->profile()->database();

    // "I need help now": F1, Breathe by its letter, back to the choices, out with Escape.
    press(Qt::Key_F1);
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    REQUIRE(window->currentScreen() == crisis);
    // A mnemonic presses its button visibly before it clicks: wait for that.
    press(Qt::Key_G, Qt::AltModifier);
    CHECK(waitUntil([&] { return crisis->currentPanel() == CrisisScreen::Panel::Ground; }, 5000));
    tabTo("crisisChoice");  // the choices are reachable by Tab, too
    press(Qt::Key_Space);
    CHECK(crisis->currentPanel() == CrisisScreen::Panel::Breathe);  // the first choice: Breathe
    press(Qt::Key_T, Qt::AltModifier);
    CHECK(waitUntil([&] { return crisis->currentPanel() == CrisisScreen::Panel::Talk; }, 5000));
    press(Qt::Key_Escape);
    REQUIRE(window->currentScreen()->objectName() == u"homeScreen"_s);

    // The toolbox: a new idea of my own (Ctrl+N), typed and saved, made a favourite.
    tabTo("toolboxTile");
    press(Qt::Key_Space);
    auto* toolbox = child<ToolboxScreen>(window.get(), "toolboxScreen");
    REQUIRE(window->currentScreen() == toolbox);
    press(Qt::Key_N, Qt::ControlModifier);
    tabTo("titleEdit");
    type(u"Feed the ducks at the canal"_s);
    tabTo("saveIdea");
    press(Qt::Key_Space);
    REQUIRE(waitUntil(
        [&] {
            for (const CopingStrategy& s : StrategyStore(db).all())
                if (s.title == u"Feed the ducks at the canal"_s) return true;
            return false;
        },
        5000));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return window->currentScreen()->objectName() == u"homeScreen"_s; }, 5000));

    // The safety plan: a warning sign typed in, Ctrl+S, a note for the version, Enter.
    tabTo("planTile");
    press(Qt::Key_Space);
    auto* plan = child<PlanEditor>(window.get(), "planEditor");
    REQUIRE(window->currentScreen() == plan);
    tabTo("newItem");
    type(u"I stop answering my phone"_s);
    press(Qt::Key_Return);
    answerNextDialog(u"on my own, first try"_s);
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(SafetyPlanStore(db).latest().has_value());
    CHECK(SafetyPlanStore(db).latest()->plan.items(PlanSection::WarningSigns) ==
          QStringList{u"I stop answering my phone"_s});
    CHECK(SafetyPlanStore(db).latest()->note == u"on my own, first try"_s);
    // The offscreen platform has no window manager to hand the window back its activation
    // once the dialog closes; a desktop does that by itself.
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    REQUIRE(plan->isAncestorOf(focused()));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return window->currentScreen()->objectName() == u"homeScreen"_s; }, 5000));

    // The journal: Ctrl+J from anywhere, the urge typed, Ctrl+S.
    press(Qt::Key_J, Qt::ControlModifier);
    tabTo("urgeSpin");
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"6"_s);
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return JournalStore(db).count() == 1; }, 5000));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return window->currentScreen()->objectName() == u"homeScreen"_s; }, 5000));

    // The weekly review: a week back and forth with Alt+arrows, a note for this week kept.
    tabTo("reviewTile");
    press(Qt::Key_Space);
    auto* review = child<ReviewScreen>(window.get(), "reviewScreen");
    REQUIRE(window->currentScreen() == review);
    const Week thisWeek = review->week();
    press(Qt::Key_Left, Qt::AltModifier);
    CHECK(review->week() == thisWeek.previous());
    press(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(review->week() == thisWeek);
    CHECK(review->data().summary.entries == 1);
    tabTo("reviewReflection");
    type(u"More walks by the water"_s);
    tabTo("reviewSaveNote");
    press(Qt::Key_Space);
    const auto note = WeekReflectionStore(db).find(thisWeek.start());
    REQUIRE(note.has_value());
    CHECK(note->text == u"More walks by the water"_s);
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return window->currentScreen()->objectName() == u"homeScreen"_s; }, 5000));

    // And locked with Ctrl+L.
    press(Qt::Key_L, Qt::ControlModifier);
    CHECK(window->profile() == nullptr);
    CHECK(mouse.count == 0);
}

namespace {

// Where the keyboard is shows on screen: the window round the focused widget looks
// different from the same place with the focus elsewhere. Compared as pictures of the
// window (a ring may sit just outside the widget), so any way of showing it counts.
bool focusShows(QWidget* widget) {
    QWidget* window = widget->window();
    const QRect around(widget->mapTo(window, QPoint(-4, -4)), widget->size() + QSize(8, 8));
    widget->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const QImage withFocus = window->grab(around).toImage();
    // Somewhere else that really takes the focus (not a proxy handing it straight back).
    for (QWidget* other = widget->nextInFocusChain(); other && other != widget; other = other->nextInFocusChain()) {
        if (!other->isVisible() || !(other->focusPolicy() & Qt::TabFocus) || !other->isEnabled()) continue;
        other->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        if (QApplication::focusWidget() != widget) break;
    }
    const QImage without = window->grab(around).toImage();
    widget->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    return withFocus != without;
}

struct TabWalk {
    int stops = 0;
    QStringList unnamed;    // reached by Tab, but with neither accessible name nor text
    QStringList invisible;  // reached by Tab, but with no visible focus
    bool trapped = false;   // Tab stopped moving the focus
};

// Tab round the whole screen once, from where the focus is to where it comes back.
TabWalk walkScreen(QWidget* screen) {
    TabWalk walk;
    QSet<QWidget*> seen;
    QWidget* previous = nullptr;
    int partsStepped = 0;
    for (int i = 0; i < 200; ++i) {
        QWidget* now = focused();
        if (now == previous) {
            // A date and time field first moves through its own parts (day, month, ... minute)
            // with Tab, then lets go: a few presses in place are no trap there.
            if (qobject_cast<QDateTimeEdit*>(now) && ++partsStepped < 8) {
                press(Qt::Key_Tab);
                continue;
            }
            walk.trapped = true;  // Tab did not move the focus: a trap
            break;
        }
        partsStepped = 0;
        if (seen.contains(now)) break;  // round the whole screen
        seen.insert(now);
        previous = now;
        if (screen->isAncestorOf(now)) {
            ++walk.stops;
            const QString name =
                now->objectName().isEmpty() ? QString::fromLatin1(now->metaObject()->className()) : now->objectName();
            if (now->accessibleName().isEmpty() && now->property("text").toString().isEmpty()) walk.unnamed << name;
            if (!focusShows(now)) walk.invisible << name;
        }
        press(Qt::Key_Tab);
    }
    return walk;
}

}  // namespace

TEST_CASE("Keyboard only: every stop on every screen's tab round shows where the focus is", "[keyboard][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths(), QSize(1100, 820));
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);

    const auto check = [&](const char* screenName) {
        QCoreApplication::processEvents();
        QWidget* screen = window->currentScreen();
        REQUIRE(screen->objectName().toStdString() == screenName);
        const TabWalk walk = walkScreen(window.get());
        INFO(screenName << ": " << walk.stops << " stops; unnamed: " << walk.unnamed.join(u", "_s).toStdString()
                        << "; focus not visible: " << walk.invisible.join(u", "_s).toStdString());
        CHECK(walk.stops >= 3);
        CHECK_FALSE(walk.trapped);
        CHECK(walk.unnamed.isEmpty());
        CHECK(walk.invisible.isEmpty());
    };
    check("homeScreen");
    window->showToolbox();
    check("toolboxScreen");
    window->showPlan();
    check("planEditor");
    window->showJournal();
    check("journalScreen");
    window->newJournalEntry();
    check("journalScreen");
    window->showReview();
    check("reviewScreen");
    window->showSettings();
    check("settingsScreen");
    window->showRecovery();
    check("recoveryScreen");
    window->showSetback();
    check("setbackPanel");
    window->showLibrary();
    check("libraryScreen");
    window->showHome();
    press(Qt::Key_F1);
    check("crisisScreen");
}
