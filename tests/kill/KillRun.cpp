#include "KillRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <iostream>

namespace mooring::test {

void KillTally::print(const char* what, std::uint32_t seed) const {
    std::cout << "kill check (" << what << "): runs " << runs << ", kills " << kills << ", records checked " << records
              << ", lost " << lost << ", unopenable " << unopenable << " (seed " << seed << ")" << std::endl;
}

int killRunsWanted() {
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("MOORING_KILL_RUNS", &ok);
    return ok && wanted > 0 ? wanted : 50;
}

std::uint32_t killSeed(const char* what) {
    bool ok = false;
    const auto fixed = static_cast<std::uint32_t>(qEnvironmentVariableIntValue("MOORING_KILL_SEED", &ok));
    const std::uint32_t seed = ok ? fixed : std::random_device{}();
    std::cout << "kill check (" << what << "): seed " << seed << " (MOORING_KILL_SEED replays it)" << std::endl;
    return seed;
}

KilledRun runAndKill(const QString& program, const QStringList& arguments, const QByteArray& input,
                     std::chrono::milliseconds delay, bool fastKdf) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MOORING_PROFILE"));
    if (fastKdf) environment.insert(QStringLiteral("MOORING_INSECURE_FAST_KDF"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    KilledRun run;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) return run;
    process.write(input);
    process.closeWriteChannel();
    // The point of the check is a moment nobody chose, so here waiting is the test.
    const auto left = delay - std::chrono::milliseconds(clock.elapsed());
    if (left.count() > 0) process.waitForFinished(static_cast<int>(left.count()));
    if (process.state() != QProcess::NotRunning) {
        process.kill();  // SIGKILL
        run.killed = true;
    }
    process.waitForFinished(60000);
    run.elapsed = std::chrono::milliseconds(clock.elapsed());
    if (!run.killed) run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<QByteArray> completeLines(const QByteArray& out) {
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast();  // after the last '\n': empty, or a line the kill cut short
    return lines;
}

}  // namespace mooring::test
