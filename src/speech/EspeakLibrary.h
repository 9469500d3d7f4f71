#pragma once

#include <espeak-ng/speak_lib.h>

#include <QString>

namespace mooring::speech {

// The espeak-ng functions Mooring uses, from libespeak-ng opened the first time a voice is
// chosen (RuntimeLibrary says why it is not linked).
struct EspeakLibrary {
    decltype(&espeak_Initialize) initialize;
    decltype(&espeak_SetSynthCallback) setSynthCallback;
    decltype(&espeak_SetVoiceByProperties) setVoiceByProperties;
    decltype(&espeak_SetParameter) setParameter;
    decltype(&espeak_Synth) synth;
    decltype(&espeak_GetCurrentVoice) currentVoice;

    // Opened once per process; null, with `why` set, when the library or a function is missing.
    static const EspeakLibrary* load(QString* why);
};

}  // namespace mooring::speech
