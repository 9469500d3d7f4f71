#include "CliProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace mooring::test {

CliRun runCli(const QStringList& arguments, const CliOptions& options) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MOORING_PROFILE"));
    environment.remove(QStringLiteral("MOORING_INSECURE_FAST_KDF"));
    if (options.fastKdf) environment.insert(QStringLiteral("MOORING_INSECURE_FAST_KDF"), QStringLiteral("1"));
    if (!options.profileEnv.isEmpty()) environment.insert(QStringLiteral("MOORING_PROFILE"), options.profileEnv);

    QProcess process;
    process.setProcessEnvironment(environment);
    if (options.inChild) process.setChildProcessModifier(options.inChild);
    if (!options.stdoutFile.isEmpty()) process.setStandardOutputFile(options.stdoutFile);
    if (!options.stdinFile.isEmpty()) process.setStandardInputFile(options.stdinFile);

    const QString binary = QStringLiteral(MOORING_CLI_PATH);
    if (options.wrapper.isEmpty()) {
        process.start(binary, arguments);
    } else {
        process.start(options.wrapper.first(), options.wrapper.mid(1) + QStringList{binary} + arguments);
    }
    CliRun run;
    if (!process.waitForStarted(10000)) return run;
    if (options.stdinFile.isEmpty()) {
        process.write(options.input);
        process.closeWriteChannel();
    }
    process.waitForFinished(120000);
    run.exitedNormally = process.exitStatus() == QProcess::NormalExit && process.state() == QProcess::NotRunning;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCli(const QStringList& arguments, const QByteArray& input) {
    CliOptions options;
    options.input = input;
    return runCli(arguments, options);
}

QString recoveryCodeFrom(const CliRun& created) { return created.outText().trimmed(); }

}  // namespace mooring::test
