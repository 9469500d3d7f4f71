#include "domain/CopingStrategy.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <map>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

CopingStrategy idea(const QString& id, CopingCategory category, bool favourite = false, bool hidden = false) {
    CopingStrategy s;
    s.id = id;
    s.category = category;
    s.title = id;
    s.favourite = favourite;
    s.hidden = hidden;
    return s;
}

bool hasProblem(const QList<CopingStrategy::Problem>& problems, CopingStrategy::Field field) {
    return std::any_of(problems.cbegin(), problems.cend(), [field](const auto& p) { return p.field == field; });
}

}  // namespace

TEST_CASE("A coping idea needs a title, trimmed, of at most 120 characters", "[toolbox]") {
    CopingStrategy s;
    s.title = u"   "_s;
    auto problems = s.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().field == CopingStrategy::Field::Title);
    CHECK_FALSE(problems.constFirst().message.isEmpty());

    s.title = u"  Hold an ice cube  "_s;
    CHECK(s.problems().isEmpty());
    CHECK(s.trimmed().title == u"Hold an ice cube"_s);

    s.title = QString(120, u'a');
    CHECK(s.problems().isEmpty());
    s.title = QString(121, u'a');
    CHECK(hasProblem(s.problems(), CopingStrategy::Field::Title));
    CHECK(s.problems().constFirst().message.contains(u"120"_s));
    // Spaces around do not count against the limit.
    s.title = u"  "_s + QString(120, u'a') + u"  "_s;
    CHECK(s.problems().isEmpty());
}

TEST_CASE("Details of at most 2,000 characters, a place of at most 200", "[toolbox]") {
    CopingStrategy s;
    s.title = u"Blanket"_s;
    s.details = QString(2000, u'x');
    s.location = QString(200, u'y');
    CHECK(s.problems().isEmpty());
    s.details = QString(2001, u'x');
    s.location = QString(201, u'y');
    const auto problems = s.problems();
    CHECK(hasProblem(problems, CopingStrategy::Field::Details));
    CHECK(hasProblem(problems, CopingStrategy::Field::Location));
    CHECK_FALSE(hasProblem(problems, CopingStrategy::Field::Title));
}

TEST_CASE("Titles are the same whatever their case and spacing", "[toolbox]") {
    CHECK(CopingStrategy::sameTitle(u"Go for a walk"_s, u"  go FOR   a walk "_s));
    CHECK_FALSE(CopingStrategy::sameTitle(u"Go for a walk"_s, u"Go for a run"_s));
}

TEST_CASE("Pick one: only visible ideas of the family asked for", "[toolbox]") {
    const QList<CopingStrategy> all{idea(u"a"_s, CopingCategory::Sensory), idea(u"b"_s, CopingCategory::Distraction),
                                    idea(u"c"_s, CopingCategory::Distraction, false, true)};
    QRandomGenerator random(7);
    for (int i = 0; i < 50; ++i) {
        const auto picked = CopingStrategy::pick(all, CopingCategory::Distraction, random);
        REQUIRE(picked);
        CHECK(picked->id == u"b"_s);
    }
    CHECK_FALSE(CopingStrategy::pick(all, CopingCategory::SafetyBox, random));
    CHECK_FALSE(CopingStrategy::pick({}, std::nullopt, random));
    // "Another" gives another when there is one, and the same when there is not.
    CHECK(CopingStrategy::pick(all, std::nullopt, random, u"a"_s)->id == u"b"_s);
    CHECK(CopingStrategy::pick(all, CopingCategory::Sensory, random, u"a"_s)->id == u"a"_s);
}

TEST_CASE("Pick one favours favourites", "[toolbox]") {
    QList<CopingStrategy> all;
    for (int i = 0; i < 4; ++i) all.append(idea(QString::number(i), CopingCategory::SelfSoothing));
    all.append(idea(u"fav"_s, CopingCategory::SelfSoothing, true));
    QRandomGenerator random(42);
    std::map<QString, int> counts;
    const int draws = 7000;
    for (int i = 0; i < draws; ++i) ++counts[CopingStrategy::pick(all, std::nullopt, random)->id];
    // Weights 3 : 1 : 1 : 1 : 1, so about 3000 against about 1000 each.
    CHECK(counts[u"fav"_s] > 2600);
    CHECK(counts[u"fav"_s] < 3400);
    for (int i = 0; i < 4; ++i) {
        CHECK(counts[QString::number(i)] > 800);
        CHECK(counts[QString::number(i)] < 1200);
    }
}
