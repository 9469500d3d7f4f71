#pragma once

namespace mooring::cli {

// While alive, the terminal on `fd` does not echo what is typed (a passphrase being
// entered). The previous state comes back when it is destroyed, and also when the
// process is stopped by Ctrl+C, Ctrl+\, a hang-up or SIGTERM: a terminal left silent
// would look broken to the person afterwards.
class TerminalEcho {
public:
    explicit TerminalEcho(int fd);
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho&) = delete;
    TerminalEcho& operator=(const TerminalEcho&) = delete;

    bool active() const noexcept { return m_active; }

private:
    int m_fd;
    bool m_active = false;
};

}  // namespace mooring::cli
