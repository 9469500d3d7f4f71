// The toolbox and the crisis screen's favourites follow the session: a change written
// anywhere shows on both while they stay open, and what is being typed is never lost.
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/FavouriteIdeasPanel.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

bool shows(const StrategyFilterModel& filter, const QString& id) {
    for (int row = 0; row < filter.rowCount(); ++row)
        if (filter.index(row, 0).data(StrategyModel::IdRole).toString() == id) return true;
    return false;
}

JournalEntry triedEntry(const QDateTime& when, const QString& strategyId, int helped) {
    JournalEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.occurredAt = when;
    e.urge = 5;
    e.tried = {{strategyId, {}, helped}};
    e.createdAt = when;
    e.updatedAt = when;
    return e;
}

}  // namespace

TEST_CASE("A favourite made in the toolbox shows on the open crisis screen at once", "[toolbox][crisis][session]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    ProfileSettings settings(folder.paths());
    CrisisScreen crisis(settings);
    crisis.setSession(session.get());
    REQUIRE(showActive(&crisis));
    QPointer<FavouriteIdeasPanel> panel = child<FavouriteIdeasPanel>(&crisis, u"favouriteIdeasPanel"_s);
    CHECK(panel->shownTitles().isEmpty());

    ToolboxScreen toolbox(*session);
    toolbox.resize(1000, 760);
    REQUIRE(showActive(&toolbox));
    toolbox.showFamily(CopingCategory::Distraction);
    auto* list = child<QListView>(&toolbox, u"ideaList"_s);
    list->setFocus();
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Down);
    const auto idea = toolbox.model().strategy(toolbox.currentId());
    REQUIRE(idea);
    pressKey(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(session->strategies().find(idea->id)->favourite);

    // The crisis screen was neither hidden, shown nor built again.
    CHECK(crisis.isVisible());
    CHECK(QTest::qWaitFor([&] { return panel && panel->shownTitles() == QStringList{idea->title}; }, 5000));
    CHECK(panel->isVisible());

    // Taken back in the toolbox: gone from the crisis screen too.
    pressKey(Qt::Key_D, Qt::ControlModifier);
    CHECK(QTest::qWaitFor([&] { return panel->shownTitles().isEmpty(); }, 5000));

    // The session closing (a lock) leaves nothing personal behind.
    session->strategies().setFavourite(idea->id, true);
    REQUIRE(QTest::qWaitFor([&] { return !panel->shownTitles().isEmpty(); }, 5000));
    session->close();
    CHECK(crisis.session() == nullptr);
    CHECK(panel->shownTitles().isEmpty());
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("The toolbox shows ideas changed elsewhere, keeping the chosen idea and the words typed",
          "[toolbox][session]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    StrategyStore elsewhere = session->strategies();
    ToolboxScreen toolbox(*session);
    toolbox.resize(1000, 760);
    REQUIRE(showActive(&toolbox));
    toolbox.showFamily(CopingCategory::Sensory);
    auto* list = child<QListView>(&toolbox, u"ideaList"_s);
    list->setFocus();
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);
    const QString chosen = toolbox.currentId();
    REQUIRE_FALSE(chosen.isEmpty());
    const QString first = toolbox.filter().index(0, 0).data(StrategyModel::IdRole).toString();

    // Another screen adds an idea to this family and hides the first one.
    CopingStrategy draft;
    draft.category = CopingCategory::Sensory;
    draft.title = u"Hold an ice cube from the freezer"_s;
    const QString added = elsewhere.add(draft).id;
    elsewhere.setHidden(first, true);
    CHECK(QTest::qWaitFor([&] { return shows(toolbox.filter(), added); }, 5000));
    CHECK(QTest::qWaitFor([&] { return !shows(toolbox.filter(), first); }, 5000));
    CHECK(toolbox.currentId() == chosen);  // still the idea the person chose

    // A new idea being written stays as typed while the list behind it changes.
    pressKey(Qt::Key_N, Qt::ControlModifier);
    auto* title = child<QLineEdit>(&toolbox, u"titleEdit"_s);
    REQUIRE(QApplication::focusWidget() == title);
    typeText(u"Smell fresh coffee"_s);
    elsewhere.setFavourite(added, true);
    REQUIRE(QTest::qWaitFor([&] { return toolbox.model().strategy(added)->favourite; }, 5000));
    CHECK(title->isVisible());
    CHECK(title->text() == u"Smell fresh coffee"_s);
    CHECK(QApplication::focusWidget() == title);
}

TEST_CASE("'Sort by what helps me' follows ratings written in the journal meanwhile", "[toolbox][session]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    ToolboxScreen toolbox(*session);
    toolbox.resize(1000, 760);
    REQUIRE(showActive(&toolbox));
    toolbox.showFamily(CopingCategory::Distraction);
    child<QCheckBox>(&toolbox, u"sortByHelps"_s)->setChecked(true);
    REQUIRE(toolbox.filter().sortsByWhatHelps());
    const QString last =
        toolbox.filter().index(toolbox.filter().rowCount() - 1, 0).data(StrategyModel::IdRole).toString();

    // Rated in the journal (another screen): the idea that helped comes first.
    QList<JournalEntry> entries;
    const QDateTime when(QDate(2026, 11, 10), QTime(20, 0), Qt::OffsetFromUTC, 0);
    for (int i = 0; i < 3; ++i) entries << triedEntry(when.addDays(i), last, 9);
    session->journal().putAll(entries);
    CHECK(QTest::qWaitFor([&] { return toolbox.filter().index(0, 0).data(StrategyModel::IdRole).toString() == last; },
                          5000));
}
