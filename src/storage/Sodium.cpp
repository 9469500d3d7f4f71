#include "storage/Sodium.h"

#include "domain/Error.h"

#include <QCoreApplication>

namespace mooring {

void ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(Error::Kind::Damaged,
                    QCoreApplication::translate("mooring", "The encryption library could not start on this computer."));
}

}  // namespace mooring
