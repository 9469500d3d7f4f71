#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace mooring::test {

// One run of the real mooring-cli binary (MOORING_CLI_PATH).
struct CliRun {
    int exitCode = -1;
    bool exitedNormally = false;  // false: crashed, killed or never started
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

struct CliOptions {
    QByteArray input;               // standard input, closed after it
    bool fastKdf = true;            // MOORING_INSECURE_FAST_KDF=1
    QString profileEnv;             // MOORING_PROFILE, unset when empty
    QStringList wrapper;            // e.g. {"setpriv", "--reuid=65534", ...}
    std::function<void()> inChild;  // runs in the child before exec (limits)
    QString stdoutFile;             // standard output to a file (e.g. /dev/full)
    QString stdinFile;              // a file (a terminal) as standard input instead
};

CliRun runCli(const QStringList& arguments, const CliOptions& options = {});

// Common short forms.
CliRun runCli(const QStringList& arguments, const QByteArray& input);

// The recovery code printed by `create` (its stdout without the line ending).
QString recoveryCodeFrom(const CliRun& created);

}  // namespace mooring::test
