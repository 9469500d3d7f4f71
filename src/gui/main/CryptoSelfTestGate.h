#pragma once

#include <QString>

#include <optional>

namespace mooring {

// main()'s check before any profile is touched, in two steps. The test itself needs no
// window system, so it runs before Qt's application object exists: the profile's lock is
// taken beside Qt's start-up, and only once the check has passed. Returns nothing if it
// passed, else the reason, also said on stderr; main then exits without opening anything.
// SQLCipher's part comes when a profile is first opened, and a failure there is said on the
// lock screen instead: help stays within reach.
std::optional<QString> cryptoSelfTestFailure();

// Once the QApplication exists: the reason in a message box, where someone can answer it
// (none on the offscreen or minimal platform).
void showCryptoSelfTestFailure(const QString& reason);

}  // namespace mooring
