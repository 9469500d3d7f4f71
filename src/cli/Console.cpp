#include "cli/Console.h"

#include <unistd.h>

#include <cerrno>

namespace mooring::cli {

namespace {

void writeAll(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;  // a closed stdout cannot be helped; the exit status still tells
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
}

}  // namespace

void Console::writeLine(std::FILE* file, const QString& text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), file);
    if (!text.endsWith(u'\n')) std::fputc('\n', file);
    std::fflush(file);
}

void Console::message(const QString& text) { writeLine(m_err, text); }

void Console::data(const QString& line) { writeLine(m_out, line); }

void Console::secretData(std::string_view bytes) {
    std::fflush(m_out);
    const int fd = ::fileno(m_out);
    writeAll(fd, bytes.data(), bytes.size());
    writeAll(fd, "\n", 1);
}

}  // namespace mooring::cli
