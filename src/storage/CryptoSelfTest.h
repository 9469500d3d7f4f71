#pragma once

#include <QString>

namespace mooring {

// Known-answer checks of the cryptography Mooring trusts with a person's data, run once at
// start-up before any profile is touched: libsodium starts; XChaCha20-Poly1305 (the key
// slots) and BLAKE2b give the published test vectors; Argon2id (tiny parameters) gives the
// answer it has always given; SQLCipher (not plain SQLite) is the library linked and opens
// an in-memory database with a raw key. If any of them fails, the programs refuse to start:
// data written with broken encryption could not be read back, or would not be protected.
class CryptoSelfTest {
public:
    // Throws Error(Damaged) with a message fit to show a person when a check fails.
    static void run();
    // Which check failed last time, for developers ("" when all passed); never shown.
    static QString lastFailure();
};

}  // namespace mooring
