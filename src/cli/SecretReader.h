#pragma once

#include "storage/SecureBuffer.h"

#include <QString>

#include <cstddef>

#include <unistd.h>

namespace mooring::cli {

// Reads passphrases and recovery codes (docs/cli.md). From a terminal: a
// prompt on stderr and no echo. Otherwise: one line per secret from the input, in the
// order the command asks, so scripts and tests can drive mooring-cli. The bytes go
// straight into secure memory, one read(2) at a time: no stdio buffer holds a copy, and
// nothing past the line is consumed, so the next secret is still there to read.
class SecretReader {
public:
    static constexpr std::size_t kMaxLength = 4096;

    explicit SecretReader(int inputFd = STDIN_FILENO, int promptFd = STDERR_FILENO);

    bool isTerminal() const noexcept { return m_terminal; }

    // One secret without its line ending ("\n" or "\r\n"). Throws Error(InvalidInput)
    // when the input ends before anything was given or the line is longer than kMaxLength.
    SecureBuffer read(const QString& prompt);

private:
    void writePrompt(const QString& text) const;

    int m_inputFd;
    int m_promptFd;
    bool m_terminal;
};

}  // namespace mooring::cli
