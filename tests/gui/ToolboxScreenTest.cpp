#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/FavouriteIdeasPanel.h"
#include "gui/toolbox/PickOneCard.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxActions.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"
#include "FoundationDriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct ToolboxFixture {
    TempProfile folder;
    std::unique_ptr<ProfileSession> session = openTestSession(folder);
    StrategyStore store = session->strategies();  // "another screen" writing through the session
};

QStringList favouriteTitles(StrategyStore& store) {
    QStringList titles;
    for (const auto& s : store.favourites()) titles << s.title;
    return titles;
}

QString firstTitleIn(StrategyStore& store, CopingCategory family) {
    for (const auto& s : store.all())
        if (s.category == family) return s.title;
    return {};
}

bool editorShown(ToolboxScreen& screen) { return child<QWidget>(&screen, u"strategyEditor"_s)->isVisible(); }

}  // namespace

TEST_CASE("Toolbox by keyboard: add, favourite, move to the top, hide a built-in, undo", "[toolbox]") {
    ToolboxFixture f;
    const QList<CopingStrategy> all = f.store.all();
    f.store.setFavourite(all.at(0).id, true);
    f.store.setFavourite(all.at(20).id, true);

    ToolboxScreen screen(*f.session);
    screen.resize(1000, 760);
    REQUIRE(showActive(&screen));
    screen.setFocus();
    CHECK_FALSE(screen.shownFamily());  // there are favourites: it opens on them

    // Emotional release is the fourth list on the left (after Favourites).
    pressKey(Qt::Key_4, Qt::ControlModifier);
    CHECK(screen.shownFamily() == CopingCategory::EmotionalRelease);
    auto* list = child<QListView>(&screen, u"ideaList"_s);
    CHECK(QApplication::focusWidget() == list);
    const int before = int(f.store.all().size());

    // A new idea: the form opens in place, on the family being shown.
    pressKey(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(editorShown(screen));
    auto* title = child<QLineEdit>(&screen, u"titleEdit"_s);
    auto* titleError = child<QLabel>(&screen, u"titleError"_s);
    CHECK(QApplication::focusWidget() == title);
    CHECK(child<QComboBox>(&screen, u"familyBox"_s)->currentText() == u"Emotional release"_s);

    // Bad input: a message next to the field, nothing saved.
    pressKey(Qt::Key_Return);
    CHECK(titleError->isVisible());
    CHECK(titleError->text().contains(u"title"_s));
    CHECK(int(f.store.all().size()) == before);
    typeText(QString(121, u'a'));
    CHECK(titleError->isVisible());  // as soon as it is too long
    CHECK(titleError->text().contains(u"120"_s));
    pressKey(Qt::Key_Return);
    CHECK(int(f.store.all().size()) == before);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(firstTitleIn(f.store, CopingCategory::EmotionalRelease).toLower());
    CHECK_FALSE(titleError->isVisible());
    pressKey(Qt::Key_Return);
    CHECK(titleError->isVisible());
    CHECK(titleError->text().contains(u"already"_s));
    CHECK(int(f.store.all().size()) == before);

    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"Write a letter I never send"_s);
    pressKey(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QPlainTextEdit>(&screen, u"detailsEdit"_s));
    typeText(u"Say everything, then tear it up."_s);
    pressKey(Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(editorShown(screen));
    CHECK(int(f.store.all().size()) == before + 1);
    const QString added = screen.currentId();
    REQUIRE(f.store.find(added));
    CHECK(f.store.find(added)->title == u"Write a letter I never send"_s);
    CHECK(f.store.find(added)->category == CopingCategory::EmotionalRelease);
    CHECK(QApplication::focusWidget() == list);

    // Favourite, then to the top of the favourites.
    pressKey(Qt::Key_D, Qt::ControlModifier);
    CHECK(f.store.find(added)->favourite);
    CHECK(favouriteTitles(f.store).constLast() == u"Write a letter I never send"_s);
    pressKey(Qt::Key_1, Qt::ControlModifier);
    CHECK_FALSE(screen.shownFamily());
    CHECK(screen.currentId() == added);
    pressKey(Qt::Key_Up, Qt::ControlModifier);
    pressKey(Qt::Key_Up, Qt::ControlModifier);
    pressKey(Qt::Key_Up, Qt::ControlModifier);  // already first: nothing happens
    CHECK(favouriteTitles(f.store) == QStringList{u"Write a letter I never send"_s, all.at(0).title, all.at(20).title});
    CHECK(list->currentIndex().row() == 0);

    // Hide a built-in, then undo.
    pressKey(Qt::Key_2, Qt::ControlModifier);
    CHECK(screen.shownFamily() == CopingCategory::Sensory);
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Down);
    const QString builtin = screen.currentId();
    REQUIRE(f.store.find(builtin)->builtin);
    const int shown = screen.filter().rowCount();
    pressKey(Qt::Key_H, Qt::ControlModifier);
    CHECK(f.store.find(builtin)->hidden);
    CHECK(screen.filter().rowCount() == shown - 1);
    CHECK(screen.currentId() != builtin);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.store.find(builtin)->hidden);
    CHECK(screen.filter().rowCount() == shown);
    CHECK(screen.currentId() == builtin);

    // Built-ins are hidden, never deleted; one's own idea is deleted and can come back.
    pressKey(Qt::Key_Delete);
    CHECK(f.store.find(builtin));
    pressKey(Qt::Key_1, Qt::ControlModifier);
    pressKey(Qt::Key_Home);
    CHECK(screen.currentId() == added);
    pressKey(Qt::Key_Delete);
    CHECK_FALSE(f.store.find(added));
    CHECK(favouriteTitles(f.store).size() == 2);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(f.store.find(added));
    CHECK(favouriteTitles(f.store).constFirst() == u"Write a letter I never send"_s);

    // After unlocking, the crisis screen offers the favourites in the person's order.
    ProfileSettings settings(f.folder.paths());
    CrisisScreen crisis(settings);
    crisis.setSession(f.session.get());
    REQUIRE(showActive(&crisis));
    auto* panel = child<FavouriteIdeasPanel>(&crisis, u"favouriteIdeasPanel"_s);
    CHECK(panel->isVisible());
    CHECK(panel->shownTitles() == QStringList{u"Write a letter I never send"_s, all.at(0).title, all.at(20).title});
    CHECK(visibleText(&crisis).contains(u"My favourite ideas"_s));
    CHECK(visibleText(&crisis).contains(u"Say everything, then tear it up."_s));
    // Locking takes them off the screen.
    crisis.setSession(nullptr);
    CHECK_FALSE(panel->isVisible());
    CHECK_FALSE(visibleText(&crisis).contains(u"Write a letter"_s));
}

