#include "domain/Error.h"

#include <catch2/catch.hpp>

using mooring::Error;

TEST_CASE("An error keeps its kind and a message fit to show") {
    const Error error(Error::Kind::Busy, QStringLiteral("Mooring is already open."));
    CHECK(error.kind() == Error::Kind::Busy);
    CHECK(error.message() == QStringLiteral("Mooring is already open."));
    CHECK(std::string(error.what()) == "Mooring is already open.");
}
