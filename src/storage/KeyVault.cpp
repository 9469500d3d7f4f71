#include "storage/KeyVault.h"

#include "domain/Error.h"
#include "storage/Sodium.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace mooring {

namespace {

static_assert(KeyVault::kDataKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(sizeof(KeySlot::nonce) == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(sizeof(KeySlot::sealedKey) == KeyVault::kDataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(sizeof(KeySlot::salt) == crypto_pwhash_argon2id_SALTBYTES);

SecureBuffer deriveWrappingKey(const KeySlot& slot, const SecureBuffer& secret) {
    ensureSodium();
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    static const char kEmpty = 0;  // crypto_pwhash wants a pointer even for no bytes
    const char* password = secret.empty() ? &kEmpty : reinterpret_cast<const char*>(secret.uchars());
    if (crypto_pwhash(key.uchars(), key.size(), password, secret.size(), slot.salt.data(), slot.params.opsLimit,
                      slot.params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        // The parameters were checked when the file was read: only memory can be short.
        throw Error(Error::Kind::Damaged,
                    QCoreApplication::translate("mooring",
                                                "This computer doesn't have enough free memory to open the key file "
                                                "right now. Closing some other programs and trying again may help."));
    return key;
}

QString wrongSecretMessage(KeySlot::Type type) {
    if (type == KeySlot::Type::Recovery)
        return QCoreApplication::translate("mooring",
                                           "That recovery code didn't open this profile. Please check it's the code "
                                           "you wrote down for this profile, and try again.");
    return QCoreApplication::translate("mooring",
                                       "That passphrase didn't open Mooring. Check Caps Lock and try again.");
}

SecureBuffer openWith(const KeySlot& slot, const SecureBuffer& secret) {
    const SecureBuffer wrappingKey = deriveWrappingKey(slot, secret);
    const QByteArray ad = KeyFile::associatedData(slot);
    SecureBuffer dataKey(KeyVault::kDataKeySize);
    unsigned long long openedSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.uchars(), &openedSize, nullptr, slot.sealedKey.data(), slot.sealedKey.size(),
            reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            slot.nonce.data(), wrappingKey.uchars()) != 0 ||
        openedSize != KeyVault::kDataKeySize)
        throw Error(Error::Kind::WrongSecret, wrongSecretMessage(slot.type));
    return dataKey;
}

void wipe(QString& text) {
    std::fill(text.begin(), text.end(), QChar(u'\0'));
    text.clear();
}

}  // namespace

SecureBuffer KeyVault::normalizedPassphrase(const SecureBuffer& secret) {
    const auto* bytes = secret.uchars();
    const bool ascii = std::all_of(bytes, bytes + secret.size(), [](unsigned char c) { return c < 0x80; });
    if (ascii) return SecureBuffer::fromBytes(secret.bytes());  // ASCII is already NFC
    QString typed = QString::fromUtf8(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(secret.size()));
    QString normal = typed.normalized(QString::NormalizationForm_C);
    SecureBuffer result = SecureBuffer::fromUtf8(normal);
    wipe(typed);
    wipe(normal);
    return result;
}

SecureBuffer KeyVault::newDataKey() { return SecureBuffer::random(kDataKeySize); }

KeySlot KeyVault::seal(KeySlot::Type type, const SecureBuffer& secret, const SecureBuffer& dataKey,
                       const Argon2Params& params) {
    if (dataKey.size() != kDataKeySize) throw std::invalid_argument("KeyVault::seal: the data key must be 32 bytes");
    if (!params.isWithinFileLimits())
        throw std::invalid_argument("KeyVault::seal: Argon2 parameters outside the key file's limits");
    ensureSodium();
    KeySlot slot;
    slot.type = type;
    slot.kdf = KeySlot::Kdf::Argon2id13;
    slot.params = params;
    randombytes_buf(slot.salt.data(), slot.salt.size());
    randombytes_buf(slot.nonce.data(), slot.nonce.size());
    const SecureBuffer wrappingKey = type == KeySlot::Type::Passphrase
                                         ? deriveWrappingKey(slot, normalizedPassphrase(secret))
                                         : deriveWrappingKey(slot, secret);
    const QByteArray ad = KeyFile::associatedData(slot);
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(slot.sealedKey.data(), &sealedSize, dataKey.uchars(), dataKey.size(),
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, slot.nonce.data(),
                                               wrappingKey.uchars());
    Q_ASSERT(sealedSize == slot.sealedKey.size());
    return slot;
}

SecureBuffer KeyVault::open(const KeySlot& slot, const SecureBuffer& secret, bool* sealedAsTyped) {
    if (sealedAsTyped) *sealedAsTyped = false;
    if (slot.type != KeySlot::Type::Passphrase) return openWith(slot, secret);
    const SecureBuffer normal = normalizedPassphrase(secret);
    try {
        return openWith(slot, normal);
    } catch (const Error&) {
        // Before passphrases were normalised, a slot was sealed with the bytes as typed.
        if (normal.equals(secret)) throw;
    }
    SecureBuffer dataKey = openWith(slot, secret);
    if (sealedAsTyped) *sealedAsTyped = true;
    return dataKey;
}

}  // namespace mooring
