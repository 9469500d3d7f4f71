// The speech libraries are opened when first needed: what a missing library or function
// becomes (a sentence, never a crash), and that real functions are found by their names.
#include "sound/RuntimeLibrary.h"

#include <catch2/catch.hpp>

#include <espeak-ng/speak_lib.h>

using namespace mooring::sound;
using namespace Qt::StringLiterals;

TEST_CASE("A library that is not installed gives a sentence naming it and its package", "[speech]") {
    RuntimeLibrary library("libmooring-no-such-voice.so.7", "mooring-no-such-package");
    CHECK(library.function<int (*)()>("espeak_Synth") == nullptr);
    const QString why = library.why();
    CHECK(why.contains(u"libmooring-no-such-voice.so.7"_s));
    CHECK(why.contains(u"mooring-no-such-package"_s));
}

TEST_CASE("A function a library lacks is named; the ones it has are found", "[speech][espeak]") {
    RuntimeLibrary library("libespeak-ng.so.1", "libespeak-ng1");
    REQUIRE(library.why().isEmpty());
    CHECK(MOORING_RESOLVE(library, espeak_Info) != nullptr);
    CHECK(library.why().isEmpty());
    CHECK(library.function<void (*)()>("espeak_mooring_never_had_this") == nullptr);
    CHECK(library.why().contains(u"espeak_mooring_never_had_this"_s));
    CHECK(library.why().contains(u"libespeak-ng1"_s));
}
