#include "gui/toolbox/StrategyFilterModel.h"
#include "gui/toolbox/StrategyModel.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StrategyStore.h"
#include "support/RawKeys.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct ModelFixture {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    std::unique_ptr<StrategyStore> store;
    std::unique_ptr<StrategyModel> owner;
    StrategyModel* model = nullptr;
    StrategyFilterModel filter;

    ModelFixture() {
        Migrations::migrate(db);
        store = std::make_unique<StrategyStore>(db);
        owner = std::make_unique<StrategyModel>([this] { return StrategyStore(db); });
        model = owner.get();
        filter.setSourceModel(model);
    }
};

QStringList titlesShown(const QAbstractItemModel& m) {
    QStringList titles;
    for (int row = 0; row < m.rowCount(); ++row) titles << m.index(row, 0).data(StrategyModel::TitleRole).toString();
    return titles;
}

CopingStrategy draft(CopingCategory category, const QString& title) {
    CopingStrategy s;
    s.category = category;
    s.title = title;
    return s;
}

}  // namespace

TEST_CASE("The strategy model and its filter pass QAbstractItemModelTester through every change", "[toolbox]") {
    ModelFixture f;
    QAbstractItemModelTester sourceTester(f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&f.filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.model->rowCount() >= 48);

    const QString mine = f.model->add(draft(CopingCategory::EmotionalRelease, u"Write a letter I never send"_s));
    f.model->setFavourite(mine, true);
    const QString other = f.model->strategies().at(0).id;
    f.model->setFavourite(other, true);
    f.filter.setFamily(std::nullopt);
    CHECK(f.model->moveFavourite(other, -1));
    f.model->setHidden(other, true);
    f.filter.setShowHidden(true);
    f.filter.setSearchText(u"letter"_s);
    f.filter.setSearchText({});
    f.model->setHidden(other, false);
    const CopingStrategy removed = f.model->remove(mine);
    f.model->restore(removed);
    CopingStrategy changed = *f.model->strategy(mine);
    changed.category = CopingCategory::SafetyBox;
    changed.location = u"Desk drawer"_s;
    f.model->update(changed);
    f.filter.setFamily(CopingCategory::SafetyBox);
    f.model->reload();
    CHECK(f.model->strategy(mine)->location == u"Desk drawer"_s);
}

TEST_CASE("Roles give the idea's fields; the spoken text tells its state", "[toolbox]") {
    ModelFixture f;
    const QString id = f.model->add(draft(CopingCategory::SafetyBox, u"Soft blanket"_s));
    CopingStrategy s = *f.model->strategy(id);
    s.details = u"The grey one"_s;
    s.location = u"Wardrobe, top shelf"_s;
    f.model->update(s);
    f.model->setFavourite(id, true);
    const QModelIndex at = f.model->indexOf(id);
    REQUIRE(at.isValid());
    CHECK(at.data(Qt::DisplayRole).toString() == u"Soft blanket"_s);
    CHECK(at.data(StrategyModel::IdRole).toString() == id);
    CHECK(at.data(StrategyModel::CategoryRole).toInt() == int(CopingCategory::SafetyBox));
    CHECK(at.data(StrategyModel::DetailsRole).toString() == u"The grey one"_s);
    CHECK(at.data(StrategyModel::LocationRole).toString() == u"Wardrobe, top shelf"_s);
    CHECK(at.data(StrategyModel::FavouriteRole).toBool());
    CHECK(at.data(StrategyModel::FavouriteOrderRole).isValid());
    CHECK_FALSE(at.data(StrategyModel::BuiltinRole).toBool());
    CHECK_FALSE(at.data(StrategyModel::HiddenRole).toBool());
    const QString spoken = at.data(Qt::AccessibleTextRole).toString();
    CHECK(spoken.contains(u"The grey one"_s));
    CHECK(spoken.contains(u"Wardrobe, top shelf"_s));
    CHECK(spoken.contains(u"Favourite"_s));
    CHECK(f.model->roleNames().value(StrategyModel::TitleRole) == "title");
}

TEST_CASE("The filter shows one family in order, the favourites in theirs, hidden ones on request", "[toolbox]") {
    ModelFixture f;
    f.filter.setFamily(CopingCategory::Distraction);
    const QStringList distraction = titlesShown(f.filter);
    REQUIRE(distraction.size() >= 12);
    QStringList fromStore;
    for (const auto& s : f.store->all())
        if (s.category == CopingCategory::Distraction) fromStore << s.title;
    CHECK(distraction == fromStore);

    // Favourites: in the person's order, whatever their family.
    const QString a = f.model->strategies().at(2).id;
    const QString b = f.model->add(draft(CopingCategory::SelfSoothing, u"Warm socks"_s));
    f.model->setFavourite(a, true);
    f.model->setFavourite(b, true);
    f.filter.setFamily(std::nullopt);
    CHECK(titlesShown(f.filter) == QStringList{f.model->strategy(a)->title, u"Warm socks"_s});
    f.model->moveFavourite(b, -1);
    CHECK(titlesShown(f.filter) == QStringList{u"Warm socks"_s, f.model->strategy(a)->title});

    // Hidden: gone from view until asked for.
    f.model->setHidden(b, true);
    CHECK(titlesShown(f.filter) == QStringList{f.model->strategy(a)->title});
    f.filter.setShowHidden(true);
    CHECK(titlesShown(f.filter).size() == 2);

    // A search looks through every family, in title, details and place.
    f.filter.setFamily(CopingCategory::Sensory);
    f.filter.setSearchText(u"  WARM  socks "_s);
    CHECK(titlesShown(f.filter) == QStringList{u"Warm socks"_s});
    f.filter.setSearchText(u"no such words at all"_s);
    CHECK(f.filter.rowCount() == 0);
}

TEST_CASE("The model refuses bad input without changing a row", "[toolbox]") {
    ModelFixture f;
    QSignalSpy inserted(f.model, &QAbstractItemModel::rowsInserted);
    const int before = f.model->rowCount();
    CHECK_THROWS_AS(f.model->add(draft(CopingCategory::Sensory, u""_s)), InvalidStrategy);
    CHECK_THROWS_AS(f.model->add(draft(f.model->strategies().at(0).category, f.model->strategies().at(0).title)),
                    InvalidStrategy);
    CHECK(f.model->rowCount() == before);
    CHECK(inserted.isEmpty());
    CHECK_THROWS_AS(f.model->remove(f.model->strategies().at(0).id), Error);  // built-in
    CHECK(f.model->rowCount() == before);
}

TEST_CASE("Pick one never offers a hidden idea", "[toolbox]") {
    ModelFixture f;
    QList<QString> sensory;
    for (const auto& s : f.model->strategies())
        if (s.category == CopingCategory::Sensory) sensory << s.id;
    for (qsizetype i = 1; i < sensory.size(); ++i) f.model->setHidden(sensory.at(i), true);
    QRandomGenerator random(3);
    for (int i = 0; i < 30; ++i) CHECK(f.model->pick(CopingCategory::Sensory, random)->id == sensory.at(0));
}
