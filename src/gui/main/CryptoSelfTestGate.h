#pragma once

namespace mooring {

// main()'s check before any profile is touched: runs CryptoSelfTest and, if it fails,
// says so on stderr and in a message box (none on the offscreen platform, where nobody
// could answer it) and returns false; main then exits without opening anything.
bool passCryptoSelfTest();

}  // namespace mooring
