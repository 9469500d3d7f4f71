#pragma once

#include "storage/Argon2Params.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace mooring {

class SecureBuffer;

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
    static constexpr qint64 kMaxPlainSize = 200'000'000;  // as the import's file size limit

    // True when the bytes start with the magic (import tells the two forms apart so).
    static bool looksProtected(QByteArrayView bytes);

    static QByteArray seal(QByteArrayView plain, const SecureBuffer& passphrase, const Argon2Params& params,
                           std::uint32_t chunkSize = kChunkSize);

    // Throws Error: Damaged (cut short, header or body altered), WrongSecret (the header
    // is whole but the passphrase does not open it), NewerVersion.
    static QByteArray open(QByteArrayView file, const SecureBuffer& passphrase);
    // The file size the header promises (header, chunks, their tags).
    static qint64 sealedSize(qint64 plainSize, std::uint32_t chunkSize);
};

}  // namespace mooring
