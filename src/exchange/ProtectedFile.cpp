#include "exchange/ProtectedFile.h"

#include "domain/Error.h"
#include "storage/SecureBuffer.h"
#include "storage/Sodium.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace mooring {

namespace {

using State = crypto_secretstream_xchacha20poly1305_state;
constexpr std::uint8_t kKdfArgon2id13 = 1;
static_assert(ProtectedFile::kStreamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(ProtectedFile::kTagSize == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(ProtectedFile::kSaltSize == crypto_pwhash_SALTBYTES);

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

Error damagedHeader() {
    return Error(Error::Kind::Damaged,
                 tr("This protected export is damaged at its beginning, so it cannot be opened. Nothing was "
                    "changed. If you have another copy of the file, please try that one."));
}

Error tooDear() {
    return Error(Error::Kind::Damaged,
                 tr("This protected export asks for more memory or time to open than Mooring ever uses: "
                    "Mooring did not write it like this, so it is treated as damaged. It was not opened, and "
                    "nothing was changed. If you have another copy, please try that one."));
}

Error cutShort() {
    return Error(Error::Kind::Damaged,
                 tr("This protected export is incomplete: it ends too early, perhaps because copying it "
                    "stopped half-way. Nothing was changed. If you have another copy, please try that one."));
}

Error altered() {
    return Error(Error::Kind::Damaged,
                 tr("This protected export was changed or damaged after it was made, so it cannot be "
                    "trusted. Nothing was changed. If you have another copy, please try that one."));
}

// Argon2id into secure memory; the secretstream key.
SecureBuffer deriveKey(const SecureBuffer& passphrase, const unsigned char* salt, const Argon2Params& params) {
    SecureBuffer key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_pwhash(key.uchars(), key.size(), reinterpret_cast<const char*>(passphrase.uchars()), passphrase.size(),
                      salt, params.opsLimit, params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::CannotWrite,
                    tr("There was not enough memory to prepare the export passphrase. Please close other "
                       "programs and try again."));
    return key;
}

template <typename T>
void put(QByteArray& out, T value) {
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof(T));
}

template <typename T>
T get(const unsigned char* at) {
    T value;
    std::memcpy(&value, at, sizeof(T));
    return qFromLittleEndian(value);
}

const unsigned char* uc(QByteArrayView bytes) { return reinterpret_cast<const unsigned char*>(bytes.data()); }

}  // namespace

bool ProtectedFile::looksProtected(QByteArrayView bytes) {
    return bytes.size() >= kMagicSize && std::memcmp(bytes.data(), kMagic, kMagicSize) == 0;
}

QByteArray ProtectedFile::seal(QByteArrayView plain, const SecureBuffer& passphrase, const Argon2Params& params,
                               std::uint32_t chunkSize) {
    QByteArray out;
    out.reserve(sealedSize(plain.size(), chunkSize));
    Sealer sealer([&out](QByteArrayView piece) { out.append(piece); }, passphrase, params, plain.size(), chunkSize);
    sealer.write(plain);
    sealer.finish();
    return out;
}

QByteArray ProtectedFile::open(QByteArrayView file, const SecureBuffer& passphrase) {
    if (!looksProtected(file)) throw damagedHeader();
    QByteArray raw = QByteArray::fromRawData(file.data(), file.size());
    QBuffer device(&raw);
    device.open(QIODevice::ReadOnly);
    Opener opener(device, passphrase);
    QByteArray plain;
    plain.reserve(qsizetype(opener.plainSize()));
    try {
        while (std::optional<QByteArray> piece = opener.next()) {
            plain.append(*piece);
            sodium_memzero(piece->data(), std::size_t(piece->size()));
        }
    } catch (...) {
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        throw;
    }
    return plain;
}

ProtectedFile::Sealer::Sealer(Out out, const SecureBuffer& passphrase, const Argon2Params& params, qint64 plainSize,
                              std::uint32_t chunkSize)
    : m_out(std::move(out)),
      m_state(sizeof(State)),
      m_pending(chunkSize),
      m_plainSize(plainSize),
      m_chunkSize(chunkSize) {
    ensureSodium();
    QByteArray head;
    head.append(kMagic, kMagicSize);
    put<std::uint16_t>(head, kVersion);
    head.append(char(kKdfArgon2id13));
    put<std::uint64_t>(head, params.opsLimit);
    put<std::uint64_t>(head, std::uint64_t(params.memLimitBytes));
    unsigned char salt[kSaltSize];
    randombytes_buf(salt, sizeof salt);
    head.append(reinterpret_cast<const char*>(salt), kSaltSize);
    put<std::uint32_t>(head, chunkSize);
    put<std::uint64_t>(head, std::uint64_t(plainSize));

    const SecureBuffer key = deriveKey(passphrase, salt, params);
    auto* st = reinterpret_cast<State*>(m_state.data());
    unsigned char streamHeader[kStreamHeaderSize];
    crypto_secretstream_xchacha20poly1305_init_push(st, streamHeader, key.uchars());
    head.append(reinterpret_cast<const char*>(streamHeader), kStreamHeaderSize);

    // The key check: an empty message whose associated data is everything before it.
    unsigned char keyCheck[kKeyCheckSize];
    crypto_secretstream_xchacha20poly1305_push(st, keyCheck, nullptr, nullptr, 0, uc(head), std::size_t(head.size()),
                                               crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    head.append(reinterpret_cast<const char*>(keyCheck), kKeyCheckSize);
    unsigned char checksum[kChecksumSize];
    crypto_generichash(checksum, sizeof checksum, uc(head), std::size_t(head.size()), nullptr, 0);
    head.append(reinterpret_cast<const char*>(checksum), kChecksumSize);
    m_out(head);
}

void ProtectedFile::Sealer::push(QByteArrayView chunk, bool last) {
    QByteArray sealed(chunk.size() + kTagSize, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        reinterpret_cast<State*>(m_state.data()), reinterpret_cast<unsigned char*>(sealed.data()), nullptr, uc(chunk),
        std::size_t(chunk.size()), nullptr, 0,
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    m_out(sealed);
}

void ProtectedFile::Sealer::write(QByteArrayView plain) {
    m_written += plain.size();
    const qsizetype chunk = qsizetype(m_chunkSize);
    // Whole chunks straight from the caller's bytes; only a remainder waits in m_pending.
    while (!plain.isEmpty()) {
        if (m_pendingSize == 0 && plain.size() >= chunk) {
            push(plain.first(chunk), false);
            plain = plain.sliced(chunk);
            continue;
        }
        const qsizetype take = std::min(chunk - m_pendingSize, plain.size());
        std::memcpy(m_pending.uchars() + m_pendingSize, plain.data(), std::size_t(take));
        m_pendingSize += take;
        plain = plain.sliced(take);
        if (m_pendingSize == chunk) {
            push(QByteArrayView(reinterpret_cast<const char*>(m_pending.uchars()), chunk), false);
            m_pendingSize = 0;
        }
    }
}

void ProtectedFile::Sealer::finish() {
    if (m_written != m_plainSize)
        throw Error(Error::Kind::CannotWrite,
                    tr("The export changed while it was being written, so it was not saved. Please try again."));
    // The last chunk is the one shorter than chunkSize (empty when the size divides evenly).
    push(QByteArrayView(reinterpret_cast<const char*>(m_pending.uchars()), m_pendingSize), true);
    m_pendingSize = 0;
}

ProtectedFile::Opener::Opener(QIODevice& file, const SecureBuffer& passphrase) : m_file(file), m_state(sizeof(State)) {
    readHeader(&passphrase);
}

ProtectedFile::Opener::Opener(QIODevice& file, std::shared_ptr<const SecureBuffer> key)
    : m_file(file), m_key(std::move(key)), m_state(sizeof(State)) {
    readHeader(nullptr);
}

void ProtectedFile::Opener::readHeader(const SecureBuffer* passphrase) {
    ensureSodium();
    const QByteArray header = m_file.read(kHeaderSize);
    if (!looksProtected(header)) throw damagedHeader();
    if (header.size() < kHeaderSize) throw cutShort();
    const unsigned char* bytes = uc(header);
    unsigned char checksum[kChecksumSize];
    crypto_generichash(checksum, sizeof checksum, bytes, kParamsSize + kKeyCheckSize, nullptr, 0);
    const bool headerWhole = sodium_memcmp(checksum, bytes + kParamsSize + kKeyCheckSize, kChecksumSize) == 0;

    const std::uint16_t version = get<std::uint16_t>(bytes + kMagicSize);
    if (headerWhole && version > kVersion)
        throw Error(Error::Kind::NewerVersion,
                    tr("This protected export was made by a newer Mooring (protected format version %1); this "
                       "Mooring reads version %2. Please update Mooring to open it. Nothing was changed.")
                        .arg(version)
                        .arg(kVersion));
    int at = kMagicSize + 2;
    const std::uint8_t kdf = bytes[at++];
    Argon2Params params;
    params.opsLimit = get<std::uint64_t>(bytes + at);
    at += 8;
    const std::uint64_t mem = get<std::uint64_t>(bytes + at);
    at += 8;
    const unsigned char* salt = bytes + at;
    at += kSaltSize;
    const std::uint32_t chunkSize = get<std::uint32_t>(bytes + at);
    at += 4;
    const std::uint64_t plainSize = get<std::uint64_t>(bytes + at);
    at += 8;
    const unsigned char* streamHeader = bytes + at;
    // Limits bound what a crafted header can make us spend (memory, time) before any check:
    // never more than the dearest cost Mooring itself writes (Argon2Params::isWithinFileLimits).
    const bool sane = version == kVersion && kdf == kKdfArgon2id13 && chunkSize >= kMinChunkSize &&
                      chunkSize <= kMaxChunkSize && plainSize <= std::uint64_t(kMaxPlainSize);
    if (!headerWhole || !sane) throw damagedHeader();
    if (mem > Argon2Params::kMaxMemLimitBytes || params.opsLimit > Argon2Params::kMaxOpsLimit) throw tooDear();
    params.memLimitBytes = std::size_t(mem);
    if (!params.isWithinFileLimits()) throw damagedHeader();
    // The length said in the (checksummed) header tells a file cut short from one altered.
    const qint64 expected = sealedSize(qint64(plainSize), chunkSize);
    if (m_file.size() < expected) throw cutShort();
    if (m_file.size() > expected) throw altered();
    m_chunkSize = chunkSize;
    m_plainSize = qint64(plainSize);

    if (passphrase) m_key = std::make_shared<const SecureBuffer>(deriveKey(*passphrase, salt, params));
    auto* st = reinterpret_cast<State*>(m_state.data());
    if (crypto_secretstream_xchacha20poly1305_init_pull(st, streamHeader, m_key->uchars()) != 0) throw damagedHeader();
    unsigned char tag = 0;
    // The header is whole (checksum), so a key check that fails means another passphrase.
    if (crypto_secretstream_xchacha20poly1305_pull(st, nullptr, nullptr, &tag, bytes + kParamsSize, kKeyCheckSize,
                                                   bytes, kParamsSize) != 0 ||
        tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        throw Error(Error::Kind::WrongSecret,
                    tr("That export passphrase does not open this file. Please check it (it is the one chosen "
                       "when the file was exported, not necessarily your profile's) and try again. Nothing "
                       "was changed."));
}

std::optional<QByteArray> ProtectedFile::Opener::next() {
    if (m_done) return std::nullopt;
    const bool last = m_plainSize - m_given < qint64(m_chunkSize);
    const qsizetype length = last ? qsizetype(m_plainSize - m_given) : qsizetype(m_chunkSize);
    const QByteArray sealed = m_file.read(length + kTagSize);
    if (sealed.size() != length + kTagSize) throw cutShort();
    QByteArray plain(length, Qt::Uninitialized);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(reinterpret_cast<State*>(m_state.data()),
                                                   reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
                                                   uc(sealed), std::size_t(sealed.size()), nullptr, 0) != 0 ||
        (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) != last)
        throw altered();
    m_given += length;
    m_done = last;
    return plain;
}

qint64 ProtectedFile::sealedSize(qint64 plainSize, std::uint32_t chunkSize) {
    return kHeaderSize + plainSize + (plainSize / chunkSize + 1) * kTagSize;
}

}  // namespace mooring
