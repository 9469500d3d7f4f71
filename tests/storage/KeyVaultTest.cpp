#include "domain/Error.h"
#include "storage/KeyVault.h"

#include <catch2/catch.hpp>

using mooring::Argon2Params;
using mooring::Error;
using mooring::KeyFile;
using mooring::KeySlot;
using mooring::KeyVault;
using mooring::SecureBuffer;

namespace {

SecureBuffer secret(std::string_view s) { return SecureBuffer::fromUtf8(s); }

Error::Kind openKind(const KeySlot& slot, const SecureBuffer& key) {
    try {
        KeyVault::open(slot, key);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("the slot opened");
    return Error::Kind::InvalidInput;
}

}  // namespace

TEST_CASE("A sealed data key opens with its secret only", "[vault][keyvault]") {
    const SecureBuffer dataKey = KeyVault::newDataKey();
    CHECK(dataKey.size() == 32);
    const KeySlot slot =
        KeyVault::seal(KeySlot::Type::Passphrase, secret("correct horse"), dataKey, Argon2Params::forTests());
    CHECK(KeyVault::open(slot, secret("correct horse")).equals(dataKey));
    CHECK(openKind(slot, secret("correct hors")) == Error::Kind::WrongSecret);
    CHECK(openKind(slot, secret("Correct horse")) == Error::Kind::WrongSecret);
    CHECK(openKind(slot, secret("")) == Error::Kind::WrongSecret);
}

TEST_CASE("The wrong-secret message is warm and says which secret", "[vault][keyvault]") {
    const SecureBuffer dataKey = KeyVault::newDataKey();
    const KeySlot pass = KeyVault::seal(KeySlot::Type::Passphrase, secret("a"), dataKey, Argon2Params::forTests());
    const KeySlot code = KeyVault::seal(KeySlot::Type::Recovery, secret("a"), dataKey, Argon2Params::forTests());
    try {
        KeyVault::open(pass, secret("b"));
        FAIL("opened");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("passphrase")));
        CHECK(e.message().contains(QStringLiteral("Caps Lock")));
    }
    try {
        KeyVault::open(code, secret("b"));
        FAIL("opened");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("recovery code")));
    }
}

TEST_CASE("Each seal uses a fresh salt and nonce", "[vault][keyvault]") {
    const SecureBuffer dataKey = KeyVault::newDataKey();
    const KeySlot a = KeyVault::seal(KeySlot::Type::Passphrase, secret("same"), dataKey, Argon2Params::forTests());
    const KeySlot b = KeyVault::seal(KeySlot::Type::Passphrase, secret("same"), dataKey, Argon2Params::forTests());
    CHECK(a.salt != b.salt);
    CHECK(a.nonce != b.nonce);
    CHECK(a.sealedKey != b.sealedKey);
}

TEST_CASE("The seal authenticates the slot's metadata", "[vault][keyvault]") {
    const SecureBuffer dataKey = KeyVault::newDataKey();
    const SecureBuffer pass = secret("pass");
    const KeySlot good = KeyVault::seal(KeySlot::Type::Passphrase, pass, dataKey, Argon2Params{2, 16384});

    KeySlot otherType = good;
    otherType.type = KeySlot::Type::Recovery;  // a passphrase slot relabelled
    CHECK(openKind(otherType, pass) == Error::Kind::WrongSecret);

    KeySlot otherParams = good;
    otherParams.params.opsLimit = 1;  // weaker parameters slipped in
    CHECK(openKind(otherParams, pass) == Error::Kind::WrongSecret);

    for (std::size_t i = 0; i < good.salt.size(); ++i) {
        KeySlot s = good;
        s.salt[i] ^= 1;
        CHECK(openKind(s, pass) == Error::Kind::WrongSecret);
    }
    for (std::size_t i = 0; i < good.nonce.size(); ++i) {
        KeySlot s = good;
        s.nonce[i] ^= 1;
        CHECK(openKind(s, pass) == Error::Kind::WrongSecret);
    }
    for (std::size_t i = 0; i < good.sealedKey.size(); ++i) {
        KeySlot s = good;
        s.sealedKey[i] ^= 0x80;
        CHECK(openKind(s, pass) == Error::Kind::WrongSecret);
    }
    // The associated data is the header followed by exactly the serialized metadata.
    const QByteArray ad = KeyFile::associatedData(good);
    CHECK(ad.size() == KeyFile::kHeaderSize + KeyFile::kSlotMetadataSize);
    CHECK(ad.startsWith("MOORKEYS"));
}

TEST_CASE("Sealing refuses a bad data key or parameters outside the file's limits", "[vault][keyvault]") {
    CHECK_THROWS_AS(
        KeyVault::seal(KeySlot::Type::Passphrase, secret("x"), SecureBuffer::random(16), Argon2Params::forTests()),
        std::invalid_argument);
    CHECK_THROWS_AS(KeyVault::seal(KeySlot::Type::Passphrase, secret("x"), KeyVault::newDataKey(), Argon2Params{0, 0}),
                    std::invalid_argument);
}
