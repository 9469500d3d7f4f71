#pragma once

#include <QString>

namespace mooring {

struct SqlCipher;

// Known-answer checks of the cryptography Mooring trusts with a person's data, run once at
// start-up before any profile is touched: libsodium starts; XChaCha20-Poly1305 (the key
// slots) and BLAKE2b give the published test vectors; Argon2id (tiny parameters) gives the
// answer it has always given; SQLCipher (not plain SQLite) is the library opened and opens
// an in-memory database with a raw key. If any of them fails, the programs refuse to start
// (the window, whose lock screen and help need no database, refuses to open a profile when
// SQLCipher fails): data written with broken encryption could not be read back, or would not
// be protected.
class CryptoSelfTest {
public:
    enum class Scope {
        Everything,
        // All but SQLCipher, which is then checked as it is first opened (SqlCipher.h): for
        // the window, whose lock screen and help open no database.
        BeforeAnyDatabase,
    };
    // Throws Error(Damaged) with a message fit to show a person when a check fails.
    static void run(Scope scope = Scope::Everything);
    // The SQLCipher check on its own (an in-memory database with a raw key).
    static bool isSqlCipher(const SqlCipher& api);
    // What a person is told when a check fails.
    static QString refusal();
    // Which check failed last time, for developers ("" when all passed); never shown.
    static QString lastFailure();
};

}  // namespace mooring