TEST_CASE("The crisis screen follows the favourites as they change, and shows the first five", "[toolbox]") {
    ToolboxFixture f;
    ProfileSettings settings(f.folder.paths());
    CrisisScreen crisis(settings);
    crisis.setSession(f.session.get());
    REQUIRE(showActive(&crisis));
    auto* panel = child<FavouriteIdeasPanel>(&crisis, u"favouriteIdeasPanel"_s);
    CHECK_FALSE(panel->isVisible());  // none yet: no empty box in its place

    // Changed elsewhere while the screen stays open: no hiding and showing it again.
    const QList<CopingStrategy> all = f.store.all();
    for (int i = 0; i < 7; ++i) f.store.setFavourite(all.at(i * 6).id, true);
    f.store.moveFavourite(all.at(6 * 6).id, -1);
    QStringList expected = favouriteTitles(f.store).mid(0, FavouriteIdeasPanel::kMaxShown);
    REQUIRE(expected.size() == FavouriteIdeasPanel::kMaxShown);
    CHECK(QTest::qWaitFor([&] { return panel->shownTitles() == expected; }, 5000));
    CHECK(panel->isVisible());
    CHECK(child<QLabel>(&crisis, u"favouriteIdeasMore"_s)->text().contains(u"2 more"_s));
    // Each card is as large as the rest of the crisis screen's text.
    CHECK(child<QLabel>(&crisis, u"favouriteIdeaTitle"_s)->font().pointSizeF() > QApplication::font().pointSizeF());
}

