#pragma once

#include "speech/Speaker.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace mooring::speech {

// Which voice reads, picked when reading is first asked for: speech-dispatcher if it answers
// on its local socket, otherwise espeak-ng through the local sound server, otherwise none,
// with a kind sentence a settings screen can show.
struct SpeakerChoice {
    std::unique_ptr<Speaker> speaker;  // null when nothing can read aloud here
    QString unavailableReason;         // set when speaker is null

    // One way of reading: a Speaker, or null with `why` set.
    using Candidate = std::function<std::unique_ptr<Speaker>(QString* why)>;

    // The first candidate that gives a Speaker. When none does, the reason is a sentence
    // saying so, followed by what each candidate said.
    static SpeakerChoice firstOf(const std::vector<Candidate>& candidates);
    // speech-dispatcher, then espeak-ng, from this process's environment.
    static SpeakerChoice forThisComputer();
};

}  // namespace mooring::speech
