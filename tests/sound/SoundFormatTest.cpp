// What a sound file is, from its bytes: Ogg Opus and WAV are kept, everything else is
// refused kindly, as are files too large to keep, damaged ones and WAVs stored in a way
// Mooring cannot read.
#include "ToneWav.h"

#include "sound/SoundCompression.h"
#include "sound/SoundDecoder.h"
#include "sound/SoundFormat.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace mooring;
using namespace mooring::sound;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray oggOpusTone() { return compressWav(test::toneWav({.seconds = 0.5})).oggOpus; }

// The first page of an Ogg stream whose first packet starts with `packet`.
QByteArray oggPage(const QByteArray& packet) {
    QByteArray page("OggS");
    page.append(char(0)).append(char(2));  // version, "first page"
    page.append(QByteArray(8 + 4 + 4 + 4, '\0'));
    page.append(char(1)).append(char(packet.size()));
    return page + packet;
}

}  // namespace

TEST_CASE("Ogg Opus and WAV are told from their bytes, whatever they are called", "[sound][format]") {
    CHECK(recogniseSound(oggOpusTone()) == SoundKind::OggOpus);
    CHECK(recogniseSound(test::toneWav({})) == SoundKind::Wav);
    CHECK(mimeTypeOf(SoundKind::OggOpus) == u"audio/ogg"_s);
    CHECK(mimeTypeOf(SoundKind::Wav) == u"audio/wav"_s);
    CHECK(mimeTypeOf(SoundKind::Other).isEmpty());

    const SoundCheck opus = checkSound(oggOpusTone());
    CHECK(opus.accepted());
    CHECK(opus.mimeType == u"audio/ogg"_s);
    CHECK(opus.length == 500ms);
    const SoundCheck wav = checkSound(test::toneWav({.sampleRate = 44100, .channels = 2, .seconds = 2}));
    CHECK(wav.accepted());
    CHECK(wav.mimeType == u"audio/wav"_s);
    CHECK(wav.length == 2000ms);
}

TEST_CASE("MP3, M4A, Vorbis, FLAC and random bytes are refused with a kind sentence", "[sound][format]") {
    QByteArray random(4096, '\0');
    for (char& c : random) c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray mp3WithTag = QByteArray("ID3\x03\x00\x00\x00\x00\x00\x00", 10) + random;
    const QByteArray mp3Frame = QByteArray("\xff\xfb\x90\x64", 4) + random;
    const QByteArray m4a = QByteArray(
                               "\x00\x00\x00\x20"
                               "ftypM4A ",
                               12) +
                           random;
    const QByteArray flac = "fLaC" + random;
    const QByteArray vorbis = oggPage("\x01vorbis" + random.left(30));
    for (const QByteArray& bytes : {mp3WithTag, mp3Frame, m4a, flac, vorbis, random, QByteArray()}) {
        CHECK(recogniseSound(bytes) == SoundKind::Other);
        const SoundCheck check = checkSound(bytes);
        CHECK_FALSE(check.accepted());
        CHECK(check.mimeType.isEmpty());
        CHECK(check.refusal.contains(u"Opus"_s));
        CHECK(check.refusal.contains(u"WAV"_s));
    }
}

TEST_CASE("A sound file over 25 MB is refused, saying what would help", "[sound][format]") {
    QByteArray big = test::wavHeader(48000, 2, 16, false, 0);
    big.resize(kMaxSoundFileBytes + 1);
    const SoundCheck check = checkSound(big);
    CHECK_FALSE(check.accepted());
    CHECK(check.refusal.contains(u"25 MB"_s));
    // One byte less is judged on what it holds (here: a WAV with nothing in it).
    big.resize(kMaxSoundFileBytes);
    CHECK_FALSE(checkSound(big).refusal.contains(u"25 MB"_s));
}

TEST_CASE("A damaged WAV, an empty one and a compressed one are refused, each with its reason", "[sound][format]") {
    const QByteArray noData = QByteArray("RIFF\x04\x00\x00\x00WAVE", 12);
    CHECK(checkSound(noData).refusal.contains(u"damaged"_s));

    CHECK(checkSound(test::wavHeader(48000, 1, 16, false, 0)).refusal.contains(u"no sound"_s));

    QByteArray adpcm = test::toneWav({});
    adpcm[20] = 2;  // format tag 2: Microsoft ADPCM
    CHECK(checkSound(adpcm).refusal.contains(u"ordinary WAV"_s));

    QByteArray sixChannels = test::toneWav({});
    sixChannels[22] = 6;
    CHECK_FALSE(checkSound(sixChannels).accepted());
}

TEST_CASE("An Ogg Opus stream cut short plays what it has or is refused, never more", "[sound][format]") {
    const QByteArray whole = compressWav(test::toneWav({.seconds = 2})).oggOpus;
    for (const qsizetype keep : {whole.size() / 2, qsizetype(60), qsizetype(30)}) {
        const SoundCheck check = checkSound(whole.left(keep));
        if (check.accepted()) {
            CHECK(check.length < 2000ms);
        } else {
            CHECK_FALSE(check.refusal.isEmpty());
        }
    }
    QByteArray scrambled = whole;
    for (qsizetype i = 200; i < scrambled.size(); i += 7) scrambled[i] = char(scrambled[i] ^ 0x5a);
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(scrambled, &why);
    if (decoder) {
        std::vector<qint16> block(4096);
        int frames = 0;
        qint64 total = 0;
        while ((frames = decoder->read(block.data(), 2048)) > 0) total += frames;
        CHECK(total <= 2 * 48000);
    }
}

TEST_CASE("A WAV with chunks of other programs, or its format after the samples, is read", "[sound][format]") {
    const QByteArray plain = test::toneWav({.seconds = 0.25});
    const QByteArray fmt = plain.mid(12, 24);  // "fmt " and its 16 bytes
    const QByteArray data = plain.mid(36);     // "data", its length and the samples
    const QByteArray list = QByteArray(
        "LIST\x03\x00\x00\x00"
        "abc\x00",
        12);  // odd length, padded
    QByteArray reordered = QByteArray("RIFF\x00\x00\x00\x00WAVE", 12) + list + data + fmt;
    const SoundCheck check = checkSound(reordered);
    CHECK(check.accepted());
    CHECK(check.length == 250ms);
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(reordered, &why);
    REQUIRE(decoder);
    std::vector<qint16> samples(12000);
    REQUIRE(decoder->read(samples.data(), 12000) == 12000);
    CHECK(samples == test::toneSamples({.seconds = 0.25}));
}
