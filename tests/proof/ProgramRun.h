#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace mooring::test {

// One run of a program for the proof checks; `stopAfter` ends a program that would run
// on (the GUI) with SIGTERM once that much time has passed.
struct ProgramRun {
    bool started = false;
    bool exitedNormally = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                      std::optional<std::chrono::milliseconds> stopAfter = std::nullopt);

// The environment of a test run of mooring-cli (fast key derivation, no MOORING_PROFILE).
QProcessEnvironment cliEnvironment();

}  // namespace mooring::test
