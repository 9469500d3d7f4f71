#include "cli/TerminalEcho.h"

#include <termios.h>
#include <unistd.h>

#include <array>
#include <csignal>

namespace mooring::cli {

namespace {

// State for the signal handler; only one echo guard is active at a time (one prompt).
int g_fd = -1;
struct termios g_saved {};
volatile std::sig_atomic_t g_armed = 0;

constexpr std::array<int, 4> kSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
std::array<struct sigaction, kSignals.size()> g_previous{};
std::array<bool, kSignals.size()> g_installed{};

void restorePrevious() {
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        if (g_installed[i]) ::sigaction(kSignals[i], &g_previous[i], nullptr);
        g_installed[i] = false;
    }
}

void restoreOnSignal(int signal) {
    // Only async-signal-safe calls here: tcsetattr, write, sigaction, raise.
    if (g_armed) {
        ::tcsetattr(g_fd, TCSANOW, &g_saved);
        // The typed newline was not echoed either; end the prompt's line.
        const ssize_t ignored = ::write(STDERR_FILENO, "\n", 1);
        static_cast<void>(ignored);
        g_armed = 0;
    }
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        if (kSignals[i] == signal) ::sigaction(signal, &g_previous[i], nullptr);
    }
    // Delivered again once this handler returns, now with the previous disposition.
    ::raise(signal);
}

}  // namespace

TerminalEcho::TerminalEcho(int fd) : m_fd(fd) {
    struct termios current {};
    if (::tcgetattr(fd, &current) != 0) return;  // not a terminal: nothing is echoed anyway

    g_fd = fd;
    g_saved = current;
    struct sigaction action {};
    action.sa_handler = restoreOnSignal;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        // A signal that was ignored (nohup, a script's trap) stays ignored.
        struct sigaction current {};
        ::sigaction(kSignals[i], nullptr, &current);
        if (current.sa_handler == SIG_IGN) continue;
        g_installed[i] = ::sigaction(kSignals[i], &action, &g_previous[i]) == 0;
    }
    g_armed = 1;

    struct termios silent = current;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
    // TCSAFLUSH as getpass() does: anything typed before the prompt was echoed already.
    if (::tcsetattr(fd, TCSAFLUSH, &silent) != 0) {
        g_armed = 0;
        restorePrevious();
        return;
    }
    m_active = true;
}

TerminalEcho::~TerminalEcho() {
    if (!m_active) return;
    ::tcsetattr(m_fd, TCSANOW, &g_saved);
    g_armed = 0;
    restorePrevious();
}

}  // namespace mooring::cli
