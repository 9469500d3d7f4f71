#include "domain/Medium.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

TEST_CASE("media kinds: names go both ways and each format belongs to one sort of kind", "[media]") {
    for (MediumKind kind : {MediumKind::Photo, MediumKind::Recording, MediumKind::Sound})
        CHECK(mediaKinds::fromName(mediaKinds::name(kind)) == kind);
    CHECK_FALSE(mediaKinds::fromName(u"Photo"_s));
    CHECK(mediaKinds::fits(MediumKind::Photo, u"image/jpeg"_s));
    CHECK(mediaKinds::fits(MediumKind::Photo, u"image/png"_s));
    CHECK_FALSE(mediaKinds::fits(MediumKind::Photo, u"audio/ogg"_s));
    CHECK(mediaKinds::fits(MediumKind::Recording, u"audio/ogg"_s));
    CHECK(mediaKinds::fits(MediumKind::Sound, u"audio/wav"_s));
    CHECK_FALSE(mediaKinds::fits(MediumKind::Sound, u"image/png"_s));
    CHECK_FALSE(mediaKinds::fits(MediumKind::Photo, u"image/gif"_s));
}

TEST_CASE("media kinds: the first bytes must be those of the format", "[media]") {
    CHECK(mediaKinds::looksLike(u"image/jpeg"_s, QByteArray("\xFF\xD8\xFF\xE1rest", 8)));
    CHECK_FALSE(mediaKinds::looksLike(u"image/jpeg"_s, "\x89PNG\r\n\x1A\n"));
    CHECK(mediaKinds::looksLike(u"image/png"_s, "\x89PNG\r\n\x1A\nIHDR"));
    CHECK(mediaKinds::looksLike(u"audio/ogg"_s, "OggS\x00"));
    CHECK(mediaKinds::looksLike(u"audio/wav"_s, QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16)));
    CHECK_FALSE(mediaKinds::looksLike(u"audio/wav"_s, QByteArray("RIFF\x10\0\0\0AVI LIST", 16)));
    CHECK_FALSE(mediaKinds::looksLike(u"audio/wav"_s, "RIFF"));
    CHECK_FALSE(mediaKinds::looksLike(u"image/gif"_s, "GIF89a"));
    CHECK_FALSE(mediaKinds::looksLike(u"image/jpeg"_s, {}));
}

TEST_CASE("a medium's caption is trimmed and kept within its limit", "[media]") {
    Medium m;
    m.kind = MediumKind::Photo;
    m.mime = u"image/jpeg"_s;
    m.caption = u"  Grandma's garden \n"_s;
    CHECK(m.trimmed().caption == u"Grandma's garden"_s);
    CHECK(m.problem().isEmpty());
    m.caption = QString(Medium::kMaxCaption, u'a') + u"  "_s;
    CHECK(m.problem().isEmpty());
    m.caption += u'b';
    CHECK(m.problem().contains(u"303"_s));  // the spaces inside count
    m.caption.clear();
    m.mime = u"audio/ogg"_s;
    CHECK_FALSE(m.problem().isEmpty());
}
