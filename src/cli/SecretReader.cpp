#include "cli/SecretReader.h"

#include "cli/TerminalEcho.h"
#include "domain/Error.h"

#include <QCoreApplication>

#include <cerrno>
#include <memory>

namespace mooring::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(mooring)
};

enum class LineEnd { Newline, EndOfInput, TooLong };

}  // namespace

SecretReader::SecretReader(int inputFd, int promptFd)
    : m_inputFd(inputFd), m_promptFd(promptFd), m_terminal(::isatty(inputFd) == 1) {}

void SecretReader::writePrompt(const QString& text) const {
    const QByteArray bytes = text.toLocal8Bit();
    const char* data = bytes.constData();
    auto size = static_cast<std::size_t>(bytes.size());
    while (size > 0) {
        const ssize_t written = ::write(m_promptFd, data, size);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
}

SecureBuffer SecretReader::read(const QString& prompt) {
    SecureBuffer line(kMaxLength);
    std::size_t length = 0;
    bool sawAnything = false;
    LineEnd end = LineEnd::EndOfInput;
    {
        std::unique_ptr<TerminalEcho> silence;
        if (m_terminal) {
            writePrompt(prompt);
            silence = std::make_unique<TerminalEcho>(m_inputFd);
        }
        for (;;) {
            char byte = 0;
            const ssize_t got = ::read(m_inputFd, &byte, 1);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) {
                end = LineEnd::EndOfInput;
                break;
            }
            sawAnything = true;
            if (byte == '\n') {
                end = LineEnd::Newline;
                break;
            }
            if (length == kMaxLength) {
                end = LineEnd::TooLong;
                // Drop the rest of the line so it is not taken for the next secret.
                while (::read(m_inputFd, &byte, 1) == 1 && byte != '\n') {
                }
                break;
            }
            line.data()[length++] = static_cast<std::byte>(byte);
            byte = 0;
        }
    }
    if (m_terminal) writePrompt(QStringLiteral("\n"));  // the Enter key was not echoed

    if (end == LineEnd::TooLong) {
        throw Error(Error::Kind::InvalidInput,
                    Text::tr("That is longer than %1 bytes; please use a shorter one.").arg(kMaxLength));
    }
    if (end == LineEnd::EndOfInput && !sawAnything) {
        throw Error(Error::Kind::InvalidInput, m_terminal ? Text::tr("Nothing was entered, so nothing was changed.")
                                                          : Text::tr("Standard input ended before every passphrase "
                                                                     "or code was given. Nothing was changed."));
    }
    if (length > 0 && line.data()[length - 1] == static_cast<std::byte>('\r')) --length;

    return SecureBuffer::fromBytes(line.bytes().first(length));
}

}  // namespace mooring::cli
