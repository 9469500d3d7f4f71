#include "sound/PulseSimpleLibrary.h"

#include "sound/RuntimeLibrary.h"

#include <QDir>
#include <QFileInfo>

namespace mooring::sound {

namespace {

// libpulse makes ~/.config/pulse/cookie when it finds no cookie, and Mooring writes nothing
// to the disk that the person did not ask for. A PipeWire desktop, or one where no other
// sound program has run yet, has none. Then the client is given an all-zero cookie read
// from /dev/zero instead: the sound server accepts a client of the same user on its local
// socket by the socket's credentials, whatever the cookie says. A cookie already there, or
// one PULSE_COOKIE names, is used as before. Called on the first load, before any stream.
void keepCookieOffDisk() {
    if (!qEnvironmentVariableIsEmpty("PULSE_COOKIE")) return;
    const QString home = QDir::homePath();
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty()) config = home + QStringLiteral("/.config");
    for (const QString& cookie : {config + QStringLiteral("/pulse/cookie"), home + QStringLiteral("/.pulse-cookie"),
                                  home + QStringLiteral("/.pulse/cookie")}) {
        if (QFileInfo::exists(cookie)) return;
    }
    qputenv("PULSE_COOKIE", "/dev/zero");
}

}  // namespace

const PulseSimpleLibrary* PulseSimpleLibrary::load(QString* why) {
    static const Resolved<PulseSimpleLibrary> loaded = [] {
        keepCookieOffDisk();
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
