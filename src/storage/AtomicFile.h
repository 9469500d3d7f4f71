#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mooring {

// Replaces a whole file at once (QSaveFile, every step checked): afterwards either the new
// bytes are there complete, or the old file is exactly as it was. New and replaced files
// are 0600 (owner only). Used for the key file and for exports.
class AtomicFile {
public:
    enum class Step { Open, Permissions, Write, Flush, Commit };

    // Throws Error::Kind::CannotWrite with a message naming `path` and, where it can be
    // told, why (disk full, folder read-only).
    static void write(const QString& path, QByteArrayView bytes);

    // Tests only: every write fails at `step` as a full disk would, until reset with nullopt.
    static void injectFaultForTests(std::optional<Step> step);
};

}  // namespace mooring
