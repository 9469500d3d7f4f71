#include "storage/SecureBuffer.h"

#include <catch2/catch.hpp>

#include <QString>

using mooring::SecureBuffer;

TEST_CASE("Secure buffers hold secrets and compare in constant time") {
    SecureBuffer a = SecureBuffer::fromUtf8(QStringLiteral("löwenzahn"));
    CHECK(a.size() == 10);  // ö is two bytes in UTF-8
    CHECK(a.view() == "l\xc3\xb6wenzahn");

    SecureBuffer b = SecureBuffer::fromUtf8(std::string_view("l\xc3\xb6wenzahn"));
    CHECK(a.equals(b));

    SecureBuffer r1 = SecureBuffer::random(32);
    SecureBuffer r2 = SecureBuffer::random(32);
    CHECK(r1.size() == 32);
    CHECK_FALSE(r1.equals(r2));

    SecureBuffer moved = std::move(r1);
    CHECK(moved.size() == 32);
    CHECK(r1.empty());  // NOLINT(bugprone-use-after-move): moved-from is defined empty
    moved.clear();
    CHECK(moved.empty());
}
