// mooring-cli at a terminal (a pseudo-terminal as its standard input): prompts on
// stderr, nothing typed is echoed, and the terminal is given back as it was, even when
// the program is interrupted.
#include "CliProcess.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <functional>
#include <string>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

class PseudoTerminal {
public:
    PseudoTerminal() {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        REQUIRE(m_master >= 0);
        REQUIRE(::grantpt(m_master) == 0);
        REQUIRE(::unlockpt(m_master) == 0);
        m_name = QString::fromLocal8Bit(::ptsname(m_master));
        // Kept open so the terminal's settings can be read after the child is gone.
        m_terminal = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY);
        REQUIRE(m_terminal >= 0);
    }
    ~PseudoTerminal() {
        ::close(m_terminal);
        ::close(m_master);
    }
    const QString& name() const { return m_name; }
    bool echoOn() const {
        termios state{};
        REQUIRE(::tcgetattr(m_terminal, &state) == 0);
        return (state.c_lflag & ECHO) != 0;
    }
    void type(const QByteArray& keys) const {
        REQUIRE(::write(m_master, keys.constData(), static_cast<std::size_t>(keys.size())) == keys.size());
    }
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
    QString m_name;
};

// mooring-cli with the terminal as standard input, its stderr collected as it comes.
class TerminalRun {
public:
    TerminalRun(const PseudoTerminal& pty, const QStringList& arguments, const std::function<void()>& inChild = {}) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MOORING_INSECURE_FAST_KDF"_s, u"1"_s);
        m_process.setProcessEnvironment(environment);
        m_process.setStandardInputFile(pty.name());
        if (inChild) m_process.setChildProcessModifier(inChild);
        m_process.start(QStringLiteral(MOORING_CLI_PATH), arguments);
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~TerminalRun() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Waits until the program has shown `count` prompts and turned echo off for the last.
    bool waitForPrompt(const PseudoTerminal& pty, int count) {
        for (int round = 0; round < 2000; ++round) {
            m_err += m_process.readAllStandardError();
            if (m_err.count(':') >= count && !pty.echoOn()) return true;
            if (m_process.state() == QProcess::NotRunning) return false;
            m_process.waitForReadyRead(5);
        }
        return false;
    }
    QProcess& process() { return m_process; }
    QByteArray err() {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

}  // namespace

TEST_CASE("At a terminal, create prompts on stderr and nothing typed shows on the screen", "[cli]") {
    TempProfile profile;
    PseudoTerminal pty;
    REQUIRE(pty.echoOn());
    TerminalRun run(pty, {u"create"_s, u"--profile"_s, profile.dir()});

    REQUIRE(run.waitForPrompt(pty, 1));
    pty.type("lantern by the window\r");
    REQUIRE(run.waitForPrompt(pty, 2));
    pty.type("lantern by the window\r");
    REQUIRE(run.process().waitForFinished(60000));

    CHECK(run.process().exitStatus() == QProcess::NormalExit);
    CHECK(run.process().exitCode() == 0);
    CHECK_FALSE(run.process().readAllStandardOutput().trimmed().isEmpty());  // the recovery code
    CHECK_FALSE(pty.screen().contains("lantern"));
    CHECK_FALSE(run.err().contains("lantern"));
    CHECK(pty.echoOn());
}

TEST_CASE("Ctrl+C at the passphrase prompt gives the terminal its echo back", "[cli]") {
    TempProfile profile;
    PseudoTerminal pty;
    TerminalRun run(pty, {u"create"_s, u"--profile"_s, profile.dir()});
    REQUIRE(run.waitForPrompt(pty, 1));
    REQUIRE_FALSE(pty.echoOn());

    REQUIRE(::kill(static_cast<pid_t>(run.process().processId()), SIGINT) == 0);
    REQUIRE(run.process().waitForFinished(10000));
    CHECK(run.process().exitStatus() == QProcess::CrashExit);  // ended by the signal, as Ctrl+C should
    CHECK(pty.echoOn());
}

TEST_CASE("A signal the caller chose to ignore stays ignored while a passphrase is asked for", "[cli]") {
    TempProfile profile;
    PseudoTerminal pty;
    // As under nohup: hang-ups are ignored.
    TerminalRun run(pty, {u"create"_s, u"--profile"_s, profile.dir()}, [] { std::signal(SIGHUP, SIG_IGN); });
    REQUIRE(run.waitForPrompt(pty, 1));

    REQUIRE(::kill(static_cast<pid_t>(run.process().processId()), SIGHUP) == 0);
    CHECK_FALSE(run.process().waitForFinished(300));  // still there, still not echoing
    CHECK_FALSE(pty.echoOn());

    pty.type("steady\r");
    REQUIRE(run.waitForPrompt(pty, 2));
    pty.type("steady\r");
    REQUIRE(run.process().waitForFinished(60000));
    CHECK(run.process().exitStatus() == QProcess::NormalExit);
    CHECK(run.process().exitCode() == 0);
    CHECK_FALSE(pty.screen().contains("steady"));
    CHECK(pty.echoOn());
}
