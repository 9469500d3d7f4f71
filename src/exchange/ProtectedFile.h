#pragma once

#include "storage/Argon2Params.h"
#include "storage/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace mooring {

// The protected export form (docs/export-format.md, "Protected form"): the readable JSON sealed
// with libsodium under a key Argon2id derives from an export passphrase. Byte layout and
// reasons: docs/export-format.md. Only libsodium does cryptography here.
class ProtectedFile {
public:
    static constexpr char kMagic[9] = "MOOREXP\x1a";  // 8 bytes on disk, no terminator
    static constexpr int kMagicSize = 8;
    static constexpr std::uint16_t kVersion = 1;
    static constexpr int kSaltSize = 16;
    static constexpr int kStreamHeaderSize = 24;  // crypto_secretstream_xchacha20poly1305_HEADERBYTES
    static constexpr int kTagSize = 17;           // crypto_secretstream_xchacha20poly1305_ABYTES
    // magic, version, kdf, ops, mem, salt, chunk size, plain length, stream header
    static constexpr int kParamsSize = kMagicSize + 2 + 1 + 8 + 8 + kSaltSize + 4 + 8 + kStreamHeaderSize;
    static constexpr int kKeyCheckSize = kTagSize;  // an empty sealed message
    static constexpr int kChecksumSize = 32;
    static constexpr int kHeaderSize = kParamsSize + kKeyCheckSize + kChecksumSize;  // 128
    static constexpr std::uint32_t kChunkSize = 64 * 1024;
    static constexpr std::uint32_t kMinChunkSize = 1024;
    static constexpr std::uint32_t kMaxChunkSize = 1024 * 1024;
    // As the import's file size limit: far above any profile, hope box and all, and a bound
    // on what a crafted header can make a reader expect.
    static constexpr qint64 kMaxPlainSize = 8'000'000'000;

    // True when the bytes start with the magic (import tells the two forms apart so).
    static bool looksProtected(QByteArrayView bytes);

    static QByteArray seal(QByteArrayView plain, const SecureBuffer& passphrase, const Argon2Params& params,
                           std::uint32_t chunkSize = kChunkSize);

    // Throws Error: Damaged (cut short, header or body altered), WrongSecret (the header
    // is whole but the passphrase does not open it), NewerVersion.
    static QByteArray open(QByteArrayView file, const SecureBuffer& passphrase);
    // The file size the header promises (header, chunks, their tags).
    static qint64 sealedSize(qint64 plainSize, std::uint32_t chunkSize);

    // Sealing piece by piece, for a plain text too large to hold at once (an export with the
    // hope box's media). The header holds the plain length, so it is said first; write() must
    // then be given exactly that many bytes, and finish() seals the last chunk. `out` gets
    // the sealed bytes as they are made. The same bytes as seal() for the same input.
    class Sealer {
    public:
        using Out = std::function<void(QByteArrayView)>;
        Sealer(Out out, const SecureBuffer& passphrase, const Argon2Params& params, qint64 plainSize,
               std::uint32_t chunkSize = kChunkSize);
        void write(QByteArrayView plain);
        void finish();  // throws Error(CannotWrite) when the length said is not what was written

    private:
        void push(QByteArrayView chunk, bool last);

        Out m_out;
        SecureBuffer m_state;
        SecureBuffer m_pending;  // less than one chunk, not yet sealed
        qsizetype m_pendingSize = 0;
        qint64 m_plainSize;
        qint64 m_written = 0;
        std::uint32_t m_chunkSize;
    };

    // Opening piece by piece: the header is read and checked and the key derived (or given,
    // from an earlier Opener of the same file), then each chunk is checked as it is read.
    // Throws as open() does; a chunk altered or missing throws when it is reached, so a caller
    // writes nothing before it has read to the end (next() giving nullopt).
    class Opener {
    public:
        Opener(QIODevice& file, const SecureBuffer& passphrase);
        Opener(QIODevice& file, std::shared_ptr<const SecureBuffer> key);
        std::shared_ptr<const SecureBuffer> key() const { return m_key; }
        qint64 plainSize() const { return m_plainSize; }
        // The next chunk's plain bytes; nullopt after the final chunk has been given.
        std::optional<QByteArray> next();

    private:
        void readHeader(const SecureBuffer* passphrase);

        QIODevice& m_file;
        std::shared_ptr<const SecureBuffer> m_key;
        SecureBuffer m_state;
        qint64 m_plainSize = 0;
        qint64 m_given = 0;
        std::uint32_t m_chunkSize = 0;
        bool m_done = false;
    };
};

}  // namespace mooring
