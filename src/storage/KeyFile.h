#pragma once

#include "storage/Argon2Params.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>

namespace mooring {

// One key slot: the data key sealed (XChaCha20-Poly1305) under a key that Argon2id derives
// from a secret. Layout and reasons: docs/key-file.md.
struct KeySlot {
    enum class Type : std::uint8_t { Passphrase = 1, Recovery = 2 };
    enum class Kdf : std::uint8_t { Argon2id13 = 1 };

    Type type = Type::Passphrase;
    Kdf kdf = Kdf::Argon2id13;
    Argon2Params params;
    std::array<unsigned char, 16> salt{};
    std::array<unsigned char, 24> nonce{};
    std::array<unsigned char, 48> sealedKey{};  // 32-byte data key + 16-byte tag

    bool operator==(const KeySlot&) const = default;
};

// mooring.keys: magic, version, the passphrase slot, the recovery slot, a checksum.
// Parsing is strict; anything unexpected is Error::Kind::Damaged (or NewerVersion).
class KeyFile {
public:
    static constexpr std::uint16_t kVersion = 1;
    static constexpr int kMagicSize = 8;
    static constexpr int kHeaderSize = kMagicSize + 2 + 1;  // magic, version, slot count
    static constexpr int kSlotCount = 2;
    static constexpr int kSlotMetadataSize = 1 + 1 + 4 + 8 + 16;   // type, kdf, ops, mem, salt
    static constexpr int kSlotSize = kSlotMetadataSize + 24 + 48;  // + nonce, sealed key
    static constexpr int kChecksumSize = 32;
    static constexpr int kFileSize = kHeaderSize + kSlotCount * kSlotSize + kChecksumSize;
    static constexpr int kMaxReadSize = 64 * 1024;  // never read more than this from disk

    KeyFile(KeySlot passphrase, KeySlot recovery);

    // `path` only names the file in messages.
    static KeyFile parse(QByteArrayView bytes, const QString& path = QString());
    // Reads and parses; a missing or unreadable file is Damaged too.
    static KeyFile load(const QString& path);
    QByteArray serialize() const;
    // Atomically (AtomicFile), 0600; throws Error::Kind::CannotWrite.
    void save(const QString& path) const;

    const KeySlot& passphraseSlot() const noexcept { return m_passphrase; }
    const KeySlot& recoverySlot() const noexcept { return m_recovery; }
    void setPassphraseSlot(KeySlot slot);
    void setRecoverySlot(KeySlot slot);

    // What a slot's seal authenticates besides the key: the file header and the slot's
    // metadata (type, KDF, its parameters, salt), exactly as serialized.
    static QByteArray associatedData(const KeySlot& slot);
    // BLAKE2b-256 of the bytes before the checksum (tests rebuild it after a change).
    static QByteArray checksum(QByteArrayView bytesBeforeChecksum);

    bool operator==(const KeyFile&) const = default;

private:
    KeySlot m_passphrase;
    KeySlot m_recovery;
};

}  // namespace mooring
