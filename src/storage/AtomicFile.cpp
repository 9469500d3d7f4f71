#include "storage/AtomicFile.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mooring {

namespace {

std::optional<AtomicFile::Step> g_fault;  // tests only; see injectFaultForTests()

[[noreturn]] void throwCannotWrite(const QString& path, int error) {
    const QString shown = QDir::toNativeSeparators(path);
    QString message;
    switch (error) {
        case ENOSPC:
        case EFBIG:
#ifdef EDQUOT
        case EDQUOT:
#endif
            message = QCoreApplication::translate("mooring",
                                                  "There isn't enough free space to save %1. Nothing was changed. "
                                                  "Freeing some space on this drive and trying again should help.")
                          .arg(shown);
            break;
        case EACCES:
        case EPERM:
        case EROFS:
            message = QCoreApplication::translate("mooring",
                                                  "Mooring isn't allowed to save %1; the folder may be read-only. "
                                                  "Nothing was changed.")
                          .arg(shown);
            break;
        default:
            message = QCoreApplication::translate("mooring",
                                                  "Mooring couldn't save %1. Nothing was changed; please try again.")
                          .arg(shown);
            break;
    }
    throw Error(Error::Kind::CannotWrite, message);
}

bool faultAt(AtomicFile::Step step) {
    if (g_fault != step) return false;
    errno = ENOSPC;
    return true;
}

// The rename is only durable once the folder itself is synced; a failure here leaves the
// new file in place, so it is not reported.
void syncFolder(const QString& path) {
#ifdef Q_OS_UNIX
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

}  // namespace

void AtomicFile::write(const QString& path, QByteArrayView bytes) {
    QSaveFile file(path);
    // Unbuffered: a short write shows up at write(), with errno still telling why.
    errno = 0;
    if (faultAt(Step::Open) || !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) throwCannotWrite(path, errno);
    errno = 0;
    if (faultAt(Step::Permissions) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const int error = errno;
        file.cancelWriting();
        throwCannotWrite(path, error);
    }
    errno = 0;
    const qint64 written = faultAt(Step::Write) ? -1 : file.write(bytes.data(), bytes.size());
    // A full disk can accept part of the bytes without an error: only the count tells.
    if (written != bytes.size()) {
        const int error = errno;
        file.cancelWriting();
        throwCannotWrite(path, error);
    }
    errno = 0;
    if (faultAt(Step::Flush) || !file.flush()) {
        const int error = errno;
        file.cancelWriting();
        throwCannotWrite(path, error);
    }
    errno = 0;
    if (faultAt(Step::Commit) || !file.commit()) throwCannotWrite(path, errno);
    syncFolder(path);
}

void AtomicFile::injectFaultForTests(std::optional<Step> step) { g_fault = step; }

}  // namespace mooring
