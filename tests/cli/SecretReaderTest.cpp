#include "cli/SecretReader.h"
#include "domain/Error.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

using namespace mooring;
using namespace mooring::cli;

namespace {

// A pipe whose write end is filled and closed up front, like `printf ... | mooring-cli`.
class InputPipe {
public:
    explicit InputPipe(const QByteArray& content) {
        REQUIRE(::pipe(m_fds) == 0);
        REQUIRE(::write(m_fds[1], content.constData(), static_cast<std::size_t>(content.size())) == content.size());
        ::close(m_fds[1]);
    }
    ~InputPipe() { ::close(m_fds[0]); }
    int readEnd() const { return m_fds[0]; }

private:
    int m_fds[2] = {-1, -1};
};

std::string text(const SecureBuffer& buffer) { return std::string(buffer.view()); }

// A pseudo-terminal: the reader gets the terminal side, the test types on the other.
class PseudoTerminal {
public:
    PseudoTerminal() {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        REQUIRE(m_master >= 0);
        REQUIRE(::grantpt(m_master) == 0);
        REQUIRE(::unlockpt(m_master) == 0);
        m_terminal = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY);
        REQUIRE(m_terminal >= 0);
    }
    ~PseudoTerminal() {
        ::close(m_terminal);
        ::close(m_master);
    }
    int terminal() const { return m_terminal; }

    bool echoOn() const {
        termios state{};
        REQUIRE(::tcgetattr(m_terminal, &state) == 0);
        return (state.c_lflag & ECHO) != 0;
    }
    void type(const char* keys) const {
        const auto size = std::char_traits<char>::length(keys);
        REQUIRE(::write(m_master, keys, size) == static_cast<ssize_t>(size));
    }
    // What the terminal showed since the last call: everything up to a marker written
    // now, so echo still travelling to the screen is not missed.
    QByteArray screen() const {
        static const QByteArray marker = "<end-of-screen>";
        REQUIRE(::write(m_terminal, marker.constData(), static_cast<std::size_t>(marker.size())) == marker.size());
        QByteArray shown;
        while (!shown.endsWith(marker)) {
            char byte = 0;
            REQUIRE(::read(m_master, &byte, 1) == 1);
            shown.append(byte);
        }
        shown.chop(marker.size());
        return shown;
    }

private:
    int m_master = -1;
    int m_terminal = -1;
};

// Waits (bounded) until the reader has turned echo off, i.e. is ready for typing.
bool waitForEchoOff(const PseudoTerminal& pty) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (pty.echoOn()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

}  // namespace

TEST_CASE("Secrets from a pipe are read one line each, in order, without line endings", "[cli]") {
    InputPipe input("first secret\r\nsecond\n\nlast without newline");
    SecretReader reader(input.readEnd());
    CHECK_FALSE(reader.isTerminal());
    CHECK(text(reader.read(QStringLiteral("? "))) == "first secret");
    CHECK(text(reader.read(QStringLiteral("? "))) == "second");
    CHECK(reader.read(QStringLiteral("? ")).empty());
    CHECK(text(reader.read(QStringLiteral("? "))) == "last without newline");
}

TEST_CASE("Input that ends before a secret is bad usage, not an empty secret", "[cli]") {
    InputPipe input("only one\n");
    SecretReader reader(input.readEnd());
    CHECK(text(reader.read(QStringLiteral("? "))) == "only one");
    try {
        reader.read(QStringLiteral("? "));
        FAIL("an exhausted input gave a secret");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK_FALSE(error.message().isEmpty());
    }
}

TEST_CASE("Multi-byte characters are kept as typed (UTF-8)", "[cli]") {
    InputPipe input("gr\xc3\xbcn \xe2\x98\x95\n");
    SecretReader reader(input.readEnd());
    CHECK(text(reader.read(QStringLiteral("? "))) == "gr\xc3\xbcn \xe2\x98\x95");
}

TEST_CASE("An overlong line is refused and does not spill into the next secret", "[cli]") {
    QByteArray content(static_cast<qsizetype>(SecretReader::kMaxLength) + 10, 'a');
    content += "\nnext\n";
    InputPipe input(content);
    SecretReader reader(input.readEnd());
    CHECK_THROWS_AS(reader.read(QStringLiteral("? ")), Error);
    CHECK(text(reader.read(QStringLiteral("? "))) == "next");

    // Exactly the limit is still fine.
    InputPipe exact(QByteArray(static_cast<qsizetype>(SecretReader::kMaxLength), 'b') + "\n");
    SecretReader exactReader(exact.readEnd());
    CHECK(exactReader.read(QStringLiteral("? ")).size() == SecretReader::kMaxLength);
}

TEST_CASE("At a terminal the prompt goes to the prompt stream, nothing typed is echoed, and echo comes back", "[cli]") {
    PseudoTerminal pty;
    int promptPipe[2];
    REQUIRE(::pipe(promptPipe) == 0);
    REQUIRE(pty.echoOn());

    SecretReader reader(pty.terminal(), promptPipe[1]);
    REQUIRE(reader.isTerminal());

    std::string secret;
    std::thread typing([&] { secret = text(reader.read(QStringLiteral("Passphrase: "))); });
    const bool silenced = waitForEchoOff(pty);
    if (silenced)
        pty.type("quiet words\r");  // Enter sends a carriage return
    else
        pty.type("\r");  // let the reader finish so the thread can be joined
    typing.join();
    REQUIRE(silenced);

    CHECK(secret == "quiet words");
    CHECK(pty.echoOn());
    CHECK_FALSE(pty.screen().contains("quiet"));

    ::close(promptPipe[1]);
    QByteArray prompt;
    char byte = 0;
    while (::read(promptPipe[0], &byte, 1) == 1) prompt.append(byte);
    ::close(promptPipe[0]);
    CHECK(prompt == "Passphrase: \n");
}

TEST_CASE("At a terminal, echo comes back when the reader is interrupted by the end of input", "[cli]") {
    PseudoTerminal pty;
    int promptPipe[2];
    REQUIRE(::pipe(promptPipe) == 0);
    SecretReader reader(pty.terminal(), promptPipe[1]);

    bool refused = false;
    std::thread typing([&] {
        try {
            reader.read(QStringLiteral("Passphrase: "));
        } catch (const Error& error) {
            refused = error.kind() == Error::Kind::InvalidInput;
        }
    });
    const bool silenced = waitForEchoOff(pty);
    pty.type("\x04");  // Ctrl+D on an empty line
    typing.join();
    ::close(promptPipe[0]);
    ::close(promptPipe[1]);
    REQUIRE(silenced);
    CHECK(refused);
    CHECK(pty.echoOn());
}
