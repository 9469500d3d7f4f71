// "What helps me" reaches the toolbox (a sort option, off until the person ticks it) and the
// crisis screen after unlocking (a few ideas that helped before, under the favourites).
#include "JournalGuiSupport.h"

#include "gui/common/DialogHooks.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/FavouriteIdeasPanel.h"
#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QUuid>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

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

QStringList shownIds(const StrategyFilterModel& filter) {
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data(StrategyModel::IdRole).toString();
    return ids;
}

}  // namespace

TEST_CASE("Toolbox: 'Sort by what helps me' puts the ideas rated most helpful first", "[review][toolbox][gui]") {
    JournalProfile p;
    QList<CopingStrategy> family;
    for (const CopingStrategy& s : StrategyStore(p.db()).all())
        if (s.category == CopingCategory::Sensory && !s.hidden) family << s;
    REQUIRE(family.size() >= 3);
    const QString first = family.at(0).id;
    const QString third = family.at(2).id;
    QList<JournalEntry> entries;
    const QDateTime when(QDate(2026, 11, 10), QTime(20, 0), Qt::OffsetFromUTC, 0);
    for (int i = 0; i < 3; ++i) {
        entries << triedEntry(when.addDays(i), first, 2);
        entries << triedEntry(when.addDays(i).addSecs(60), third, 9);
    }
    JournalStore(p.db()).putAll(entries);

    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    ToolboxScreen screen(*p.session);
    screen.resize(1000, 760);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    StrategyFilterModel& filter = screen.filter();
    filter.setFamily(CopingCategory::Sensory);
    const QStringList before = shownIds(filter);
    REQUIRE(before.indexOf(first) < before.indexOf(third));  // the person's own order

    auto* sort = find<QCheckBox>(&screen, u"sortByHelps"_s);
    CHECK_FALSE(sort->isChecked());
    sort->setFocus();
    QTest::keyClick(sort, Qt::Key_Space);
    REQUIRE(filter.sortsByWhatHelps());
    const QStringList ranked = shownIds(filter);
    CHECK(ranked.at(0) == third);  // helped 9 of 10
    CHECK(ranked.at(1) == first);  // helped 2 of 10: still before the ideas never rated
    CHECK(ranked.size() == before.size());

    QTest::keyClick(sort, Qt::Key_Space);
    CHECK(shownIds(filter) == before);
}

TEST_CASE("Crisis screen after unlocking: ideas that helped before, under the favourites, never twice",
          "[review][crisis][gui]") {
    JournalProfile p;
    StrategyStore store(p.db());
    const QList<CopingStrategy> all = store.all();
    const CopingStrategy& favourite = all.at(0);
    const CopingStrategy& helped = all.at(4);
    store.setFavourite(favourite.id, true);
    QList<JournalEntry> entries;
    const QDateTime when(QDate(2026, 11, 10), QTime(20, 0), Qt::OffsetFromUTC, 0);
    for (int i = 0; i < 3; ++i) {
        entries << triedEntry(when.addDays(i), helped.id, 8);
        entries << triedEntry(when.addDays(i).addSecs(60), favourite.id, 9);  // a favourite: shown once only
    }

    ProfileSettings settings(p.folder.paths());
    CrisisScreen crisis(settings);
    crisis.setSession(p.session.get());
    crisis.resize(1000, 760);
    crisis.show();
    REQUIRE(QTest::qWaitForWindowExposed(&crisis));
    auto* panel = find<FavouriteIdeasPanel>(&crisis, u"favouriteIdeasPanel"_s);
    CHECK(panel->helpfulTitles().isEmpty());  // nothing rated yet: nothing suggested

    // Rated in the journal while the screen is open: it follows without being shown again.
    JournalStore(p.db()).putAll(entries);
    REQUIRE(QTest::qWaitFor([&] { return panel->helpfulTitles() == QStringList{helped.title}; }, 5000));
    CHECK(panel->shownTitles() == QStringList{favourite.title});
    CHECK(QTest::qWaitFor(  // a layout shows new widgets queued; each reading builds them again
        [&] {
            auto* heading = panel->findChild<QLabel*>(u"helpfulIdeasHeading"_s);
            return heading && heading->isVisible();
        },
        5000));

    crisis.setSession(nullptr);  // locked: nothing personal left
    CHECK(panel->helpfulTitles().isEmpty());
    CHECK_FALSE(panel->isVisible());
}
