// A WAV added to the safety box is kept as Ogg Opus: the sound that comes back out has the
// same length, loudness and pitch as the one that went in.
#include "ToneWav.h"

#include "domain/Error.h"
#include "sound/SoundCompression.h"
#include "sound/SoundDecoder.h"
#include "sound/SoundFormat.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::sound;
using namespace std::chrono_literals;

namespace {

struct Decoded {
    std::vector<qint16> samples;
    int channels = 0;
    int sampleRate = 0;
    qint64 frames() const { return channels ? qint64(samples.size()) / channels : 0; }
};

Decoded decodeAll(const QByteArray& bytes) {
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(bytes, &why);
    INFO(why.toStdString());
    REQUIRE(decoder);
    Decoded out{{}, decoder->channels(), decoder->sampleRate()};
    std::vector<qint16> block(size_t(4800 * decoder->channels()));
    for (int frames = 0; (frames = decoder->read(block.data(), 4800)) > 0;)
        out.samples.insert(out.samples.end(), block.begin(), block.begin() + frames * decoder->channels());
    return out;
}

}  // namespace

TEST_CASE("A sine tone in WAV comes back from Ogg Opus as long, as loud and at the same pitch", "[sound][compress]") {
    const test::Tone tone{.sampleRate = 48000, .channels = 1, .seconds = 3.0, .frequency = 440.0, .amplitude = 0.5};
    const QByteArray wav = test::toneWav(tone);
    const CompressedSound sound = compressWav(wav);
    CHECK(sound.length == 3000ms);
    CHECK(recogniseSound(sound.oggOpus) == SoundKind::OggOpus);
    CHECK(sound.oggOpus.size() < wav.size() / 8);

    const Decoded back = decodeAll(sound.oggOpus);
    REQUIRE(back.channels == 1);
    REQUIRE(back.sampleRate == 48000);
    // Opus works in frames of 20 ms (960 samples at 48 kHz).
    CHECK(std::abs(back.frames() - 3 * 48000) <= 960);
    const double in = test::rms(test::toneSamples(tone));
    CHECK(test::rms(back.samples) == Approx(in).epsilon(0.1));
    CHECK(test::zeroCrossings(back.samples, 1) == Approx(2 * 440 * 3).epsilon(0.03));
}

TEST_CASE("A CD-quality stereo WAV is compressed with its rate and channels kept in mind", "[sound][compress]") {
    const test::Tone tone{.sampleRate = 44100, .channels = 2, .seconds = 2.0, .frequency = 1000.0, .amplitude = 0.3};
    const CompressedSound sound = compressWav(test::toneWav(tone));
    CHECK(sound.length == 2000ms);
    const Decoded back = decodeAll(sound.oggOpus);
    CHECK(back.channels == 2);
    CHECK(std::abs(back.frames() - 2 * 48000) <= 960);  // played at Opus's own 48 kHz
    CHECK(test::rms(back.samples) == Approx(test::rms(test::toneSamples(tone))).epsilon(0.1));
    CHECK(test::zeroCrossings(back.samples, 2) == Approx(2 * 1000 * 2).epsilon(0.03));
}

TEST_CASE("8, 24 and 32-bit and float WAVs are read as the same tone", "[sound][compress]") {
    const test::Tone reference{.seconds = 0.5, .frequency = 300.0, .amplitude = 0.4};
    const std::vector<qint16> expected = test::toneSamples(reference);
    for (const int bits : {8, 16, 24, 32, -32}) {
        INFO("bits " << bits);
        test::Tone tone = reference;
        tone.bitsPerSample = bits;
        const Decoded read = decodeAll(test::toneWav(tone));
        REQUIRE(read.samples.size() == expected.size());
        int worst = 0;
        for (size_t i = 0; i < expected.size(); ++i) worst = std::max(worst, std::abs(read.samples[i] - expected[i]));
        CHECK(worst <= (bits == 8 ? 300 : 2));
    }
}

TEST_CASE("Adding a sound keeps Opus as it is, compresses WAV and refuses the rest", "[sound][compress]") {
    const QByteArray wav = test::toneWav({.seconds = 1.0});
    const CompressedSound fromWav = prepareSoundToKeep(wav);
    CHECK(recogniseSound(fromWav.oggOpus) == SoundKind::OggOpus);
    CHECK(fromWav.length == 1000ms);

    const CompressedSound fromOpus = prepareSoundToKeep(fromWav.oggOpus);
    CHECK(fromOpus.oggOpus == fromWav.oggOpus);
    CHECK(fromOpus.length == 1000ms);

    try {
        prepareSoundToKeep(QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(500, 'x'));
        FAIL("an MP3 was kept");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(error.message().contains(QStringLiteral("Opus")));
    }
    CHECK_THROWS_AS(compressWav(QByteArray("not a wav")), Error);
}
