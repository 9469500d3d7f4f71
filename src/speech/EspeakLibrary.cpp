#include "speech/EspeakLibrary.h"

#include "sound/RuntimeLibrary.h"

namespace mooring::speech {

const EspeakLibrary* EspeakLibrary::load(QString* why) {
    static const sound::Resolved<EspeakLibrary> loaded = [] {
        sound::RuntimeLibrary library("libespeak-ng.so.1", "libespeak-ng1");
        sound::Resolved<EspeakLibrary> resolved;
        resolved.api = {MOORING_RESOLVE(library, espeak_Initialize),
                        MOORING_RESOLVE(library, espeak_SetSynthCallback),
                        MOORING_RESOLVE(library, espeak_SetVoiceByProperties),
                        MOORING_RESOLVE(library, espeak_SetParameter),
                        MOORING_RESOLVE(library, espeak_Synth),
                        MOORING_RESOLVE(library, espeak_GetCurrentVoice)};
        resolved.why = library.why();
        return resolved;
    }();
    return loaded.orWhy(why);
}

}  // namespace mooring::speech
