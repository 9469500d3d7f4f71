#include "storage/KeyFile.h"

#include "domain/Error.h"
#include "storage/AtomicFile.h"
#include "storage/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace mooring {

namespace {

constexpr char kMagic[KeyFile::kMagicSize + 1] = "MOORKEYS";

QString shownName(const QString& path) {
    return path.isEmpty() ? QStringLiteral("mooring.keys") : QDir::toNativeSeparators(path);
}

[[noreturn]] void throwDamaged(const QString& path) {
    throw Error(Error::Kind::Damaged,
                QCoreApplication::translate("mooring",
                                            "Mooring's key file (%1) is damaged, so this profile can't be opened "
                                            "with it. Your passphrase is not the problem. Restoring a backup brings "
                                            "back a working key file.")
                    .arg(shownName(path)));
}

// Out-of-range Argon2 costs: said apart from other damage, so nobody waits for (or
// blames) a passphrase that was never tried.
[[noreturn]] void throwTooDear(const QString& path) {
    throw Error(Error::Kind::Damaged,
                QCoreApplication::translate("mooring",
                                            "Mooring's key file (%1) asks for more memory or time than Mooring ever "
                                            "uses: Mooring did not write it like this, so it is treated as damaged. "
                                            "Your passphrase was not tried, and it is not the problem. Restoring a "
                                            "backup brings back a working key file.")
                    .arg(shownName(path)));
}

void putLittleEndian(QByteArray& out, std::uint64_t value, int size) {
    for (int i = 0; i < size; ++i) out.append(static_cast<char>((value >> (8 * i)) & 0xffu));
}

std::uint64_t getLittleEndian(const unsigned char* in, int size) {
    std::uint64_t value = 0;
    for (int i = size - 1; i >= 0; --i) value = (value << 8) | in[i];
    return value;
}

template <std::size_t N>
void putArray(QByteArray& out, const std::array<unsigned char, N>& bytes) {
    out.append(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(N));
}

QByteArray header() {
    QByteArray out(kMagic, KeyFile::kMagicSize);
    putLittleEndian(out, KeyFile::kVersion, 2);
    putLittleEndian(out, KeyFile::kSlotCount, 1);
    return out;
}

void putMetadata(QByteArray& out, const KeySlot& slot) {
    putLittleEndian(out, static_cast<std::uint8_t>(slot.type), 1);
    putLittleEndian(out, static_cast<std::uint8_t>(slot.kdf), 1);
    putLittleEndian(out, slot.params.opsLimit, 4);
    putLittleEndian(out, slot.params.memLimitBytes, 8);
    putArray(out, slot.salt);
}

// One slot at `in` (kSlotSize bytes, already inside the file); strict about every field.
KeySlot parseSlot(const unsigned char* in, KeySlot::Type expected, const QString& path) {
    KeySlot slot;
    if (in[0] != static_cast<std::uint8_t>(expected) || in[1] != static_cast<std::uint8_t>(KeySlot::Kdf::Argon2id13))
        throwDamaged(path);
    slot.type = expected;
    slot.params.opsLimit = getLittleEndian(in + 2, 4);
    const std::uint64_t mem = getLittleEndian(in + 6, 8);
    // Checked here, long before any derivation: a crafted cost can't make opening the file
    // take longer or use more memory than Mooring's own dearest parameters.
    if (mem > Argon2Params::kMaxMemLimitBytes) throwTooDear(path);
    slot.params.memLimitBytes = static_cast<std::size_t>(mem);
    if (slot.params.opsLimit > Argon2Params::kMaxOpsLimit) throwTooDear(path);
    if (!slot.params.isWithinFileLimits()) throwDamaged(path);
    const unsigned char* p = in + 14;
    std::memcpy(slot.salt.data(), p, slot.salt.size());
    p += slot.salt.size();
    std::memcpy(slot.nonce.data(), p, slot.nonce.size());
    p += slot.nonce.size();
    std::memcpy(slot.sealedKey.data(), p, slot.sealedKey.size());
    return slot;
}

}  // namespace

KeyFile::KeyFile(KeySlot passphrase, KeySlot recovery) {
    setPassphraseSlot(std::move(passphrase));
    setRecoverySlot(std::move(recovery));
}

void KeyFile::setPassphraseSlot(KeySlot slot) {
    slot.type = KeySlot::Type::Passphrase;
    m_passphrase = slot;
}

void KeyFile::setRecoverySlot(KeySlot slot) {
    slot.type = KeySlot::Type::Recovery;
    m_recovery = slot;
}

QByteArray KeyFile::associatedData(const KeySlot& slot) {
    QByteArray out = header();
    putMetadata(out, slot);
    return out;
}

QByteArray KeyFile::checksum(QByteArrayView bytesBeforeChecksum) {
    ensureSodium();
    QByteArray out(kChecksumSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kChecksumSize,
                       reinterpret_cast<const unsigned char*>(bytesBeforeChecksum.data()),
                       static_cast<unsigned long long>(bytesBeforeChecksum.size()), nullptr, 0);
    return out;
}

QByteArray KeyFile::serialize() const {
    QByteArray out = header();
    for (const KeySlot* slot : {&m_passphrase, &m_recovery}) {
        putMetadata(out, *slot);
        putArray(out, slot->nonce);
        putArray(out, slot->sealedKey);
    }
    out.append(checksum(out));
    Q_ASSERT(out.size() == kFileSize);
    return out;
}

KeyFile KeyFile::parse(QByteArrayView bytes, const QString& path) {
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    if (size < kHeaderSize + kChecksumSize || size > kMaxReadSize || std::memcmp(in, kMagic, kMagicSize) != 0)
        throwDamaged(path);
    // Every version ends with the checksum of what comes before it, so an accidental change
    // anywhere (the version field too) reads as damage, never as a wrong passphrase.
    const QByteArray expected = checksum(bytes.first(size - kChecksumSize));
    if (sodium_memcmp(expected.constData(), in + size - kChecksumSize, kChecksumSize) != 0) throwDamaged(path);
    const auto version = static_cast<std::uint16_t>(getLittleEndian(in + kMagicSize, 2));
    if (version == 0) throwDamaged(path);
    // Checked before the size: a newer layout may well be longer.
    if (version > kVersion)
        throw Error(Error::Kind::NewerVersion,
                    QCoreApplication::translate("mooring",
                                                "This profile's key file (%1) was made by a newer version of Mooring. "
                                                "Please open it with that version; nothing here was changed.")
                        .arg(shownName(path)));
    if (size != kFileSize) throwDamaged(path);
    if (in[kMagicSize + 2] != kSlotCount) throwDamaged(path);
    KeySlot passphrase = parseSlot(in + kHeaderSize, KeySlot::Type::Passphrase, path);
    KeySlot recovery = parseSlot(in + kHeaderSize + kSlotSize, KeySlot::Type::Recovery, path);
    return KeyFile(std::move(passphrase), std::move(recovery));
}

KeyFile KeyFile::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Damaged,
                    QCoreApplication::translate("mooring",
                                                "Mooring couldn't read its key file (%1). It may be missing, or this "
                                                "account may not be allowed to read it.")
                        .arg(shownName(path)));
    // Refuse to read a huge file into memory: no key file is larger than a few hundred bytes.
    const QByteArray bytes = file.read(kMaxReadSize + 1);
    if (file.error() != QFileDevice::NoError) throwDamaged(path);
    return parse(bytes, path);
}

void KeyFile::save(const QString& path) const { AtomicFile::write(path, serialize()); }

}  // namespace mooring
