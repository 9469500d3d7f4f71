#pragma once

#include "storage/SecureBuffer.h"

namespace mooring {

// The recovery code shown once at setup (docs/key-file.md): 26 random Crockford base32
// characters (130 bits) and 2 check characters that catch typing slips, read in 7
// groups of 4 ("K7QM-2XRT-..."). It lives in secure memory from start to end.
class RecoveryCode {
public:
    static constexpr int kRandomLength = 26;
    static constexpr int kCheckLength = 2;
    static constexpr int kLength = kRandomLength + kCheckLength;
    static constexpr int kGroupSize = 4;
    static constexpr int kGroupCount = kLength / kGroupSize;

    static RecoveryCode generate();
    // The code as typed: case, spaces and dashes do not matter; O reads as 0, I and L as 1.
    // Throws Error::Kind::InvalidInput (wrong length, a character no code has, a typing slip).
    static RecoveryCode parse(const SecureBuffer& typed);

    // The 28 characters without separators, upper case: what the key derivation reads.
    const SecureBuffer& canonical() const noexcept { return m_canonical; }
    // "K7QM-2XRT-..." for showing and printing.
    SecureBuffer formatted() const;

    static constexpr int groupCount() noexcept { return kGroupCount; }
    // Group `index` (0 = the first), e.g. for "type group 3 back" (index 2) at setup.
    SecureBuffer group(int index) const;
    // Whether a typed group matches group `index`, with parse()'s tolerance.
    bool groupMatches(int index, const SecureBuffer& typed) const;

private:
    explicit RecoveryCode(SecureBuffer canonical);

    SecureBuffer m_canonical;
};

}  // namespace mooring
