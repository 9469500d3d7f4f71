#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <streambuf>

namespace mooring {

class SecureBuffer;

// The JSON of an export, read from its first byte as often as import needs it: once to
// check everything (Importer::prepare) and once more for the media's bytes, inside the
// import's transaction (Importer::apply). A file is read piece by piece, and a protected
// one opened chunk by chunk with a key derived only once, so a file of hundreds of
// megabytes of photos is never in memory whole.
class ExportSource {
public:
    virtual ~ExportSource() = default;

    // A new reader from the first byte. Reading throws Error (Damaged, when a file has been
    // cut short, changed or removed since; a protected chunk that does not open).
    virtual std::unique_ptr<std::streambuf> open() const = 0;

    // JSON already in memory (wiped when the source goes).
    static std::shared_ptr<const ExportSource> fromJson(QByteArray json);
    // A readable or protected file (Importer::formOfFile tells which). For a protected one
    // the header is checked and the key derived here, from `passphrase`; throws as
    // ProtectedFile::open does (WrongSecret for another passphrase).
    static std::shared_ptr<const ExportSource> fromFile(const QString& path, const SecureBuffer* passphrase);
};

}  // namespace mooring
