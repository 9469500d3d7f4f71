#pragma once

#include <opusfile.h>

#include <QString>

namespace mooring::sound {

// The libopusfile functions OggOpusReader uses, opened the first time a sound is decoded
// (RuntimeLibrary says why it is not linked).
struct OpusFileLibrary {
    decltype(&op_open_memory) open_memory;
    decltype(&op_free) free;
    decltype(&op_link_count) link_count;
    decltype(&op_channel_count) channel_count;
    decltype(&op_pcm_total) pcm_total;
    decltype(&op_read) read;
    decltype(&op_read_stereo) read_stereo;

    // Opened once per process; null, with `why` set, when the library or a function is missing.
    static const OpusFileLibrary* load(QString* why);
};

}  // namespace mooring::sound
