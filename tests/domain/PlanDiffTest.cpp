#include "domain/Contact.h"
#include "domain/PlanDiff.h"
#include "domain/SafetyPlan.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {
using Kind = ItemChange::Kind;
}

TEST_CASE("plan diff: identical lists have no changes", "[plan]") {
    const QStringList a{u"walk"_s, u"music"_s};
    CHECK(planDiff::items(a, a).isEmpty());
    CHECK(planDiff::items({}, {}).isEmpty());
}

TEST_CASE("plan diff: additions, removals and rewordings are told apart", "[plan]") {
    const QStringList before{u"I stop answering messages"_s, u"I stay in bed all day"_s, u"Loud music"_s,
                             u"Call Sam"_s};
    const QStringList after{u"I stop answering my messages"_s, u"Loud music"_s, u"Call Sam"_s, u"Walk to the park"_s};
    const QList<ItemChange> changes = planDiff::items(before, after);
    const QList<ItemChange> expected{
        {Kind::Reworded, u"I stop answering messages"_s, u"I stop answering my messages"_s},
        {Kind::Removed, u"I stay in bed all day"_s, {}},
        {Kind::Added, {}, u"Walk to the park"_s},
    };
    CHECK(changes == expected);
}

TEST_CASE("plan diff: a replacement that reads differently is a removal and an addition", "[plan]") {
    const QList<ItemChange> changes = planDiff::items({u"Call Sam"_s}, {u"Bake bread with grandma"_s});
    const QList<ItemChange> expected{{Kind::Removed, u"Call Sam"_s, {}},
                                     {Kind::Added, {}, u"Bake bread with grandma"_s}};
    CHECK(changes == expected);
}

TEST_CASE("plan diff: similarity is shared characters", "[plan]") {
    CHECK(planDiff::similarity(u"abc"_s, u"abc"_s) == Approx(1.0));
    CHECK(planDiff::similarity(u"abc"_s, u"xyz"_s) == Approx(0.0));
    CHECK(planDiff::similarity(u"abcd"_s, u"abxy"_s) == Approx(0.5));
}

TEST_CASE("plan diff: whole plans give every section in order", "[plan]") {
    SafetyPlan a;
    SafetyPlan b;
    b.items(PlanSection::ReasonsForLiving) = {u"My dog"_s};
    const QList<SectionDiff> diff = planDiff::plans(a, b);
    REQUIRE(diff.size() == kPlanSectionCount);
    CHECK(diff.first().section == PlanSection::WarningSigns);
    CHECK(diff.first().changes.isEmpty());
    CHECK(diff.last().section == PlanSection::ReasonsForLiving);
    CHECK(diff.last().changes == QList<ItemChange>{{Kind::Added, {}, u"My dog"_s}});
}

TEST_CASE("safety plan: sections, keys and limits", "[plan]") {
    const QList<PlanSection> all = planSections::all();
    REQUIRE(all.size() == kPlanSectionCount);
    QStringList keys;
    for (PlanSection s : all) {
        keys.append(planSections::key(s));
        CHECK_FALSE(planSections::title(s).isEmpty());
        CHECK_FALSE(planSections::prompt(s).isEmpty());
        CHECK(planSections::examples(s).size() >= 1);
        PlanSection back{};
        CHECK(planSections::fromKey(planSections::key(s), &back));
        CHECK(back == s);
    }
    CHECK(keys == QStringList{u"warning_signs"_s, u"internal_coping"_s, u"social_distraction"_s, u"people_to_ask"_s,
                              u"professionals"_s, u"safe_environment"_s, u"reasons_for_living"_s});

    SafetyPlan plan;
    CHECK(plan.isEmpty());
    CHECK(plan.problems().isEmpty());  // an empty plan can be saved
    plan.items(PlanSection::WarningSigns) = {u"  ok  "_s, u"   "_s, QString(kMaxPlanItemLength, u'a')};
    CHECK(plan.problems().isEmpty());
    CHECK(plan.normalized().items(PlanSection::WarningSigns) ==
          QStringList{u"ok"_s, QString(kMaxPlanItemLength, u'a')});
    plan.items(PlanSection::WarningSigns).append(QString(kMaxPlanItemLength + 1, u'b'));
    REQUIRE(plan.problems().size() == 1);
    CHECK(plan.problems().first().index == 3);
    CHECK(plan.problems().first().message.contains(QString::number(kMaxPlanItemLength)));
}

TEST_CASE("contact: name needed, letters in a phone only get a note", "[plan]") {
    Contact c;
    CHECK(c.problems().size() == 1);
    c.name = u"Sam"_s;
    c.phone = u"ask at reception"_s;
    CHECK(c.problems().isEmpty());
    CHECK_FALSE(Contact::phoneNote(c.phone).isEmpty());
    CHECK(Contact::phoneNote(u"+44 7700 900123"_s).isEmpty());
    CHECK(c.asPlanItem() == u"Sam, ask at reception"_s);
    c.note = QString(kMaxContactNoteLength + 1, u'x');
    REQUIRE(c.problems().size() == 1);
    CHECK(c.problems().first().field == Contact::Field::Note);
    for (ContactRole r : Contact::allRoles()) {
        ContactRole back{};
        CHECK(Contact::roleFromKey(Contact::roleKey(r), &back));
        CHECK(back == r);
    }
}
