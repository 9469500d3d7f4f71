#include "storage/CryptoSelfTest.h"

#include "domain/Error.h"

#include <catch2/catch.hpp>

using mooring::CryptoSelfTest;
using mooring::Error;

namespace {

struct CorruptOne {
    explicit CorruptOne(const char* check) { qputenv("MOORING_SELF_TEST_CORRUPT", check); }
    ~CorruptOne() { qunsetenv("MOORING_SELF_TEST_CORRUPT"); }
};

}  // namespace

TEST_CASE("The crypto self-test passes with the libraries of this build", "[selftest]") {
    CHECK_NOTHROW(CryptoSelfTest::run());
    CHECK(CryptoSelfTest::lastFailure().isEmpty());
}

TEST_CASE("Each check of the crypto self-test can fail, with a plain message", "[selftest]") {
    const char* check = GENERATE("xchacha20poly1305", "blake2b", "argon2id", "sqlcipher");
    CorruptOne corrupt(check);
    try {
        CryptoSelfTest::run();
        FAIL("the self-test passed with a wrong answer for " << check);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Damaged);
        CHECK(e.message().contains(QStringLiteral("not open anything")));
    }
    CHECK(CryptoSelfTest::lastFailure() == QLatin1String(check));
}
