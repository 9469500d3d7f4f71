#include "cli/Console.h"

#include <unistd.h>

#include <cerrno>

namespace mooring::cli {

namespace {

bool writeAll(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

}  // namespace

bool Console::writeLine(std::FILE* file, const QString& text) {
    const QByteArray bytes = text.toLocal8Bit();
    const auto size = static_cast<std::size_t>(bytes.size());
    bool ok = std::fwrite(bytes.constData(), 1, size, file) == size;
    if (!text.endsWith(u'\n')) ok = std::fputc('\n', file) != EOF && ok;
    return std::fflush(file) == 0 && ok;
}

void Console::message(const QString& text) { writeLine(m_err, text); }

void Console::data(const QString& line) {
    if (!writeLine(m_out, line)) m_dataWritten = false;
}

bool Console::secretData(std::string_view bytes) {
    const int fd = ::fileno(m_out);
    const bool ok = std::fflush(m_out) == 0 && writeAll(fd, bytes.data(), bytes.size()) && writeAll(fd, "\n", 1);
    if (!ok) m_dataWritten = false;
    return ok;
}

}  // namespace mooring::cli
