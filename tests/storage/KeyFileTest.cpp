#include "domain/Error.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"

#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <chrono>

using mooring::Argon2Params;
using mooring::Error;
using mooring::KeyFile;
using mooring::KeySlot;
using mooring::KeyVault;
using mooring::SecureBuffer;
using mooring::test::withFreshChecksum;

namespace {

KeyFile sampleFile(const SecureBuffer& dataKey) {
    const Argon2Params params = Argon2Params::forTests();
    return KeyFile(
        KeyVault::seal(KeySlot::Type::Passphrase, SecureBuffer::fromUtf8(std::string_view("pass")), dataKey, params),
        KeyVault::seal(KeySlot::Type::Recovery, SecureBuffer::fromUtf8(std::string_view("code")), dataKey, params));
}

Error::Kind parseKind(const QByteArray& bytes) {
    try {
        KeyFile::parse(bytes);
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("mooring.keys")));
        return e.kind();
    }
    FAIL("parse accepted the bytes");
    return Error::Kind::InvalidInput;
}

void putLe(QByteArray& bytes, int offset, std::uint64_t value, int size) {
    for (int i = 0; i < size; ++i) bytes[offset + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

constexpr int kPassSlot = KeyFile::kHeaderSize;
constexpr int kOps = 2;  // offsets inside a slot
constexpr int kMem = 6;

}  // namespace

TEST_CASE("A key file survives serialize and parse unchanged", "[vault][keyfile]") {
    const SecureBuffer dataKey = KeyVault::newDataKey();
    const KeyFile file = sampleFile(dataKey);
    const QByteArray bytes = file.serialize();
    CHECK(bytes.size() == KeyFile::kFileSize);
    CHECK(bytes.size() == 247);
    CHECK(bytes.startsWith("MOORKEYS\x01\x00\x02"));
    const KeyFile back = KeyFile::parse(bytes);
    CHECK(back == file);
    CHECK(back.serialize() == bytes);
    CHECK(back.passphraseSlot().params == Argon2Params::forTests());
    CHECK(back.passphraseSlot().type == KeySlot::Type::Passphrase);
    CHECK(back.recoverySlot().type == KeySlot::Type::Recovery);
    CHECK(KeyVault::open(back.passphraseSlot(), SecureBuffer::fromUtf8(std::string_view("pass"))).equals(dataKey));
    CHECK(KeyVault::open(back.recoverySlot(), SecureBuffer::fromUtf8(std::string_view("code"))).equals(dataKey));
}

TEST_CASE("Key file structure damage is reported as Damaged", "[vault][keyfile]") {
    const QByteArray good = sampleFile(KeyVault::newDataKey()).serialize();

    SECTION("wrong magic") {
        QByteArray bad = good;
        bad[0] = 'X';
        CHECK(parseKind(withFreshChecksum(bad)) == Error::Kind::Damaged);
        CHECK(parseKind(QByteArray("SQLite format 3\0", 16) + QByteArray(300, '\0')) == Error::Kind::Damaged);
    }
    SECTION("every truncation") {
        for (int length = 0; length < good.size(); ++length) {
            INFO("length " << length);
            CHECK(parseKind(good.first(length)) == Error::Kind::Damaged);
        }
    }
    SECTION("trailing garbage") {
        CHECK(parseKind(good + QByteArray(1, '\0')) == Error::Kind::Damaged);
        CHECK(parseKind(good + good) == Error::Kind::Damaged);
        CHECK(parseKind(good + QByteArray(70000, 'x')) == Error::Kind::Damaged);
        // Even with a checksum that matches the longer content.
        QByteArray longer = good;
        longer.insert(KeyFile::kFileSize - KeyFile::kChecksumSize, QByteArray(1, 'x'));
        CHECK(parseKind(withFreshChecksum(longer)) == Error::Kind::Damaged);
    }
    SECTION("version 0 is damage, a later version is NewerVersion") {
        QByteArray v0 = good;
        putLe(v0, 8, 0, 2);
        CHECK(parseKind(withFreshChecksum(v0)) == Error::Kind::Damaged);
        QByteArray v2 = good;
        putLe(v2, 8, 2, 2);
        CHECK(parseKind(withFreshChecksum(v2)) == Error::Kind::NewerVersion);
        QByteArray longer = v2;
        longer.insert(KeyFile::kFileSize - KeyFile::kChecksumSize, QByteArray(40, 'x'));
        CHECK(parseKind(withFreshChecksum(longer)) == Error::Kind::NewerVersion);
        // Without a matching checksum it is damage, whatever the version says.
        CHECK(parseKind(v2) == Error::Kind::Damaged);
    }
    SECTION("slot count, slot types and KDF id") {
        for (int offset :
             {10, kPassSlot, kPassSlot + 1, kPassSlot + KeyFile::kSlotSize, kPassSlot + KeyFile::kSlotSize + 1}) {
            for (int value : {0, 3, 255}) {
                QByteArray bad = good;
                if (bad[offset] == static_cast<char>(value)) continue;
                bad[offset] = static_cast<char>(value);
                INFO("offset " << offset << " value " << value);
                CHECK(parseKind(withFreshChecksum(bad)) == Error::Kind::Damaged);
            }
        }
        QByteArray swapped = good;  // recovery slot first
        swapped[kPassSlot] = 2;
        swapped[kPassSlot + KeyFile::kSlotSize] = 1;
        CHECK(parseKind(withFreshChecksum(swapped)) == Error::Kind::Damaged);
    }
    SECTION("absurd Argon2 parameters") {
        struct Case {
            int field;
            std::uint64_t value;
            int size;
        };
        for (const Case& c : {Case{kOps, 0, 4}, Case{kOps, 33, 4}, Case{kOps, 64, 4}, Case{kOps, 0xffffffffu, 4},
                              Case{kMem, 0, 8}, Case{kMem, 8191, 8}, Case{kMem, (std::uint64_t{1} << 30) + 1, 8},
                              Case{kMem, std::uint64_t{4} << 30, 8}, Case{kMem, ~std::uint64_t{0}, 8}}) {
            for (int slot : {0, 1}) {
                QByteArray bad = good;
                putLe(bad, kPassSlot + slot * KeyFile::kSlotSize + c.field, c.value, c.size);
                INFO("slot " << slot << " field " << c.field << " value " << c.value);
                CHECK(parseKind(withFreshChecksum(bad)) == Error::Kind::Damaged);
            }
        }
    }
    SECTION("the limits themselves are accepted: the dearest calibration and the test cost") {
        QByteArray edge = good;
        putLe(edge, kPassSlot + kOps, 32, 4);
        putLe(edge, kPassSlot + kMem, std::uint64_t{1} << 30, 8);
        const KeyFile parsed = KeyFile::parse(withFreshChecksum(edge));
        CHECK(parsed.passphraseSlot().params == Argon2Params{32, std::size_t{1} << 30});
        CHECK(parsed.passphraseSlot().params ==
              Argon2Params{Argon2Params::kCalibratedMaxOpsLimit, Argon2Params::kCalibratedMaxMemLimitBytes});
        CHECK(parsed.recoverySlot().params == Argon2Params{1, 8192});
    }
}

TEST_CASE("A key file asking for more than Mooring ever uses is refused at once, before any derivation",
          "[vault][keyfile]") {
    const SecureBuffer dataKey = KeyVault::newDataKey();
    const QByteArray good = sampleFile(dataKey).serialize();
    struct Case {
        const char* what;
        std::uint64_t ops;
        std::uint64_t mem;
    };
    // Each would take from half a minute to hours and up to many GiB if it were derived.
    for (const Case& c : {Case{"one pass more than calibration's ceiling", 33, std::uint64_t{1} << 30},
                          Case{"twice calibration's memory", 32, std::uint64_t{2} << 30},
                          Case{"4 GiB, 64 passes", 64, std::uint64_t{4} << 30},
                          Case{"every field at its widest", 0xffffffffu, ~std::uint64_t{0}}}) {
        for (int slot : {0, 1}) {
            QByteArray crafted = good;
            putLe(crafted, kPassSlot + slot * KeyFile::kSlotSize + kOps, c.ops, 4);
            putLe(crafted, kPassSlot + slot * KeyFile::kSlotSize + kMem, c.mem, 8);
            crafted = withFreshChecksum(crafted);  // so only the limit can refuse it
            INFO(c.what << ", slot " << slot);
            const auto start = std::chrono::steady_clock::now();
            try {
                // parse, then what unlocking does next: if parse let it through, this would derive.
                const KeyFile parsed = KeyFile::parse(crafted);
                (void)KeyVault::open(slot == 0 ? parsed.passphraseSlot() : parsed.recoverySlot(),
                                     SecureBuffer::fromUtf8(std::string_view("pass")));
                FAIL("the crafted key file was accepted");
            } catch (const Error& e) {
                CHECK(e.kind() == Error::Kind::Damaged);
                CHECK(e.message().contains(QStringLiteral("more memory or time than Mooring ever uses")));
                CHECK(e.message().contains(QStringLiteral("Your passphrase was not tried")));
            }
            const auto took = std::chrono::steady_clock::now() - start;
            CHECK(took < std::chrono::milliseconds(100));
        }
    }
}

TEST_CASE("Any accidental change to one byte of a key file is Damaged", "[vault][keyfile]") {
    const QByteArray good = sampleFile(KeyVault::newDataKey()).serialize();
    for (int offset = 0; offset < good.size(); ++offset) {
        for (unsigned char flip : {0x01, 0x80, 0xff}) {
            QByteArray bad = good;
            bad[offset] = static_cast<char>(bad[offset] ^ flip);
            INFO("offset " << offset << " xor " << int(flip));
            CHECK(parseKind(bad) == Error::Kind::Damaged);
        }
    }
}

TEST_CASE("Loading a key file refuses missing and oversized files", "[vault][keyfile]") {
    CHECK_THROWS_MATCHES(KeyFile::load(QStringLiteral("/nonexistent/mooring.keys")), Error,
                         Catch::Predicate<Error>([](const Error& e) { return e.kind() == Error::Kind::Damaged; }));
}
