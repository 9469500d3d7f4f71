#include "sound/PulseSimpleLibrary.h"

#include "sound/RuntimeLibrary.h"

namespace mooring::sound {

const PulseSimpleLibrary* PulseSimpleLibrary::load(QString* why) {
    static const Resolved<PulseSimpleLibrary> loaded = [] {
        RuntimeLibrary library("libpulse-simple.so.0", "libpulse0");
        Resolved<PulseSimpleLibrary> resolved;
        resolved.api = {MOORING_RESOLVE(library, pa_simple_new),   MOORING_RESOLVE(library, pa_simple_free),
                        MOORING_RESOLVE(library, pa_simple_write), MOORING_RESOLVE(library, pa_simple_drain),
                        MOORING_RESOLVE(library, pa_simple_flush), MOORING_RESOLVE(library, pa_simple_read)};
        resolved.why = library.why();
        return resolved;
    }();
    return loaded.orWhy(why);
}

}  // namespace mooring::sound
