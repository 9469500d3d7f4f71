// The sound of the safety box, measured: compressing a minute of WAV to Ogg Opus (what
// adding a sound file costs), encoding a three-minute voice recording as it is made, and
// decoding it again (what pressing play reads), with the sizes kept in the database.
// Everything in memory, as Mooring does it. Not a test: it prints medians.
//
//   build/ci/bench/sound_bench [runs]
#include "BenchStats.h"
#include "ToneWav.h"

#include "sound/OggOpusWriter.h"
#include "sound/SoundCompression.h"
#include "sound/SoundDecoder.h"
#include "sound/SoundFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace mooring;
using namespace mooring::sound;

namespace {

// Two tones and some noise: a codec has to spend bits on it, as on music or a voice.
std::vector<qint16> madeUpSound(int sampleRate, int channels, double seconds) {
    std::mt19937 random(7);
    std::normal_distribution<double> noise(0, 0.02);
    const test::Tone low{
        .sampleRate = sampleRate, .channels = channels, .seconds = seconds, .frequency = 220.0, .amplitude = 0.3};
    test::Tone high = low;
    high.frequency = 1330.0;
    high.amplitude = 0.1;
    std::vector<qint16> a = test::toneSamples(low);
    const std::vector<qint16> b = test::toneSamples(high);
    for (size_t i = 0; i < a.size(); ++i)
        a[i] = qint16(std::clamp(double(a[i]) + b[i] + noise(random) * 32767, -32768.0, 32767.0));
    return a;
}

QByteArray asWav(const std::vector<qint16>& samples, int sampleRate, int channels) {
    const auto dataBytes = quint32(samples.size() * 2);
    QByteArray wav = test::wavHeader(sampleRate, channels, 16, false, dataBytes);
    wav.append(reinterpret_cast<const char*>(samples.data()), qsizetype(dataBytes));  // little-endian machine
    return wav;
}

// The recorder's own encoding: 20 ms blocks, mono 48 kHz, a voice at 32 kb/s.
QByteArray recordLike(const std::vector<qint16>& samples) {
    OggOpusWriter writer(48000, 1, kVoiceBitsPerSecond, OggOpusWriter::Content::Voice);
    for (size_t at = 0; at < samples.size(); at += 960)
        writer.write(samples.data() + at, int(std::min<size_t>(960, samples.size() - at)));
    return writer.finish();
}

qint64 decodeAll(const QByteArray& bytes) {
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(bytes, &why);
    if (!decoder) return -1;
    std::vector<qint16> block(size_t(960 * decoder->channels()));
    qint64 frames = 0;
    for (int n = 0; (n = decoder->read(block.data(), 960)) > 0;) frames += n;
    return frames;
}

template <typename Work>
void measure(const char* what, int runs, double audioSeconds, Work work) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = bench::threadCpuMs();
        work();
        cpu.push_back(bench::threadCpuMs() - cpuBefore);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double median = bench::median(wall);
    std::printf("%-56s %8.1f ms wall %8.1f ms CPU", what, median, bench::median(cpu));
    if (audioSeconds > 0) std::printf("  (%.0fx real time)", audioSeconds * 1000 / median);
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    std::printf("sound_bench: medians of %d runs\n\n", runs);

    const QByteArray minuteOfCd = asWav(madeUpSound(44100, 2, 60), 44100, 2);
    const QByteArray minuteOfVoiceWav = asWav(madeUpSound(48000, 1, 60), 48000, 1);
    CompressedSound cd, voiceWav;
    measure("compress 60 s WAV, 44.1 kHz stereo (prepareSoundToKeep)", runs, 60,
            [&] { cd = prepareSoundToKeep(minuteOfCd); });
    measure("compress 60 s WAV, 48 kHz mono", runs, 60, [&] { voiceWav = compressWav(minuteOfVoiceWav); });

    const std::vector<qint16> threeMinutes = madeUpSound(48000, 1, 180);
    QByteArray recording;
    measure("encode a 3-minute recording (as VoiceRecorder does)", runs, 180,
            [&] { recording = recordLike(threeMinutes); });
    qint64 frames = 0;
    measure("decode the 3-minute recording (all of it)", runs, 180, [&] { frames = decodeAll(recording); });
    SoundCheck check;
    measure("checkSound of the 3-minute recording (kind and length)", runs, 0, [&] { check = checkSound(recording); });

    std::printf("\nsizes\n");
    std::printf("  60 s WAV 44.1 kHz stereo     %10lld bytes -> Ogg Opus %9lld bytes (%.1f%%, %lld ms)\n",
                qint64(minuteOfCd.size()), qint64(cd.oggOpus.size()), 100.0 * cd.oggOpus.size() / minuteOfCd.size(),
                qint64(cd.length.count()));
    std::printf("  60 s WAV 48 kHz mono         %10lld bytes -> Ogg Opus %9lld bytes (%.1f%%)\n",
                qint64(minuteOfVoiceWav.size()), qint64(voiceWav.oggOpus.size()),
                100.0 * voiceWav.oggOpus.size() / minuteOfVoiceWav.size());
    std::printf("  3-minute recording, 32 kb/s  %10lld bytes (%.1f kB a minute; %lld frames decoded, %lld ms)\n",
                qint64(recording.size()), recording.size() / 3.0 / 1000, frames, qint64(check.length.count()));
    return 0;
}
