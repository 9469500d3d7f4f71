#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace mooring::test {

// A key file's bytes with the trailing checksum recomputed, so a test can reach the checks
// behind it (a deliberate change rather than an accidental one).
QByteArray withFreshChecksum(QByteArray keyFileBytes);

// Every file under `dir` (recursively), relative name -> bytes: "byte-identical" checks.
QMap<QString, QByteArray> folderSnapshot(const QString& dir);

// How a forked child is held back before it runs the action.
struct ChildLimits {
    // Drop to nobody (uid/gid 65534) when running as root, where permission bits don't
    // stop anyone; otherwise nothing (the test's chmod already applies).
    bool dropRootPrivileges = false;
    // RLIMIT_FSIZE: no file can grow past this many bytes ("disk full"); SIGXFSZ ignored.
    std::optional<long> maxFileSize;
};

struct ChildOutcome {
    bool succeeded = false;                // the action returned normally
    std::optional<Error::Kind> errorKind;  // it threw a mooring::Error of this kind
    QString message;                       // that error's message, or what else happened
};

// Runs `action` in a forked child under `limits` and reports how it ended. The child
// never returns into the test runner.
ChildOutcome runInChild(const ChildLimits& limits, const std::function<void()>& action);

// Whether the test runs as root (permission bits don't apply).
bool runningAsRoot();

}  // namespace mooring::test
