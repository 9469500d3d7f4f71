#pragma once

#include <opusenc.h>

#include <QString>

namespace mooring::sound {

// The libopusenc functions OggOpusWriter uses, opened the first time a sound is encoded
// (RuntimeLibrary says why it is not linked). `encoder_ctl` takes the OPE_SET_* and
// OPUS_SET_* macros as ope_encoder_ctl does: they expand to its request and argument.
struct OpusEncLibrary {
    decltype(&ope_comments_create) comments_create;
    decltype(&ope_comments_destroy) comments_destroy;
    decltype(&ope_encoder_create_callbacks) encoder_create_callbacks;
    decltype(&ope_encoder_ctl) encoder_ctl;
    decltype(&ope_encoder_write) encoder_write;
    decltype(&ope_encoder_drain) encoder_drain;
    decltype(&ope_encoder_destroy) encoder_destroy;

    // Opened once per process; null, with `why` set, when the library or a function is missing.
    static const OpusEncLibrary* load(QString* why);
};

}  // namespace mooring::sound
