#pragma once

#include <libspeechd.h>

#include <QString>

namespace mooring::speech {

// The libspeechd functions SpeechDispatcherSpeaker uses, opened the first time a voice is
// chosen (RuntimeLibrary says why it is not linked). libspeechd speaks speech-dispatcher's
// protocol over the local socket that LocalSpeechSocket allows.
struct SpeechdLibrary {
    decltype(&spd_open2) open;
    decltype(&spd_close) close;
    decltype(&spd_get_client_id) clientId;
    decltype(&spd_set_notification_on) notificationOn;
    decltype(&spd_set_language) setLanguage;
    decltype(&spd_set_voice_rate) setVoiceRate;
    decltype(&spd_say) say;
    decltype(&spd_cancel) cancel;

    // Opened once per process; null, with `why` set, when the library or a function is missing.
    static const SpeechdLibrary* load(QString* why);
};

}  // namespace mooring::speech
