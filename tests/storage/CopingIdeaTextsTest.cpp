#include "domain/CopingIdeaTexts.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StrategyStore.h"
#include "storage/Translations.h"
#include "support/RawKeys.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct SeededDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    StrategyStore store{db};
    SeededDb() { Migrations::migrate(db); }
};

CopingStrategy byKey(StrategyStore& store, const QString& key) {
    for (const CopingStrategy& s : store.all())
        if (s.builtinKey == key) return s;
    FAIL("no built-in idea " << key.toStdString());
    return {};
}

}  // namespace

TEST_CASE("The translatable texts are exactly the ones in ideas.json", "[toolbox][german]") {
    const QList<CopingIdea> shipped = StrategyStore::bundledIdeas();
    const QList<CopingIdea> texts = CopingIdeaTexts::english();
    REQUIRE(texts.size() == shipped.size());
    for (qsizetype i = 0; i < shipped.size(); ++i) {
        INFO(shipped.at(i).id.toStdString());
        CHECK(texts.at(i).id == shipped.at(i).id);
        CHECK(texts.at(i).title == shipped.at(i).title);
        CHECK(texts.at(i).details == shipped.at(i).details);
    }
}

TEST_CASE("Without a translator the built-in texts are shown as stored", "[toolbox]") {
    SeededDb t;
    for (const CopingStrategy& s : t.store.all()) CHECK(CopingIdeaTexts::shown(s) == s);
}

TEST_CASE("In German every built-in idea is shown in German; the database keeps the seed text", "[toolbox][german]") {
    SeededDb t;
    const QList<CopingStrategy> stored = t.store.all();
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    for (const CopingStrategy& s : stored) {
        INFO(s.builtinKey.toStdString());
        const CopingStrategy shown = CopingIdeaTexts::shown(s);
        CHECK(shown.title != s.title);
        CHECK(shown.details != s.details);
        CHECK_FALSE(shown.title.isEmpty());
        CHECK(shown.title.size() <= CopingStrategy::kMaxTitle);
        CHECK(shown.details.size() <= CopingStrategy::kMaxDetails);
        // The words the glossary forbids (docs/translation-glossary.md).
        for (const QString& word : {u"rückfallfrei"_s, u"Serie"_s, u"versagt"_s, u"Versagen"_s, u"clean"_s})
            CHECK_FALSE((shown.title + shown.details).contains(word, Qt::CaseInsensitive));
        // What was translated maps back to the seed text, so saving it unchanged stays built-in.
        CHECK(CopingIdeaTexts::forStoring(shown) == s);
    }
    // Showing never writes: what is stored (and exported) is still the seed text.
    CHECK(t.store.all() == stored);
}

TEST_CASE("An idea the person edited keeps their words in every language", "[toolbox][german]") {
    SeededDb t;
    CopingStrategy ice = byKey(t.store, u"sensory-ice-cube"_s);
    const QString englishDetails = ice.details;
    ice.title = u"The kitchen tap, not the bathroom one"_s;
    t.store.update(ice);

    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    const CopingStrategy shown = CopingIdeaTexts::shown(byKey(t.store, u"sensory-ice-cube"_s));
    CHECK(shown.title == u"The kitchen tap, not the bathroom one"_s);  // their words
    CHECK(shown.details != englishDetails);                            // untouched text still follows the language

    // Saving the German text unchanged from an editor stores the seed text again...
    CopingStrategy edited = CopingIdeaTexts::forStoring(shown);
    CHECK(edited.details == englishDetails);
    // ...while German the person typed is theirs, and stays even in English.
    edited.details = shown.details + u" Mit Musik."_s;
    t.store.update(CopingIdeaTexts::forStoring(edited));
    CHECK(byKey(t.store, u"sensory-ice-cube"_s).details == edited.details);
}

TEST_CASE("An idea of one's own with a built-in's words is not translated", "[toolbox]") {
    SeededDb t;
    CopingStrategy own;
    own.category = CopingCategory::Distraction;
    own.title = u"Chew strong mint gum"_s;  // same words, but no built-in key
    const Translations german(u"de"_s);
    CHECK(CopingIdeaTexts::shown(own).title == u"Chew strong mint gum"_s);
    CHECK(CopingIdeaTexts::title(u"no-such-idea"_s, u"Chew strong mint gum"_s) == u"Chew strong mint gum"_s);
}

TEST_CASE("A new idea with a built-in's German title is a duplicate in German", "[toolbox][german]") {
    SeededDb t;
    CopingStrategy own;
    own.category = CopingCategory::Sensory;
    own.title = u"kühl deine  Hände unter fließendem Wasser"_s;
    CHECK(t.store.problems(own).isEmpty());  // in English it is a different title
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    const auto problems = t.store.problems(own);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().field == CopingStrategy::Field::Title);
    own.category = CopingCategory::Distraction;  // another family: fine
    CHECK(t.store.problems(own).isEmpty());
}

TEST_CASE("No built-in idea holds cold against the skin or asks for force, in English or German", "[toolbox][german]") {
    // Ice held until it melts, or something frozen in the bare hand, imitates what these
    // ideas stand in for; "as hard as you can" and "until it tingles" ask for pain. Cold
    // that is drunk, runs over the hands or comes wrapped in cloth is fine.
    static const QRegularExpression held(
        u"ice[- ]?cubes?|frozen|\\bmelt|as hard as|until your hands|tingle|\\bsharp|"
        u"Eisw\u00fcrfel|gefroren|schmelz|so fest du kannst|Kribbeln|bis deine H\u00e4nde"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto check = [](const QString& id, const QString& text) {
        INFO(id.toStdString() << ": " << text.toStdString());
        CHECK_FALSE(held.match(text).hasMatch());
    };
    QList<CopingIdea> english = StrategyStore::bundledIdeas();
    for (const CopingIdea& idea : std::as_const(english)) check(idea.id, idea.title + u' ' + idea.details);
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    for (const CopingIdea& idea : std::as_const(english)) {
        const CopingIdea shown = CopingIdeaTexts::shown(idea);
        check(idea.id, shown.title + u' ' + shown.details);
    }
    // The two ideas with force in them say where to stop, in both languages.
    for (const char* key : {"sensory-squeeze-ball", "sensory-clap-hands"}) {
        const auto found = std::find_if(english.cbegin(), english.cend(),
                                        [key](const CopingIdea& i) { return i.id == QLatin1String(key); });
        REQUIRE(found != english.cend());
        CHECK(found->details.endsWith(u"Stop if it hurts."_s));
        CHECK(CopingIdeaTexts::shown(*found).details.endsWith(u"H\u00f6r auf, wenn es wehtut."_s));
    }
}
