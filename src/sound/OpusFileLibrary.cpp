#include "sound/OpusFileLibrary.h"

#include "sound/RuntimeLibrary.h"

namespace mooring::sound {

const OpusFileLibrary* OpusFileLibrary::load(QString* why) {
    static const Resolved<OpusFileLibrary> loaded = [] {
        RuntimeLibrary library("libopusfile.so.0", "libopusfile0");
        Resolved<OpusFileLibrary> resolved;
        resolved.api = {MOORING_RESOLVE(library, op_open_memory), MOORING_RESOLVE(library, op_free),
                        MOORING_RESOLVE(library, op_link_count),  MOORING_RESOLVE(library, op_channel_count),
                        MOORING_RESOLVE(library, op_pcm_total),   MOORING_RESOLVE(library, op_read),
                        MOORING_RESOLVE(library, op_read_stereo)};
        resolved.why = library.why();
        return resolved;
    }();
    return loaded.orWhy(why);
}

}  // namespace mooring::sound
