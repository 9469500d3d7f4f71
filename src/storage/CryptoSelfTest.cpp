#include "storage/CryptoSelfTest.h"

#include "domain/Error.h"
#include "storage/Sodium.h"
#include "storage/SqlCipher.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace mooring {

namespace {

QString g_lastFailure;

std::vector<unsigned char> fromHex(std::string_view hex) {
    std::vector<unsigned char> bytes(hex.size() / 2);
    std::size_t length = 0;
    sodium_hex2bin(bytes.data(), bytes.size(), hex.data(), hex.size(), nullptr, &length, nullptr);
    bytes.resize(length);
    return bytes;
}

// Tests break one expected answer on purpose (MOORING_SELF_TEST_CORRUPT=<check name>), so
// the refusal path is the real one. Corrupting an answer can only stop the program, never
// weaken it.
std::vector<unsigned char> expected(const char* check, std::string_view hex) {
    std::vector<unsigned char> bytes = fromHex(hex);
    if (!bytes.empty() && qEnvironmentVariable("MOORING_SELF_TEST_CORRUPT") == QLatin1String(check)) bytes[0] ^= 1;
    return bytes;
}

bool same(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

// draft-irtf-cfrg-xchacha-03, A.3.1 (AEAD_XChaCha20_Poly1305): ciphertext then tag.
bool xchachaKnownAnswer() {
    std::array<unsigned char, 32> key{};
    std::array<unsigned char, 24> nonce{};
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<unsigned char>(0x80 + i);
    for (std::size_t i = 0; i < nonce.size(); ++i) nonce[i] = static_cast<unsigned char>(0x40 + i);
    const std::array<unsigned char, 12> ad{0x50, 0x51, 0x52, 0x53, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7};
    const std::string_view plain =
        "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, "
        "sunscreen would be it.";
    std::vector<unsigned char> sealed(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &sealedLength,
                                               reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                                               ad.data(), ad.size(), nullptr, nonce.data(), key.data());
    sealed.resize(sealedLength);
    if (!same(sealed, expected("xchacha20poly1305",
                               "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa644"
                               "0bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e"
                               "3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e"
                               "c0875924c1c7987947deafd8780acf49")))
        return false;
    // And a changed byte must be refused, not decrypted.
    sealed[0] ^= 1;
    std::vector<unsigned char> opened(plain.size());
    unsigned long long openedLength = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(opened.data(), &openedLength, nullptr, sealed.data(),
                                                      sealed.size(), ad.data(), ad.size(), nonce.data(),
                                                      key.data()) != 0;
}

// RFC 7693, Appendix A: BLAKE2b-512("abc").
bool blake2bKnownAnswer() {
    std::vector<unsigned char> digest(64);
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>("abc"), 3, nullptr, 0);
    return same(digest, expected("blake2b",
                                 "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                                 "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"));
}

// Argon2id v1.3 with the smallest parameters libsodium allows (1 pass, 8 KiB): the answer
// libsodium 1.0.18 gives; a different answer would lock every person out of their key file.
bool argon2idKnownAnswer() {
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    for (std::size_t i = 0; i < salt.size(); ++i) salt[i] = static_cast<unsigned char>(i);
    std::vector<unsigned char> derived(32);
    if (crypto_pwhash(derived.data(), derived.size(), "password", 8, salt.data(), 1, 8192,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    return same(derived, expected("argon2id", "3a008963c65f7ffa7331a90babd1fd17ea9f03bd05356b857ceb43f7b7080adc"));
}

// Opening SQLCipher runs the check below once per process (SqlCipher::get); asked again here.
bool sqlcipherOpensAndWorks() {
    try {
        return CryptoSelfTest::isSqlCipher(SqlCipher::get());
    } catch (const Error&) {
        return false;
    }
}

}  // namespace

// The library opened must be SQLCipher (plain SQLite would ignore the key and write plain
// pages): it answers PRAGMA cipher_version and works with a raw key.
bool CryptoSelfTest::isSqlCipher(const SqlCipher& api) {
    sqlite3* db = nullptr;
    if (api.open(":memory:", &db) != SQLITE_OK) {
        api.close(db);
        return false;
    }
    const std::string rawKey = "x'" + std::string(64, 'a') + "'";
    bool ok = api.key(db, rawKey.data(), static_cast<int>(rawKey.size())) == SQLITE_OK &&
              api.exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (42);", nullptr, nullptr, nullptr) == SQLITE_OK;
    std::string version;
    sqlite3_stmt* statement = nullptr;
    if (ok && api.prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
        api.step(statement) == SQLITE_ROW) {
        if (const unsigned char* text = api.column_text(statement, 0)) version = reinterpret_cast<const char*>(text);
    }
    api.finalize(statement);
    api.close(db);
    if (qEnvironmentVariable("MOORING_SELF_TEST_CORRUPT") == QLatin1String("sqlcipher")) version.clear();
    return ok && !version.empty();
}

QString CryptoSelfTest::refusal() {
    return QCoreApplication::translate("mooring",
                                       "Mooring checks its encryption each time it starts, and on this "
                                       "computer the check did not pass. To keep your data safe it will "
                                       "not open anything. Installing Mooring again may put this right; "
                                       "your data has not been touched.");
}

void CryptoSelfTest::run(Scope scope) {
    g_lastFailure.clear();
    ensureSodium();
    struct Check {
        const char* name;
        bool (*passes)();
    };
    std::vector<Check> checks{
        {"xchacha20poly1305", xchachaKnownAnswer}, {"blake2b", blake2bKnownAnswer}, {"argon2id", argon2idKnownAnswer}};
    if (scope == Scope::Everything) checks.push_back({"sqlcipher", sqlcipherOpensAndWorks});
    for (const Check& check : checks) {
        if (check.passes()) continue;
        g_lastFailure = QString::fromLatin1(check.name);
        throw Error(Error::Kind::Damaged, refusal());
    }
}

QString CryptoSelfTest::lastFailure() { return g_lastFailure; }

}  // namespace mooring
