// What "Read this to me" reads: only the help screen's own sentences, the plan's items and
// built-in library pages, in order, and never text the person wrote privately.
#include "FakeSpeaker.h"

#include "domain/JournalEntry.h"
#include "speech/Script.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSignalSpy>

#include <type_traits>

using namespace mooring;
using namespace mooring::speech;
using namespace Qt::StringLiterals;

namespace {

// Whether Script::add would accept a T; a deleted overload counts as refused.
template <typename T>
constexpr bool scriptTakes = requires(Script& script, const T& value) {
    script.add(value);
};

}  // namespace

// The guarantee is made by the compiler: these lines are the proof, checked at build time.
static_assert(scriptTakes<HelpText>);
static_assert(!scriptTakes<QString>);
static_assert(!scriptTakes<QStringList>);
static_assert(!scriptTakes<QByteArray>);
static_assert(!scriptTakes<const char*>);
static_assert(!scriptTakes<JournalEntry>);
static_assert(!std::is_constructible_v<HelpText, QString>);
static_assert(!std::is_constructible_v<HelpText, const char*, QString>);
static_assert(!std::is_convertible_v<QString, Script>);

TEST_CASE("A breathing cue, a grounding step and a check-in are read in the order given", "[speech][script]") {
    Script script;
    script.add({HelpText{"mooring::test", "Breathe in slowly."}, HelpText{"mooring::test", "And out again."}})
        .add(HelpText{"mooring::test", "Name   five things\nyou can see."})
        .add(HelpText{"mooring::test", "%1 minutes have passed. You are still here."}.withNumber(5))
        .add(HelpText{"mooring::test", "%n minute(s) to go."}.withNumber(3));
    CHECK(script.utterances() == QStringList{u"Breathe in slowly."_s, u"And out again."_s,
                                             u"Name five things you can see."_s,
                                             u"5 minutes have passed. You are still here."_s, u"3 minute(s) to go."_s});
}

TEST_CASE("The plan is read section by section, item by item", "[speech][script]") {
    SafetyPlan plan;
    plan.items(PlanSection::InternalCoping) = {u"Listen to the blue playlist"_s, u"  "_s, u"Cold water on my face"_s};
    plan.items(PlanSection::PeopleToAsk) = {u"Sam"_s};

    Script whole;
    whole.addPlanSection(plan, PlanSection::InternalCoping);
    CHECK(whole.utterances() == QStringList{planSections::title(PlanSection::InternalCoping),
                                            u"Listen to the blue playlist"_s, u"Cold water on my face"_s});

    Script oneStep;
    oneStep.addPlanItem(plan, PlanSection::PeopleToAsk, 0)
        .addPlanItem(plan, PlanSection::PeopleToAsk, 1)    // past the end: nothing
        .addPlanItem(plan, PlanSection::PeopleToAsk, -1);  // before the start: nothing
    CHECK(oneStep.utterances() == QStringList{u"Sam"_s});
}

TEST_CASE("A library page is read paragraph by paragraph, without its marks", "[speech][script]") {
    Script script;
    REQUIRE(script.addLibraryPage(u"urges"_s));
    const QStringList& said = script.utterances();
    REQUIRE(said.size() > 8);
    CHECK(said.first() == u"Why urges rise, and why they pass"_s);
    CHECK(said.contains(u"Get some distance. Go to another room, or somewhere with other people."_s));
    for (const QString& utterance : said) {
        INFO(utterance.toStdString());
        CHECK_FALSE(utterance.contains(u'#'));
        CHECK_FALSE(utterance.contains(u"**"_s));
        CHECK_FALSE(utterance.startsWith(u"- "_s));
    }

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Script german;
    const bool found = german.addLibraryPage(u"urges"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    REQUIRE(found);
    CHECK(german.utterances().first() == u"Warum der Drang kommt und warum er wieder geht"_s);
}

TEST_CASE("Only a built-in page can be read: an unknown id or a path adds nothing", "[speech][script]") {
    Script script;
    CHECK_FALSE(script.addLibraryPage(u"no-such-page"_s));
    CHECK_FALSE(script.addLibraryPage(u"../library/urges"_s));
    CHECK_FALSE(script.addLibraryPage(u"/etc/passwd"_s));
    CHECK_FALSE(script.addLibraryPage(u"Urges"_s));
    CHECK_FALSE(script.addLibraryPage(QString()));
    CHECK(script.isEmpty());
}

TEST_CASE("A speaker is handed the script's utterances and stops at once", "[speech][script]") {
    test::FakeSpeaker speaker;
    QSignalSpy finished(&speaker, &Speaker::finished);
    Script script;
    script.add(HelpText{"mooring::test", "Breathe in."}).add(HelpText{"mooring::test", "Breathe out."});

    speaker.speak(script, Voice{u"de"_s, 80});
    CHECK(speaker.spoken == QStringList{u"Breathe in."_s, u"Breathe out."_s});
    CHECK(speaker.lastVoice.language == u"de"_s);
    CHECK(speaker.isSpeaking());

    speaker.stop();  // F12 or locking
    CHECK_FALSE(speaker.isSpeaking());
    speaker.finishReading();  // too late: nothing was still being read
    CHECK(finished.isEmpty());
    CHECK(speaker.stops == 1);

    speaker.speak(script, Voice{});
    speaker.finishReading();
    CHECK(finished.size() == 1);
}
