#include "storage/AtomicFile.h"

#include "domain/Error.h"
#include "storage/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mooring {

namespace {

std::optional<AtomicFile::Step> g_fault;  // tests only; see injectFaultForTests()

constexpr std::size_t kVerifyChunk = 1 << 16;

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

// File systems without modes (FAT, some network shares) refuse chmod; the file is
// written all the same, as docs/privacy.md says.
bool modesUnsupported(int error) {
    return error == EPERM || error == ENOSYS || error == ENOTSUP || error == EOPNOTSUPP || error == EINVAL;
}

bool writeAll(int fd, QByteArrayView bytes) {
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<std::size_t>(left));
        if (written < 0 && errno == EINTR) continue;
        // A full disk can accept part of the bytes: a short count is retried, and the
        // next write then tells why.
        if (written <= 0) {
            if (written == 0) errno = ENOSPC;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

// Reads the closed file back through a descriptor of its own (some file systems, fusefat
// among them, answer reads on the writing descriptor from stale pages) and compares it
// with what was meant to be there.
bool readsBackAs(const QByteArray& path, QByteArrayView bytes) {
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info {};
    bool same = ::fstat(fd, &info) == 0 && info.st_size == bytes.size();
    std::vector<char> chunk(kVerifyChunk);
    qsizetype offset = 0;
    while (same && offset < bytes.size()) {
        const auto wanted = static_cast<std::size_t>(std::min<qsizetype>(kVerifyChunk, bytes.size() - offset));
        const ssize_t got = ::pread(fd, chunk.data(), wanted, offset);
        if (got < 0 && errno == EINTR) continue;
        same = got > 0 && std::memcmp(chunk.data(), bytes.data() + offset, static_cast<std::size_t>(got)) == 0;
        offset += got;
    }
    ::close(fd);
    if (!same) errno = EIO;
    return same;
}

// The rename is only durable once the folder itself is synced; a failure here leaves the
// new file in place, so it is not reported.
void syncFolder(const QString& path) {
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The hash a streamed file is read back against: it is never all in memory to compare with.
using Digest = std::array<unsigned char, crypto_generichash_BYTES>;

bool readsBackAs(const QByteArray& path, qint64 size, const Digest& expected) {
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info {};
    bool same = ::fstat(fd, &info) == 0 && info.st_size == size;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, expected.size());
    std::vector<unsigned char> chunk(kVerifyChunk);
    while (same) {
        const ssize_t got = ::read(fd, chunk.data(), chunk.size());
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {
            same = got == 0;
            break;
        }
        crypto_generichash_update(&state, chunk.data(), static_cast<std::size_t>(got));
    }
    ::close(fd);
    Digest digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    same = same && sodium_memcmp(digest.data(), expected.data(), digest.size()) == 0;
    if (!same) errno = EIO;
    return same;
}

}  // namespace

StagedFile::StagedFile(const QString& path, QByteArrayView bytes) : m_target(path) { stage({}, bytes); }

StagedFile::StagedFile(const QString& path, const AtomicFile::Producer& produce) : m_target(path) {
    stage(produce, {});
}

void StagedFile::stage(const AtomicFile::Producer& produce, QByteArrayView bytes) {
    const QString& path = m_target;
    QByteArray name = QFile::encodeName(path) + ".XXXXXX";
    errno = 0;
    const int fd = faultAt(AtomicFile::Step::Open) ? -1 : ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) throwCannotWrite(path, errno);
    m_staged = QFile::decodeName(name);
    const auto discard = [&](int error) {
        ::unlink(name.constData());
        throwCannotWrite(path, error);
    };
    const auto fail = [&](int error) {
        ::close(fd);
        discard(error);
    };
    // mkostemp already made it 0600; this only matters where a umask or ACL widened it.
    if (faultAt(AtomicFile::Step::Permissions) || (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 && !modesUnsupported(errno)))
        fail(errno);
    if (!produce) {
        if (faultAt(AtomicFile::Step::Write) || !writeAll(fd, bytes)) fail(errno);
        if (faultAt(AtomicFile::Step::Flush) || ::fsync(fd) != 0) fail(errno);
        if (::close(fd) != 0) discard(errno);
        if (faultAt(AtomicFile::Step::Verify) || !readsBackAs(name, bytes)) discard(errno);
        return;
    }
    ensureSodium();
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES);
    qint64 size = 0;
    try {
        produce([&](QByteArrayView piece) {
            // Closed and removed below, where the exception passes.
            if (faultAt(AtomicFile::Step::Write) || !writeAll(fd, piece)) throwCannotWrite(path, errno);
            crypto_generichash_update(&hash, reinterpret_cast<const unsigned char*>(piece.data()),
                                      static_cast<std::size_t>(piece.size()));
            size += piece.size();
        });
    } catch (...) {
        ::close(fd);
        ::unlink(name.constData());
        throw;
    }
    Digest digest{};
    crypto_generichash_final(&hash, digest.data(), digest.size());
    if (faultAt(AtomicFile::Step::Flush) || ::fsync(fd) != 0) fail(errno);
    if (::close(fd) != 0) discard(errno);
    if (faultAt(AtomicFile::Step::Verify) || !readsBackAs(name, size, digest)) discard(errno);
}

StagedFile::~StagedFile() {
    if (!m_committed) ::unlink(QFile::encodeName(m_staged).constData());
}

void StagedFile::commit() {
    errno = 0;
    if (faultAt(AtomicFile::Step::Commit) ||
        ::rename(QFile::encodeName(m_staged).constData(), QFile::encodeName(m_target).constData()) != 0)
        throwCannotWrite(m_target, errno);
    m_committed = true;
    syncFolder(m_target);
}

void AtomicFile::write(const QString& path, QByteArrayView bytes) { StagedFile(path, bytes).commit(); }

void AtomicFile::write(const QString& path, const Producer& produce) { StagedFile(path, produce).commit(); }

void AtomicFile::injectFaultForTests(std::optional<Step> step) { g_fault = step; }

}  // namespace mooring
