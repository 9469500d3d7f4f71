#pragma once

#include "storage/KeyFile.h"
#include "storage/SecureBuffer.h"

namespace mooring {

// Wraps and unwraps the data key in a key slot (docs/key-file.md):
// Argon2id turns the secret into a wrapping key, XChaCha20-Poly1305 seals the data key
// with the file header and the slot's metadata as associated data.
class KeyVault {
public:
    static constexpr std::size_t kDataKeySize = 32;

    static SecureBuffer newDataKey();

    // A new slot with a fresh salt and nonce. `secret` is the passphrase's UTF-8 (sealed in
    // Unicode NFC, see normalizedPassphrase) or the recovery code's canonical form.
    static KeySlot seal(KeySlot::Type type, const SecureBuffer& secret, const SecureBuffer& dataKey,
                        const Argon2Params& params);

    // The data key, or Error::Kind::WrongSecret when the slot does not authenticate under
    // `secret` (a wrong secret, or a slot altered since it was sealed: see docs/key-file.md).
    // A passphrase is tried in NFC first, then, if it differs, as typed (a slot sealed
    // before passphrases were normalised); `sealedAsTyped` then says that the slot should
    // be sealed again in NFC.
    static SecureBuffer open(const KeySlot& slot, const SecureBuffer& secret, bool* sealedAsTyped = nullptr);

    // The passphrase in Unicode NFC, so that "ü" typed as one character or as "u" and a
    // combining mark opens the same slot. ASCII never leaves secure memory.
    static SecureBuffer normalizedPassphrase(const SecureBuffer& secret);
};

}  // namespace mooring
