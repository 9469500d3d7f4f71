#include "domain/Error.h"
#include "storage/RecoveryCode.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <string>

using mooring::Error;
using mooring::RecoveryCode;
using mooring::SecureBuffer;

namespace {

std::string str(const SecureBuffer& b) { return std::string(b.view()); }
SecureBuffer typed(const std::string& s) { return SecureBuffer::fromUtf8(std::string_view(s)); }

Error::Kind parseErrorKind(const std::string& text) {
    try {
        RecoveryCode::parse(typed(text));
    } catch (const Error& e) {
        CHECK_FALSE(e.message().isEmpty());
        return e.kind();
    }
    FAIL("parse accepted " << text);
    return Error::Kind::Damaged;
}

// A valid code's text with character `i` (of the 28) replaced by `c`.
std::string withCharacter(const RecoveryCode& code, int i, char c) {
    std::string s = str(code.canonical());
    s[static_cast<std::size_t>(i)] = c;
    return s;
}

}  // namespace

TEST_CASE("A recovery code is 7 readable groups of 4 Crockford characters", "[vault][recovery]") {
    const RecoveryCode code = RecoveryCode::generate();
    const QString formatted = QString::fromStdString(str(code.formatted()));
    const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$"));
    CHECK(shape.match(formatted).hasMatch());
    CHECK(code.canonical().size() == 28);
    CHECK(RecoveryCode::groupCount() == 7);
    for (int i = 0; i < RecoveryCode::groupCount(); ++i)
        CHECK(str(code.group(i)) == formatted.mid(i * 5, 4).toStdString());
    CHECK_THROWS_AS(code.group(7), std::out_of_range);
    CHECK_THROWS_AS(code.group(-1), std::out_of_range);
}

TEST_CASE("Generated recovery codes differ and use the whole alphabet", "[vault][recovery]") {
    QSet<QString> codes;
    QSet<QChar> symbols;
    for (int i = 0; i < 200; ++i) {
        const QString c = QString::fromStdString(str(RecoveryCode::generate().canonical()));
        codes.insert(c);
        for (QChar ch : c.left(RecoveryCode::kRandomLength)) symbols.insert(ch);
    }
    CHECK(codes.size() == 200);
    CHECK(symbols.size() == 32);  // 200 x 26 draws miss a symbol with negligible chance
}

TEST_CASE("A recovery code is read back however it was typed", "[vault][recovery]") {
    const RecoveryCode code = RecoveryCode::generate();
    const std::string canonical = str(code.canonical());

    SECTION("as shown") { CHECK(RecoveryCode::parse(code.formatted()).canonical().equals(code.canonical())); }
    SECTION("lower case, spaces and stray dashes") {
        std::string sloppy = "  ";
        for (std::size_t i = 0; i < canonical.size(); ++i) {
            sloppy += static_cast<char>(std::tolower(static_cast<unsigned char>(canonical[i])));
            if (i % 3 == 2) sloppy += i % 2 ? " " : " - ";
        }
        sloppy += "\n";
        CHECK(RecoveryCode::parse(typed(sloppy)).canonical().equals(code.canonical()));
    }
    SECTION("O for 0, I and L for 1") {
        std::string lookalikes = canonical;
        bool changed = false;
        for (char& c : lookalikes) {
            if (c == '0') {
                c = 'o';
                changed = true;
            } else if (c == '1') {
                c = changed ? 'L' : 'i';
                changed = true;
            }
        }
        CHECK(RecoveryCode::parse(typed(lookalikes)).canonical().equals(code.canonical()));
    }
}

TEST_CASE("Look-alike letters map to digits", "[vault][recovery]") {
    // Find a code with a 0 and a 1 in its random part, so the mapping is really exercised.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const RecoveryCode code = RecoveryCode::generate();
        const std::string s = str(code.canonical());
        const auto zero = s.find('0');
        const auto one = s.find('1');
        if (zero == std::string::npos || one == std::string::npos) continue;
        std::string t = s;
        t[zero] = 'O';
        t[one] = 'l';
        CHECK(RecoveryCode::parse(typed(t)).canonical().equals(code.canonical()));
        return;
    }
    FAIL("no code with both 0 and 1 in 1000 tries");
}

TEST_CASE("A mistyped recovery code is a kind InvalidInput", "[vault][recovery]") {
    const RecoveryCode code = RecoveryCode::generate();
    const std::string canonical = str(code.canonical());
    CHECK(parseErrorKind("") == Error::Kind::InvalidInput);
    CHECK(parseErrorKind(" - ") == Error::Kind::InvalidInput);
    CHECK(parseErrorKind(canonical.substr(0, 27)) == Error::Kind::InvalidInput);
    CHECK(parseErrorKind(canonical + "7") == Error::Kind::InvalidInput);
    CHECK(parseErrorKind(withCharacter(code, 5, 'U')) == Error::Kind::InvalidInput);
    CHECK(parseErrorKind(withCharacter(code, 5, '!')) == Error::Kind::InvalidInput);
    CHECK(parseErrorKind(canonical.substr(0, 10) + "\xc3\x96" + canonical.substr(11)) == Error::Kind::InvalidInput);

    // Every single-character slip is caught by the check characters or the alphabet...
    int caught = 0;
    int tried = 0;
    for (int i = 0; i < RecoveryCode::kLength; ++i) {
        const char original = canonical[static_cast<std::size_t>(i)];
        const char other = original == 'Z' ? 'Y' : (original == '9' ? 'A' : static_cast<char>(original + 1));
        const std::string slip = withCharacter(code, i, other == 'I' || other == 'L' || other == 'O' ? 'P' : other);
        ++tried;
        try {
            RecoveryCode::parse(typed(slip));
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::InvalidInput);
            ++caught;
        }
    }
    // ...except, rarely, a slip the 10 check bits cannot see (1 in 1024 each).
    CHECK(caught >= tried - 1);
}

TEST_CASE("A group typed back at setup is compared with the same tolerance", "[vault][recovery]") {
    const RecoveryCode code = RecoveryCode::generate();
    const std::string third = str(code.group(2));
    std::string lower;
    for (char c : third) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(code.groupMatches(2, typed(third)));
    CHECK(code.groupMatches(2, typed(" " + lower + " ")));
    const std::string wrong = third.substr(0, 3) + (third[3] == 'A' ? "B" : "A");
    CHECK_FALSE(code.groupMatches(2, typed(wrong)));
    CHECK_FALSE(code.groupMatches(2, typed(third.substr(0, 3))));
    CHECK_FALSE(code.groupMatches(2, typed(third + "!")));
}
