#include "speech/SpeakerChoice.h"

#include "sound/PulseSink.h"
#include "speech/EspeakSpeaker.h"
#include "speech/LocalSpeechSocket.h"
#include "speech/SpeechDispatcherSpeaker.h"

#include <QCoreApplication>

namespace mooring::speech {

using namespace Qt::StringLiterals;

SpeakerChoice SpeakerChoice::firstOf(const std::vector<Candidate>& candidates) {
    QStringList reasons;
    for (const Candidate& candidate : candidates) {
        QString why;
        if (std::unique_ptr<Speaker> speaker = candidate(&why)) return SpeakerChoice{std::move(speaker), {}};
        if (!why.isEmpty() && !reasons.contains(why)) reasons.append(why);
    }
    reasons.prepend(QCoreApplication::translate("mooring::speech::SpeakerChoice",
                                                "Reading aloud is not available on this computer right now. "
                                                "Everything it would read is still here on the screen."));
    return SpeakerChoice{nullptr, reasons.join(u' ')};
}

SpeakerChoice SpeakerChoice::forThisComputer() {
    const Candidate dispatcher = [](QString* why) -> std::unique_ptr<Speaker> {
        return SpeechDispatcherSpeaker::open(LocalSpeechSocket::fromEnvironment(), why);
    };
    const Candidate espeak = [](QString* why) -> std::unique_ptr<Speaker> {
        sound::PcmSinkFactory sinks = sound::PulseSink::localFactory("Read aloud", why);
        if (!sinks) return nullptr;
        return EspeakSpeaker::open(std::move(sinks), why);
    };
    return firstOf({dispatcher, espeak});
}

}  // namespace mooring::speech
