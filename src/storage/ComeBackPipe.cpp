#include "storage/ComeBackPipe.h"

#include "storage/ProfilePaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>

namespace mooring {

namespace {

QString runtimeFolder() {
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg)) return xdg;
    // Without a session's runtime folder (no login manager): one of our own in /tmp.
    return QDir::tempPath() + QStringLiteral("/mooring-runtime-") + QString::number(::geteuid());
}

// Only a real folder of this account that nobody else may enter holds the pipe: then no
// other account can put anything at its place or write into it.
bool folderIsOurs(const QString& folder) {
    struct stat info {};
    if (::lstat(QFile::encodeName(folder).constData(), &info) != 0) return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::geteuid() && (info.st_mode & 077) == 0;
}

bool makeFolder(const QString& folder) {
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) return false;
    return folderIsOurs(folder);
}

bool isOurPipe(int fd) {
    struct stat info {};
    return ::fstat(fd, &info) == 0 && S_ISFIFO(info.st_mode) && info.st_uid == ::geteuid();
}

bool sameFile(int fd, const QString& path) {
    struct stat opened {};
    struct stat there {};
    return ::fstat(fd, &opened) == 0 && ::lstat(QFile::encodeName(path).constData(), &there) == 0 &&
           opened.st_dev == there.st_dev && opened.st_ino == there.st_ino;
}

void closeFd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

}  // namespace

QString ComeBackPipe::pipePath(const ProfilePaths& paths) {
    const QFileInfo dir(paths.dir());
    const QString real = dir.canonicalFilePath().isEmpty() ? dir.absoluteFilePath() : dir.canonicalFilePath();
    // A hash, so the name says nothing about where the profile is kept.
    const QByteArray hash = QCryptographicHash::hash(QFile::encodeName(real), QCryptographicHash::Sha256).toHex();
    return runtimeFolder() + QStringLiteral("/mooring-") + QString::fromLatin1(hash.left(32)) + QStringLiteral(".pipe");
}

ComeBackPipe::ComeBackPipe(const ProfilePaths& paths, std::function<void(Request)> onRequest)
    : m_path(pipePath(paths)), m_onRequest(std::move(onRequest)) {
    if (!makeFolder(QFileInfo(m_path).path())) return;
    const QByteArray path = QFile::encodeName(m_path);
    // We hold the profile's lock, so nothing here belongs to a running Mooring: a pipe left
    // by one that was killed, or anything else, goes (a link goes, not what it points to).
    if (::unlink(path.constData()) != 0 && errno != ENOENT) return;
    if (::mkfifo(path.constData(), 0600) != 0) return;
    m_readFd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (m_readFd < 0 || !isOurPipe(m_readFd) || ::fchmod(m_readFd, 0600) != 0) {
        closeFd(m_readFd);
        return;
    }
    // Our own writing end keeps the pipe from reading as "closed" after each request,
    // which would wake the notifier over and over.
    m_writeFd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (m_writeFd < 0 || !sameFile(m_writeFd, m_path)) {
        closeFd(m_writeFd);
        closeFd(m_readFd);
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_readFd, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { readRequests(); });
}

ComeBackPipe::~ComeBackPipe() {
    m_notifier.reset();
    // Removed only if it is still ours: something put in its place since is left alone.
    if (m_readFd >= 0 && sameFile(m_readFd, m_path)) ::unlink(QFile::encodeName(m_path).constData());
    closeFd(m_writeFd);
    closeFd(m_readFd);
}

void ComeBackPipe::readRequests() {
    bool show = false;
    bool helpNow = false;
    char bytes[64];
    for (;;) {
        const ssize_t got = ::read(m_readFd, bytes, sizeof bytes);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        for (ssize_t i = 0; i < got; ++i) {
            // Anything but the two requests is ignored.
            if (bytes[i] == static_cast<char>(Request::Show)) show = true;
            if (bytes[i] == static_cast<char>(Request::HelpNow)) helpNow = true;
        }
    }
    // Several starts in a row come back once; help wins, it is what someone needs now.
    if (helpNow)
        m_onRequest(Request::HelpNow);
    else if (show)
        m_onRequest(Request::Show);
}

bool ComeBackPipe::ask(const ProfilePaths& paths, Request request) {
    const QString pipe = pipePath(paths);
    if (!folderIsOurs(QFileInfo(pipe).path())) return false;
    // Non-blocking: a pipe nobody reads (left by a killed Mooring) fails at once (ENXIO)
    // instead of waiting. No following links; a file there is opened but never written.
    const int fd =
        ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return false;
    bool sent = false;
    if (isOurPipe(fd)) {
        // If the listener ended just now, writing must fail quietly rather than end us.
        struct sigaction ignore {};
        struct sigaction before {};
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &ignore, &before);
        const char byte = static_cast<char>(request);
        ssize_t written = -1;
        do {
            written = ::write(fd, &byte, 1);
        } while (written < 0 && errno == EINTR);
        sent = written == 1;
        ::sigaction(SIGPIPE, &before, nullptr);
    }
    ::close(fd);
    return sent;
}

}  // namespace mooring
