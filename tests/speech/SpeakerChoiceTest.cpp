// Which voice reads: speech-dispatcher on its local socket, else espeak-ng, else a kind
// "not available"; and never an address that could leave this computer.
#include "FakeSpeaker.h"

#include "sound/PulseSink.h"
#include "speech/LocalSpeechSocket.h"
#include "speech/SpeakerChoice.h"
#include "speech/SpeechDispatcherSpeaker.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::speech;
using namespace mooring::sound;
using namespace Qt::StringLiterals;

namespace {

SpeakerChoice::Candidate refusing(const QString& reason, int* asked = nullptr) {
    return [reason, asked](QString* why) -> std::unique_ptr<Speaker> {
        if (asked) ++*asked;
        *why = reason;
        return nullptr;
    };
}

SpeakerChoice::Candidate answering(const QString& name, int* asked = nullptr) {
    return [name, asked](QString*) -> std::unique_ptr<Speaker> {
        if (asked) ++*asked;
        auto speaker = std::make_unique<test::FakeSpeaker>();
        speaker->setObjectName(name);
        return speaker;
    };
}

}  // namespace

TEST_CASE("The first voice that answers reads; the others are not asked", "[speech][choice]") {
    int askedSecond = 0;
    SpeakerChoice both = SpeakerChoice::firstOf({answering(u"dispatcher"_s), answering(u"espeak"_s, &askedSecond)});
    REQUIRE(both.speaker);
    CHECK(both.speaker->objectName() == u"dispatcher"_s);
    CHECK(both.unavailableReason.isEmpty());
    CHECK(askedSecond == 0);

    SpeakerChoice fallback = SpeakerChoice::firstOf({refusing(u"not running"_s), answering(u"espeak"_s)});
    REQUIRE(fallback.speaker);
    CHECK(fallback.speaker->objectName() == u"espeak"_s);
}

TEST_CASE("With no voice at all the reason says so kindly, then why", "[speech][choice]") {
    SpeakerChoice none =
        SpeakerChoice::firstOf({refusing(u"The service is not running."_s), refusing(u"No sound output was found."_s)});
    CHECK_FALSE(none.speaker);
    CHECK(none.unavailableReason.startsWith(u"Reading aloud is not available on this computer right now."_s));
    CHECK(none.unavailableReason.contains(u"The service is not running."_s));
    CHECK(none.unavailableReason.endsWith(u"No sound output was found."_s));
}

TEST_CASE("speech-dispatcher is reached on its Unix socket only", "[speech][choice][network]") {
    const LocalSpeechSocket usual = LocalSpeechSocket::from(QString(), u"/run/user/1000"_s);
    CHECK(usual.path == u"/run/user/1000/speech-dispatcher/speechd.sock"_s);
    CHECK(LocalSpeechSocket::from(u"unix_socket:/srv/speech.sock"_s, QString()).path == u"/srv/speech.sock"_s);

    for (const QString& remote : {u"inet_socket:127.0.0.1:6560"_s, u"inet_socket:speech.example.org:6560"_s,
                                  u"inet_socket"_s, u"unknown:anything"_s}) {
        INFO(remote.toStdString());
        const LocalSpeechSocket refused = LocalSpeechSocket::from(remote, u"/run/user/1000"_s);
        CHECK_FALSE(refused.isAllowed());
        CHECK(refused.refusal.contains(u"network"_s));
    }
    CHECK_FALSE(LocalSpeechSocket::from(QString(), QString()).isAllowed());                  // nowhere to look
    CHECK_FALSE(LocalSpeechSocket::from(u"unix_socket:relative"_s, QString()).isAllowed());  // no guessing
}

TEST_CASE("A refused or silent speech-dispatcher gives a reason, not a speaker", "[speech][choice]") {
    QString why;
    CHECK_FALSE(SpeechDispatcherSpeaker::open(LocalSpeechSocket::from(u"inet_socket:127.0.0.1:6560"_s, {}), &why));
    CHECK(why.contains(u"network"_s));

    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    why.clear();
    CHECK_FALSE(SpeechDispatcherSpeaker::open(LocalSpeechSocket::from({}, runtime.path()), &why));
    CHECK(why == u"The system's speech service is not running."_s);
}

TEST_CASE("Sound goes to the local sound server only", "[speech][choice][network]") {
    QString why;
    CHECK(PulseSink::localServer({}, u"/run/user/1000"_s, &why) == u"unix:/run/user/1000/pulse/native"_s);
    CHECK(PulseSink::localServer(u"unix:/srv/sound/native"_s, {}, &why) == u"unix:/srv/sound/native"_s);
    for (const QString& remote :
         {u"tcp:192.168.1.5"_s, u"tcp6:[::1]:4713"_s, u"speakers.local"_s, u"{machine-id}unix:/x tcp:host"_s}) {
        INFO(remote.toStdString());
        why.clear();
        CHECK(PulseSink::localServer(remote, u"/run/user/1000"_s, &why).isEmpty());
        CHECK(why.contains(u"network"_s));
    }
}

TEST_CASE("Speeds in percent map onto each engine's own scale", "[speech][choice]") {
    CHECK(SpeechDispatcherSpeaker::dispatcherRate(100) == 0);
    CHECK(SpeechDispatcherSpeaker::dispatcherRate(200) == 100);
    CHECK(SpeechDispatcherSpeaker::dispatcherRate(50) == -100);
    CHECK(SpeechDispatcherSpeaker::dispatcherRate(75) == -50);
    CHECK(SpeechDispatcherSpeaker::dispatcherRate(1000) == 100);
}

TEST_CASE("Set up for the network, this computer offers no voice rather than a remote one",
          "[speech][choice][network]") {
    // Both services pointed at other machines; the previous values are put back afterwards.
    const QByteArray speechd = qgetenv("SPEECHD_ADDRESS");
    const QByteArray pulse = qgetenv("PULSE_SERVER");
    qputenv("SPEECHD_ADDRESS", "inet_socket:127.0.0.1:6560");
    qputenv("PULSE_SERVER", "tcp:127.0.0.1:4713");
    const SpeakerChoice choice = SpeakerChoice::forThisComputer();
    const auto restore = [](const char* name, const QByteArray& value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("SPEECHD_ADDRESS", speechd);
    restore("PULSE_SERVER", pulse);

    CHECK_FALSE(choice.speaker);
    CHECK(choice.unavailableReason.contains(u"speech service is set up to be reached over the network"_s));
    CHECK(choice.unavailableReason.contains(u"Sound is set up to go to another computer"_s));
}
