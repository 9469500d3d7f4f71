#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace mooring {

// Replaces a whole file at once: the new bytes go into a temporary file beside it, are
// synced and read back whole, and only then renamed over the old file. Afterwards either
// the new bytes are there complete, or the old file is exactly as it was. New and replaced
// files are 0600 (owner only) where the file system keeps modes (a FAT stick does not).
// Used for the key file, settings, restores and exports.
class AtomicFile {
public:
    enum class Step { Open, Permissions, Write, Flush, Verify, Commit };

    // Throws Error::Kind::CannotWrite with a message naming `path` and, where it can be
    // told, why (disk full, folder read-only).
    static void write(const QString& path, QByteArrayView bytes);

    // The bytes handed over piece by piece: `produce` calls its argument with each piece, so a
    // file far larger than memory (an export with the hope box's media) is never held whole.
    // Read back and compared by hash. When `produce` throws, nothing is left behind and
    // the exception goes on to the caller.
    using Put = std::function<void(QByteArrayView)>;
    using Producer = std::function<void(const Put& put)>;
    static void write(const QString& path, const Producer& produce);

    // Tests only: every write fails at `step` as a full disk would, until reset with nullopt.
    static void injectFaultForTests(std::optional<Step> step);
};

// One file written beside its target and verified, not yet in place: several of them
// can be made first and then renamed one after another, so that a full disk is met before
// anything is replaced. The temporary file is removed unless commit() went through.
class StagedFile {
public:
    // Throws Error::Kind::CannotWrite naming `path`; nothing is left behind then.
    StagedFile(const QString& path, QByteArrayView bytes);
    StagedFile(const QString& path, const AtomicFile::Producer& produce);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    // Renames the staged file over the target and syncs the folder. Throws CannotWrite;
    // the target is then as it was.
    void commit();

    const QString& target() const noexcept { return m_target; }

private:
    void stage(const AtomicFile::Producer& produce, QByteArrayView bytes);

    QString m_target;
    QString m_staged;
    bool m_committed = false;
};

}  // namespace mooring
