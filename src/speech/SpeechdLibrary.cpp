#include "speech/SpeechdLibrary.h"

#include "sound/RuntimeLibrary.h"

namespace mooring::speech {

const SpeechdLibrary* SpeechdLibrary::load(QString* why) {
    static const sound::Resolved<SpeechdLibrary> loaded = [] {
        sound::RuntimeLibrary library("libspeechd.so.2", "libspeechd2");
        sound::Resolved<SpeechdLibrary> resolved;
        resolved.api = {MOORING_RESOLVE(library, spd_open2),         MOORING_RESOLVE(library, spd_close),
                        MOORING_RESOLVE(library, spd_get_client_id), MOORING_RESOLVE(library, spd_set_notification_on),
                        MOORING_RESOLVE(library, spd_set_language),  MOORING_RESOLVE(library, spd_set_voice_rate),
                        MOORING_RESOLVE(library, spd_say),           MOORING_RESOLVE(library, spd_cancel)};
        resolved.why = library.why();
        return resolved;
    }();
    return loaded.orWhy(why);
}

}  // namespace mooring::speech
