// Sound stays in memory: compressing, playing and recording leave nothing in the temporary
// folder or the home folder (no_files_written.py checks the same under strace, for every
// file the suite could touch).
#include "FakeSink.h"
#include "FakeSource.h"
#include "ToneWav.h"

#include "sound/SoundCompression.h"
#include "sound/SoundPlayer.h"
#include "sound/VoiceRecorder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mooring;
using namespace mooring::sound;
using namespace std::chrono_literals;

namespace {

// Points HOME and TMPDIR (and the folders Qt derives from them) at empty folders for as
// long as it lives.
class EmptyFolders {
public:
    EmptyFolders() {
        for (const char* name : {"HOME", "TMPDIR"}) {
            m_saved.append({name, qgetenv(name)});
            const QString path = m_root.filePath(QString::fromLatin1(name));
            QDir().mkpath(path);
            qputenv(name, QFile::encodeName(path));
        }
    }
    ~EmptyFolders() {
        for (const auto& [name, value] : m_saved) qputenv(name, value);
    }
    QStringList everythingIn() const {
        QStringList found;
        QDirIterator it(m_root.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) found.append(it.next());
        return found;
    }

private:
    QTemporaryDir m_root;
    QList<std::pair<const char*, QByteArray>> m_saved;
};

}  // namespace

TEST_CASE("Compressing, playing and recording make no file anywhere", "[sound][nofiles]") {
    EmptyFolders folders;
    REQUIRE(QDir::tempPath().endsWith(QStringLiteral("/TMPDIR")));
    REQUIRE(folders.everythingIn().size() == 2);  // HOME and TMPDIR themselves

    const CompressedSound sound = compressWav(test::toneWav({.seconds = 1.0}));

    auto heard = std::make_shared<test::Heard>();
    SoundPlayer player(test::fakeSinks(heard, test::FakeSink::Pace::AtOnce));
    REQUIRE(player.load(sound.oggOpus));
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return player.state() == SoundPlayer::State::Finished; }, 5000));

    VoiceRecorder recorder(test::fakeSources(std::make_shared<test::Microphone>()));
    recorder.setLimit(1s);
    recorder.start();
    REQUIRE(QTest::qWaitFor([&] { return recorder.state() == VoiceRecorder::State::Finished; }, 5000));
    REQUIRE_FALSE(recorder.recording().isEmpty());

    CHECK(folders.everythingIn().size() == 2);
}
