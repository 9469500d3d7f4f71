#include "domain/JournalEntry.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(21, 40), Qt::OffsetFromUTC, 3600);

JournalEntry quick(int urge) {
    JournalEntry e;
    e.occurredAt = kNow;
    e.urge = urge;
    return e;
}

QList<JournalEntry::Field> fields(const QList<JournalEntry::Problem>& problems) {
    QList<JournalEntry::Field> out;
    for (const auto& p : problems) out << p.field;
    return out;
}

}  // namespace

TEST_CASE("A quick entry needs nothing but the urge", "[journal]") {
    CHECK(quick(0).problems(kNow).isEmpty());
    CHECK(quick(10).problems(kNow).isEmpty());

    JournalEntry none = quick(0);
    none.urge.reset();
    const auto problems = none.problems(kNow);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == JournalEntry::Field::Urge);
    CHECK(problems.first().message.contains(u"0 to 10"_s));
}

TEST_CASE("An urge outside 0-10 is refused with a message naming the value", "[journal]") {
    for (int urge : {-1, 11, 14}) {
        const auto problems = quick(urge).problems(kNow);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == JournalEntry::Field::Urge);
        CHECK(problems.first().message.contains(QString::number(urge)));
    }
}

TEST_CASE("A time more than a day ahead is refused; within a day is fine", "[journal]") {
    JournalEntry e = quick(5);
    e.occurredAt = kNow.addSecs(23 * 3600);
    CHECK(e.problems(kNow).isEmpty());
    e.occurredAt = kNow.addSecs(24 * 3600 + 60);
    CHECK(fields(e.problems(kNow)) == QList{JournalEntry::Field::OccurredAt});
    e.occurredAt = QDateTime();
    CHECK(fields(e.problems(kNow)) == QList{JournalEntry::Field::OccurredAt});
}

TEST_CASE("Texts longer than 20,000 characters are refused, each naming its field", "[journal]") {
    const QString longText(JournalEntry::kMaxText + 1, u'a');
    const QString justFits(JournalEntry::kMaxText, u'a');
    JournalEntry e = quick(3);
    e.situation = justFits;
    e.thoughts = u"  "_s + justFits + u"  "_s;  // trimmed first
    CHECK(e.problems(kNow).isEmpty());

    e.situation = longText;
    e.thoughts = longText;
    e.notes = longText;
    e.feelings = {u"sad"_s, longText};
    e.triggers = {longText};
    e.tried = {{{}, longText, 4}};
    const auto problems = e.problems(kNow);
    CHECK(fields(problems) == QList{JournalEntry::Field::Situation, JournalEntry::Field::Thoughts,
                                    JournalEntry::Field::Feelings, JournalEntry::Field::Triggers,
                                    JournalEntry::Field::Tried, JournalEntry::Field::Notes});
    CHECK(problems.at(0).message.contains(u"What was happening"_s));
    CHECK(problems.at(0).message.contains(u"20,001"_s));
    CHECK(problems.at(2).index == 1);
    CHECK(problems.at(5).message.contains(u"Notes"_s));
}

TEST_CASE("\"How much did it help?\" must be 0-10 or not said", "[journal]") {
    JournalEntry e = quick(6);
    e.tried = {{u"idea-1"_s, {}, std::nullopt}, {{}, u"went for a walk"_s, 0}, {{}, u"music"_s, 10}};
    CHECK(e.problems(kNow).isEmpty());
    e.tried.append({{}, u"tea"_s, 12});
    const auto problems = e.problems(kNow);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == JournalEntry::Field::Tried);
    CHECK(problems.first().index == 3);
}

TEST_CASE("Trimming: texts, one-line tags without repeats, empty tried items dropped, whole seconds", "[journal]") {
    JournalEntry e = quick(4);
    e.occurredAt = kNow.addMSecs(789);
    e.situation = u"  at home \n"_s;
    e.feelings = {u" lonely "_s, u"Lonely"_s, u""_s, u"  angry\n and tired "_s};
    e.triggers = {u"argument"_s, u"  "_s, u"ARGUMENT "_s};
    e.tried = {{u" "_s, u"  "_s, 3}, {u"idea"_s, u"also words"_s, 2}, {{}, u" walk "_s, std::nullopt}};
    const JournalEntry t = e.trimmed();
    CHECK(t.situation == u"at home"_s);
    CHECK(t.feelings == QStringList{u"lonely"_s, u"angry and tired"_s});
    CHECK(t.triggers == QStringList{u"argument"_s});
    REQUIRE(t.tried.size() == 2);
    CHECK(t.tried.at(0) == TriedItem{u"idea"_s, {}, 2});
    CHECK(t.tried.at(1) == TriedItem{{}, u"walk"_s, std::nullopt});
    CHECK(t.occurredAt == kNow);
    CHECK(t.occurredAt.offsetFromUtc() == 3600);
}

TEST_CASE("Equality keeps the person's offset: the same instant elsewhere is another entry", "[journal]") {
    JournalEntry a = quick(5);
    JournalEntry b = a;
    CHECK(a == b);
    b.occurredAt = a.occurredAt.toOffsetFromUtc(0);
    CHECK(b.occurredAt == a.occurredAt);  // the same instant...
    CHECK_FALSE(a == b);                  // ...but not the same local time of day
}

TEST_CASE("Outcome names follow the export format", "[journal]") {
    for (JournalOutcome o : {JournalOutcome::Passed, JournalOutcome::Coped, JournalOutcome::Acted})
        CHECK(JournalEntry::outcomeFromName(JournalEntry::outcomeName(o)) == o);
    CHECK(JournalEntry::outcomeName(JournalOutcome::Acted) == u"acted"_s);
    CHECK_FALSE(JournalEntry::outcomeFromName(u"failed"_s).has_value());
    CHECK_FALSE(JournalEntry::outcomeFromName(QString()).has_value());
}

TEST_CASE("A new entry's time carries the computer's offset at that moment", "[journal]") {
    const QDateTime moment = QDateTime::currentDateTime();
    const QDateTime withOffset = JournalEntry::withLocalOffset(moment);
    CHECK(withOffset == moment);
    CHECK(withOffset.timeSpec() != Qt::LocalTime);  // fixed: it must not follow later zone changes
    CHECK(withOffset.offsetFromUtc() == moment.offsetFromUtc());
}

TEST_CASE("The suggested feelings are a short list of plain words", "[journal]") {
    const QStringList feelings = JournalEntry::suggestedFeelings();
    CHECK(feelings.size() >= 8);
    CHECK(feelings.size() <= 14);
    QStringList unique = feelings;
    CHECK(unique.removeDuplicates() == 0);
}
