// Where the keyboard focus goes is what a screen reader says. These tests press the keys a
// person would and record every widget that gets the focus: each must be on the screen, be
// something with a name, and stay put while Mooring is busy.
#include "FoundationDriver.h"

#include "domain/SafetyPlan.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplineCard.h"
#include "gui/crisis/HelplinesPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QPointer>
#include <QSignalSpy>

#include <utility>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

// What the screen reader would be told about a widget: its accessible name and description.
QString spokenName(QWidget* w) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name) : QString();
}

QString spokenDescription(QWidget* w) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Description) : QString();
}

QString describe(QWidget* w) {
    if (!w) return u"(nothing)"_s;
    return QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() + u" \""_s + spokenName(w) + u'"';
}

// On the screen: shown, not zero-sized, and at least partly inside its window.
bool onScreen(QWidget* w) {
    if (!w || !w->isVisible() || w->width() <= 0 || w->height() <= 0) return false;
    const QRect place(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    return w->window()->rect().intersects(place);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    if (!target) target = QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

// Presses Tab `times` times and returns each widget that had the focus, described; the
// ones not on the screen are marked.
QStringList tabThrough(int times, QStringList* hidden) {
    QStringList seen;
    for (int i = 0; i < times; ++i) {
        press(Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        seen << describe(w);
        if (!onScreen(w)) *hidden << describe(w);
    }
    return seen;
}

// Alt + a choice's letter on the help screen. A mnemonic presses its button visibly before it
// clicks, so this waits for the click itself (the panel may be open already).
void openPanel(CrisisScreen& screen, QChar letter, CrisisScreen::Panel panel) {
    QPushButton* choice = nullptr;
    for (QPushButton* each : screen.findChildren<QPushButton*>())
        if (each->text().contains(u'&' + letter, Qt::CaseInsensitive)) choice = each;
    REQUIRE(choice);
    QSignalSpy clicked(choice, &QPushButton::clicked);
    press(Qt::Key(Qt::Key_A + (letter.toUpper().unicode() - u'A')), Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return clicked.count() > 0; }, 5000));
    REQUIRE(screen.currentPanel() == panel);
}

// Every widget that receives the focus, in order. A screen passing its focus on in its own
// focus-in handler gets the focus first itself, and the screen reader hears of it last: the
// last word about the focus is then the screen's, so it must have a name too.
class FocusRecorder : public QObject {
public:
    FocusRecorder() { qApp->installEventFilter(this); }
    ~FocusRecorder() override { qApp->removeEventFilter(this); }
    QList<QPointer<QWidget>> takeAll() { return std::exchange(m_seen, {}); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType()) m_seen << static_cast<QWidget*>(watched);
        return false;
    }

private:
    QList<QPointer<QWidget>> m_seen;
};

std::unique_ptr<MainWindow> unlockedWindow(const test::TempProfile& folder) {
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    return window;
}

}  // namespace

TEST_CASE("Tab never reaches a control that is not on the screen", "[a11y][focus]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"UK"_s);
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));

    openPanel(screen, u'r', CrisisScreen::Panel::RideOut);
    auto* urge = screen.findChild<UrgeTimerPanel*>(u"urgeTimerPanel"_s);
    REQUIRE(urge);
    INFO("after Alt+R: " << describe(QApplication::focusWidget()).toStdString());
    CHECK(QApplication::focusWidget()->objectName() == u"urgeStart5"_s);
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == u"urgeStart10"_s);
    press(Qt::Key_Space);  // a ten-minute timer
    REQUIRE(urge->timer().length() == 10min);

    QStringList hidden;
    // Back to the panel as a person would, with its key, then all the way round the screen.
    openPanel(screen, u'r', CrisisScreen::Panel::RideOut);
    const QString afterAltR = describe(QApplication::focusWidget());
    if (!onScreen(QApplication::focusWidget())) hidden << afterAltR;
    const QStringList seen = tabThrough(12, &hidden);
    INFO("focus after Alt+R: " << afterAltR.toStdString());
    INFO("focus while tabbing: " << seen.join(u" -> "_s).toStdString());
    CHECK(hidden.isEmpty());
    // Space on whatever Tab reached must not start a new, shorter timer behind the person's back.
    openPanel(screen, u'r', CrisisScreen::Panel::RideOut);
    press(Qt::Key_Space);
    CHECK(urge->timer().length() >= 10min);
}

TEST_CASE("At the end of the urge timer, Alt+R and Tab reach only what is on the screen", "[a11y][focus]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"UK"_s);
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    openPanel(screen, u'r', CrisisScreen::Panel::RideOut);
    auto* urge = screen.findChild<UrgeTimerPanel*>(u"urgeTimerPanel"_s);
    REQUIRE(urge);
    std::chrono::steady_clock::time_point now{std::chrono::hours(1000)};
    urge->setClock([&now] { return now; });
    press(Qt::Key_Space);  // five minutes
    REQUIRE(urge->timer().length() == 5min);
    now += 5min;
    urge->tick();  // the time is up: "How did it go?"

    const auto walk = [&screen](const QString& where) {
        openPanel(screen, u'r', CrisisScreen::Panel::RideOut);
        QStringList hidden;
        const QString first = describe(QApplication::focusWidget());
        if (!onScreen(QApplication::focusWidget())) hidden << first;
        const QStringList seen = tabThrough(12, &hidden);
        INFO(where.toStdString() << ", Alt+R: " << first.toStdString());
        INFO("then Tab: " << seen.join(u" -> "_s).toStdString());
        CHECK(hidden.isEmpty());
        return first;
    };
    CHECK(walk(u"the end question"_s).contains(u"urgeAnswer"_s));
    screen.findChild<QPushButton*>(u"urgeAnswer%1"_s.arg(int(UrgeTimer::Outcome::Passed)))->click();
    CHECK(walk(u"the answer"_s).contains(u"urgeAgain"_s));
}

