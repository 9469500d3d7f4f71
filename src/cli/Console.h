#pragma once

#include <QString>

#include <cstdio>
#include <string_view>

namespace mooring::cli {

// Where mooring-cli writes: messages for the person on stderr, data on stdout, so a
// script can capture the data without the chatter.
class Console {
public:
    Console(std::FILE* out = stdout, std::FILE* err = stderr) : m_out(out), m_err(err) {}

    void message(const QString& text);  // one line (or more) on stderr
    void data(const QString& line);     // one line on stdout
    // Secret bytes (a recovery code) straight from secure memory to stdout, bypassing
    // stdio's buffer so no second copy lingers there; followed by a newline. False if
    // they could not all be written.
    bool secretData(std::string_view bytes);

    // False once any data could not be written to stdout (a full disk, a closed pipe):
    // data that did not arrive must not be reported as done.
    bool dataWritten() const noexcept { return m_dataWritten; }

private:
    static bool writeLine(std::FILE* file, const QString& text);

    std::FILE* m_out;
    std::FILE* m_err;
    bool m_dataWritten = true;
};

}  // namespace mooring::cli
