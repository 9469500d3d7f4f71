#include "ProgramRun.h"

#include <QProcess>

#include <csignal>

namespace mooring::test {

ProgramRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input,
                      const QProcessEnvironment& environment, std::optional<std::chrono::milliseconds> stopAfter) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(10000)) return run;
    run.started = true;
    process.write(input);
    process.closeWriteChannel();
    if (stopAfter) {
        // A GUI runs until someone closes it; here nobody will.
        if (!process.waitForFinished(static_cast<int>(stopAfter->count()))) process.terminate();
    }
    process.waitForFinished(600000);  // slow machines, sanitizers
    run.exitedNormally = process.exitStatus() == QProcess::NormalExit && process.state() == QProcess::NotRunning;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QProcessEnvironment cliEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MOORING_PROFILE"));
    environment.insert(QStringLiteral("MOORING_INSECURE_FAST_KDF"), QStringLiteral("1"));
    return environment;
}

}  // namespace mooring::test