TEST_CASE("Tab in the toolbox's idea form stays in the form and on the screen", "[a11y][focus]") {
    test::TempProfile folder;
    auto window = unlockedWindow(folder);
    child<QPushButton>(window.get(), "toolboxTile")->click();
    press(Qt::Key_N, Qt::ControlModifier);  // a new idea
    REQUIRE(focused()->objectName() != u"ideaList"_s);
    QStringList hidden;
    const QStringList seen = tabThrough(16, &hidden);
    INFO("focus while tabbing: " << seen.join(u" -> "_s).toStdString());
    CHECK(hidden.isEmpty());
}

TEST_CASE("The focused helpline button says the number, and the card is named", "[a11y][focus]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"UK"_s);
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));

    openPanel(screen, u't', CrisisScreen::Panel::Talk);
    auto* panel = screen.findChild<HelplinesPanel*>(u"helplinesPanel"_s);
    REQUIRE(panel);
    REQUIRE_FALSE(panel->cards().isEmpty());
    HelplineCard* card = panel->cards().constFirst();
    const Helpline& line = card->helpline();
    REQUIRE_FALSE(line.call.isEmpty());
    QWidget* w = QApplication::focusWidget();
    const QString heard = spokenName(w) + u' ' + spokenDescription(w);
    INFO("focus: " << describe(w).toStdString() << ", description: " << spokenDescription(w).toStdString());
    CHECK(card->isAncestorOf(w));
    CHECK(heard.contains(line.call));
    CHECK(spokenName(card) == line.name);
    CHECK(spokenDescription(card).contains(line.call));
}

TEST_CASE("Answering \"Where are you?\" takes the focus straight to a line's number", "[a11y][focus]") {
    test::TempProfile profile;
    ProfileSettings settings(profile.paths());  // no region chosen yet: the question is asked
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));

    openPanel(screen, u't', CrisisScreen::Panel::Talk);
    QWidget* answer = QApplication::focusWidget();
    INFO("Alt+T: " << describe(answer).toStdString());
    REQUIRE(answer->objectName().startsWith(u"regionPick_"_s));
    CHECK(onScreen(answer));
    FocusRecorder recorder;
    press(Qt::Key_Space);
    QStringList seen;
    for (QWidget* w : recorder.takeAll()) seen << describe(w);
    INFO("focus after Space: " << seen.join(u" -> "_s).toStdString());
    REQUIRE(seen.size() == 1);
    CHECK(QApplication::focusWidget()->objectName() == u"numberCopy"_s);
}

TEST_CASE("A wrong passphrase leaves the focus in the field the whole time", "[a11y][focus]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    auto* field = child<QLineEdit>(window.get(), "passphraseEdit");
    REQUIRE(focused() == field);
    QStringList changes;
    const auto connection = QObject::connect(qApp, &QApplication::focusChanged,
                                             [&changes](QWidget*, QWidget* now) { changes << describe(now); });
    type(u"not the right words"_s);
    pressEnter();
    CHECK(waitUntil([&] { return child<QWidget>(window.get(), "passphraseError")->isVisible(); }));
    QObject::disconnect(connection);
    INFO("focus changes: " << changes.join(u" -> "_s).toStdString());
    CHECK(changes.isEmpty());
    CHECK(focused() == field);
}

TEST_CASE("Opening a panel or a screen puts the focus on something with a name", "[a11y][focus]") {
    test::TempProfile folder;
    auto window = unlockedWindow(folder);
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    SafetyPlanStore(window->profile()->database()).save(plan, QString());

    // Every widget that gets the focus on the way is announced, not only the last one.
    QStringList unnamed;
    FocusRecorder recorder;
    const auto check = [&unnamed, &recorder](const QString& what) {
        QWidget* w = QApplication::focusWidget();
        if (!w || spokenName(w).trimmed().isEmpty() || !onScreen(w)) unnamed << what + u": "_s + describe(w);
        for (QWidget* on : recorder.takeAll())
            if (on && spokenName(on).trimmed().isEmpty()) unnamed << what + u", on the way: "_s + describe(on);
    };

    child<QPushButton>(window.get(), "journalTile")->click();
    check(u"My journal"_s);
    window->showHome();
    recorder.takeAll();
    child<QPushButton>(window.get(), "reviewTile")->click();
    check(u"My week"_s);
    window->showHome();

    press(Qt::Key_F1);
    auto* crisis = qobject_cast<CrisisScreen*>(window->currentScreen());
    REQUIRE(crisis);
    recorder.takeAll();
    openPanel(*crisis, u't', CrisisScreen::Panel::Talk);
    check(u"Alt+T"_s);
    openPanel(*crisis, u'p', CrisisScreen::Panel::Plan);
    check(u"Alt+P"_s);
    INFO(unnamed.join(u"; "_s).toStdString());
    CHECK(unnamed.isEmpty());
}