TEST_CASE("Toolbox: every control has a name, and search finds ideas in every family", "[toolbox]") {
    ToolboxFixture f;
    ToolboxScreen screen(*f.session);
    screen.resize(1000, 760);
    REQUIRE(showActive(&screen));
    for (QWidget* w : screen.findChildren<QWidget*>()) {
        if (!w->focusPolicy() || !w->isVisibleTo(&screen) || qobject_cast<QScrollBar*>(w)) continue;
        INFO(w->objectName().toStdString() << " " << w->metaObject()->className());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }

    pressKey(Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(&screen, u"searchEdit"_s));
    const CopingStrategy target = f.store.all().constLast();
    typeText(target.title.mid(2, 8));
    bool found = false;
    for (int row = 0; row < screen.filter().rowCount(); ++row)
        found |= screen.filter().index(row, 0).data(StrategyModel::IdRole).toString() == target.id;
    CHECK(found);
    CHECK(child<QLabel>(&screen, u"familyHeading"_s)->text() == u"Search results"_s);
    pressKey(Qt::Key_Escape);
    CHECK(child<QLineEdit>(&screen, u"searchEdit"_s)->text().isEmpty());
}

TEST_CASE("Pick one for me suggests a visible idea, from the family or from all", "[toolbox]") {
    ToolboxFixture f;
    ToolboxScreen screen(*f.session);
    screen.setRandomSeed(11);
    screen.resize(1000, 760);
    REQUIRE(showActive(&screen));
    screen.showFamily(CopingCategory::SelfSoothing);
    auto* card = child<PickOneCard>(&screen, u"pickCard"_s);
    auto* pickTitle = child<QLabel>(&screen, u"pickTitle"_s);
    CHECK_FALSE(pickTitle->isVisible());
    for (int i = 0; i < 10; ++i) {
        const QString before = card->shownId();
        pressKey(Qt::Key_P, Qt::AltModifier);
        // A mnemonic presses the button visibly before it clicks: wait for that.
        REQUIRE(QTest::qWaitFor([&] { return card->shownId() != before; }, 5000));
        REQUIRE(pickTitle->isVisible());
        const auto picked = f.store.find(card->shownId());
        REQUIRE(picked);
        CHECK(picked->category == CopingCategory::SelfSoothing);
        CHECK(picked->title == pickTitle->text());
    }
    // From every family, and never the same one twice in a row.
    auto* fromAll = child<QCheckBox>(&screen, u"pickFromAll"_s);
    pressKey(Qt::Key_E, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return fromAll->isChecked(); }, 5000));
    QSet<CopingCategory> families;
    QString last = card->shownId();
    for (int i = 0; i < 60; ++i) {
        screen.findChild<ToolboxActions*>()->button(ToolboxActions::Action::Pick)->click();
        CHECK(card->shownId() != last);
        last = card->shownId();
        families.insert(f.store.find(last)->category);
    }
    CHECK(families.size() >= 3);
}

TEST_CASE("Home leads to the toolbox by keyboard; Esc goes back; locking closes it", "[toolbox]") {
    TempProfile folder;
    const QString passphrase = u"harbour lights at dusk"_s;
    foundation::makeProfile(folder.paths(), passphrase);
    auto window = foundation::openWindow(folder.paths());
    foundation::typePassphraseAndUnlock(*window, passphrase);
    REQUIRE(window->currentScreen()->objectName() == u"homeScreen"_s);

    // Right after "Help for hard moments", in the order the tiles stand.
    QWidget* help = foundation::child<QWidget>(window.get(), "helpTile");
    help->setFocus();
    pressKey(Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == u"toolboxTile"_s);
    pressKey(Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return window->currentScreen()->objectName() == u"toolboxScreen"_s; }, 5000));
    auto* toolbox = qobject_cast<ToolboxScreen*>(window->currentScreen());
    REQUIRE(toolbox);
    CHECK(toolbox->model().rowCount() >= 48);

    pressKey(Qt::Key_Escape);
    CHECK(window->currentScreen()->objectName() == u"homeScreen"_s);

    QPointer<ToolboxScreen> kept(toolbox);
    window->lockNow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(kept.isNull());  // nothing of the toolbox stays in memory once locked
}
