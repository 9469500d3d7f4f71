#include "support/VaultTestSupport.h"

#include "storage/KeyFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <grp.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <exception>

namespace mooring::test {

QByteArray withFreshChecksum(QByteArray keyFileBytes) {
    const qsizetype body = keyFileBytes.size() - KeyFile::kChecksumSize;
    if (body < 0) return keyFileBytes;
    const QByteArray sum = KeyFile::checksum(QByteArrayView(keyFileBytes).first(body));
    keyFileBytes.replace(body, KeyFile::kChecksumSize, sum);
    return keyFileBytes;
}

QMap<QString, QByteArray> folderSnapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(base.relativeFilePath(path), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("?"));
    }
    return files;
}

bool runningAsRoot() { return ::geteuid() == 0; }

namespace {

void writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0) return;
        done += n;
    }
}

[[noreturn]] void childMain(int fd, const ChildLimits& limits, const std::function<void()>& action) {
    // Byte 0: 'S' success, 'E' mooring::Error (byte 1 = kind), 'X' anything else.
    QByteArray report;
    try {
        if (limits.dropRootPrivileges && ::geteuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                throw std::runtime_error("could not drop to nobody");
        }
        if (limits.maxFileSize) {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{static_cast<rlim_t>(*limits.maxFileSize), static_cast<rlim_t>(*limits.maxFileSize)};
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) throw std::runtime_error("could not set RLIMIT_FSIZE");
        }
        action();
        report = "S";
    } catch (const Error& e) {
        report = "E";
        report.append(static_cast<char>(e.kind()));
        report.append(e.message().toUtf8());
    } catch (const std::exception& e) {
        report = "X";
        report.append(e.what());
    } catch (...) {
        report = "X(unknown exception)";
    }
    writeAll(fd, report);
    ::close(fd);
    ::_exit(0);  // no destructors, no Catch2 in the child
}

}  // namespace

ChildOutcome runInChild(const ChildLimits& limits, const std::function<void()>& action) {
    int fds[2];
    if (::pipe(fds) != 0) return {false, std::nullopt, QStringLiteral("pipe() did not work")};
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return {false, std::nullopt, QStringLiteral("fork() did not work")};
    }
    if (pid == 0) {
        ::close(fds[0]);
        childMain(fds[1], limits, action);
    }
    ::close(fds[1]);
    QByteArray report;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) report.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);

    ChildOutcome outcome;
    if (!WIFEXITED(status) || report.isEmpty()) {
        outcome.message = QStringLiteral("child ended abnormally, status %1").arg(status);
    } else if (report.startsWith('S')) {
        outcome.succeeded = true;
    } else if (report.startsWith('E') && report.size() >= 2) {
        outcome.errorKind = static_cast<Error::Kind>(report.at(1));
        outcome.message = QString::fromUtf8(report.mid(2));
    } else {
        outcome.message = QString::fromUtf8(report.mid(1));
    }
    return outcome;
}

}  // namespace mooring::test
