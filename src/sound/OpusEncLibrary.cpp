#include "sound/OpusEncLibrary.h"

#include "sound/RuntimeLibrary.h"

namespace mooring::sound {

const OpusEncLibrary* OpusEncLibrary::load(QString* why) {
    static const Resolved<OpusEncLibrary> loaded = [] {
        RuntimeLibrary library("libopusenc.so.0", "libopusenc0");
        Resolved<OpusEncLibrary> resolved;
        resolved.api = {MOORING_RESOLVE(library, ope_comments_create),
                        MOORING_RESOLVE(library, ope_comments_destroy),
                        MOORING_RESOLVE(library, ope_encoder_create_callbacks),
                        MOORING_RESOLVE(library, ope_encoder_ctl),
                        MOORING_RESOLVE(library, ope_encoder_write),
                        MOORING_RESOLVE(library, ope_encoder_drain),
                        MOORING_RESOLVE(library, ope_encoder_destroy)};
        resolved.why = library.why();
        return resolved;
    }();
    return loaded.orWhy(why);
}

}  // namespace mooring::sound
