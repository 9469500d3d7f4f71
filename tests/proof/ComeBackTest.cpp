// Two real Mooring processes: the first has the profile open and is hidden as F12 hides it;
// starting Mooring again brings that window back (locked, or on "I need help now") and the
// second start ends at once with success. The request passes through a named pipe only:
// no socket is opened for it.
#include "ProgramRun.h"

#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <iostream>

using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kGui = QStringLiteral(MOORING_GUI_PATH);
const QString kCli = QStringLiteral(MOORING_CLI_PATH);
const QByteArray kPassphrase = "a boat pulled up on the shingle";

// The first Mooring, with the test hook that hides it as F12 does and reports its window.
class FirstMooring {
public:
    FirstMooring(const QString& profileDir, const QProcessEnvironment& environment) {
        QProcessEnvironment withHook = environment;
        withHook.insert(u"MOORING_TEST_WINDOW_HOOK"_s, u"1"_s);
        m_process.setProcessEnvironment(withHook);
        m_process.start(kGui, {u"-platform"_s, u"offscreen"_s, u"--profile"_s, profileDir});
    }
    ~FirstMooring() {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    // The next line the window prints that starts with `prefix`, or empty after `ms`.
    QByteArray nextLine(const QByteArray& prefix, int ms = 15000) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith(prefix)) return line;
            }
            if (m_process.state() == QProcess::NotRunning) break;
            m_process.waitForReadyRead(200);
        }
        return {};
    }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
};

}  // namespace

TEST_CASE("Starting Mooring again brings the hidden window back and ends quietly", "[come-back]") {
    TempProfile profile;
    QTemporaryDir runtime;  // the session's runtime folder, owner only
    REQUIRE(runtime.isValid());
    REQUIRE(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    const ProgramRun created = runProgram(kCli, {u"create"_s, u"--profile"_s, profile.dir()},
                                          kPassphrase + "\n" + kPassphrase + "\n", environment);
    REQUIRE(created.exitCode == 0);
    const QStringList again{u"-platform"_s, u"offscreen"_s, u"--profile"_s, profile.dir()};

    FirstMooring first(profile.dir(), environment);
    const QByteArray hidden = first.nextLine("hidden");
    INFO(first.process().readAllStandardError().toStdString());
    REQUIRE(hidden == "hidden visible=1 minimized=1 screen=unlockScreen");

    // Started again: exits 0 within seconds, says nothing, and the first window is back.
    QElapsedTimer clock;
    clock.start();
    const ProgramRun second = runProgram(kGui, again, {}, environment, std::chrono::seconds(20));
    const qint64 took = clock.elapsed();
    std::cout << "come back: the second start ended after " << took << " ms" << std::endl;
    INFO(second.err.toStdString());
    CHECK(second.exitedNormally);
    CHECK(second.exitCode == 0);
    CHECK(took < 5000);
    CHECK_FALSE(second.err.contains("already open"));
    CHECK(first.nextLine("came-back", 5000) == "came-back visible=1 minimized=0 screen=unlockScreen");

    // With --help-now it comes back on "I need help now".
    const ProgramRun help =
        runProgram(kGui, again + QStringList{u"--help-now"_s}, {}, environment, std::chrono::seconds(20));
    CHECK(help.exitCode == 0);
    CHECK(first.nextLine("came-back", 5000) == "came-back visible=1 minimized=0 screen=crisisScreen");

    // No socket at all for the request, let alone an internet one. (scripts/test installs
    // strace.) LeakSanitizer cannot work under ptrace: in the sanitizer build the traced run
    // checks memory errors but not leaks.
    {
        REQUIRE_FALSE(QStandardPaths::findExecutable(u"strace"_s).isEmpty());
        QProcessEnvironment traceEnvironment = environment;
        const QString asan = traceEnvironment.value(u"ASAN_OPTIONS"_s);
        traceEnvironment.insert(u"ASAN_OPTIONS"_s, asan + (asan.isEmpty() ? u""_s : u":"_s) + u"detect_leaks=0"_s);
        QTemporaryDir traces;
        const QString trace = traces.filePath(u"again"_s);
        const ProgramRun traced = runProgram(
            u"strace"_s, QStringList{u"-f"_s, u"-e"_s, u"trace=socket,connect"_s, u"-o"_s, trace, kGui} + again, {},
            traceEnvironment, std::chrono::seconds(30));
        INFO(traced.err.toStdString());
        CHECK(traced.exitCode == 0);
        CHECK(first.nextLine("came-back", 5000).startsWith("came-back visible=1 minimized=0"));
        QFile file(trace);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray calls = file.readAll();
        INFO(calls.toStdString());
        CHECK_FALSE(calls.contains("AF_INET"));
    }

    // Killed (no chance to tidy up): its pipe stays behind, nobody reads it. The next start
    // is not fooled into exiting: it opens the profile itself.
    first.process().kill();
    REQUIRE(first.process().waitForFinished(10000));
    FirstMooring next(profile.dir(), environment);
    CHECK(next.nextLine("hidden") == "hidden visible=1 minimized=1 screen=unlockScreen");
}
