#include "storage/RecoveryCode.h"

#include "domain/Error.h"
#include "storage/Sodium.h"

#include <QCoreApplication>

#include <cstring>
#include <optional>
#include <stdexcept>

namespace mooring {

namespace {

// Crockford's base32: no I, L, O, U, so nothing reads as another symbol.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(sizeof kAlphabet == 33);

bool isSeparator(char c) { return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n'; }

// The canonical symbol for a typed character, or nothing if no code contains it.
std::optional<char> canonicalSymbol(char c) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') return '0';
    if (c == 'I' || c == 'L') return '1';
    if (c != '\0' && std::strchr(kAlphabet, c)) return c;
    return std::nullopt;
}

// The two check characters: the first 10 bits of a BLAKE2b hash of the random part.
void computeCheck(const unsigned char* random, char out[RecoveryCode::kCheckLength]) {
    static constexpr char kContext[] = "Mooring recovery code check v1";
    unsigned char hash[16];
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, sizeof hash);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kContext), sizeof kContext - 1);
    crypto_generichash_update(&state, random, RecoveryCode::kRandomLength);
    crypto_generichash_final(&state, hash, sizeof hash);
    const unsigned bits = (static_cast<unsigned>(hash[0]) << 2) | (static_cast<unsigned>(hash[1]) >> 6);
    out[0] = kAlphabet[(bits >> 5) & 31u];
    out[1] = kAlphabet[bits & 31u];
    sodium_memzero(&state, sizeof state);
}

[[noreturn]] void throwInvalid(const QString& message) { throw Error(Error::Kind::InvalidInput, message); }

// Typed text -> canonical symbols, all in secure memory. badGroup tells which group
// (counted as the person counts, from 1) held a character that no code has.
SecureBuffer normalize(const SecureBuffer& typed, int* badGroup) {
    SecureBuffer scratch(typed.size());
    std::size_t n = 0;
    *badGroup = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const char c = static_cast<char>(typed.uchars()[i]);
        if (isSeparator(c)) continue;
        const std::optional<char> symbol = canonicalSymbol(c);
        if (!symbol) {
            if (*badGroup == 0) *badGroup = static_cast<int>(n / RecoveryCode::kGroupSize) + 1;
            continue;
        }
        scratch.uchars()[n++] = static_cast<unsigned char>(*symbol);
    }
    return SecureBuffer::fromBytes(scratch.bytes().first(n));
}

}  // namespace

RecoveryCode::RecoveryCode(SecureBuffer canonical) : m_canonical(std::move(canonical)) {}

RecoveryCode RecoveryCode::generate() {
    ensureSodium();
    SecureBuffer code(kLength);
    for (int i = 0; i < kRandomLength; ++i)
        code.uchars()[i] = static_cast<unsigned char>(kAlphabet[randombytes_uniform(32)]);
    char check[kCheckLength];
    computeCheck(code.uchars(), check);
    std::memcpy(code.uchars() + kRandomLength, check, kCheckLength);
    return RecoveryCode(std::move(code));
}

RecoveryCode RecoveryCode::parse(const SecureBuffer& typed) {
    ensureSodium();
    int badGroup = 0;
    SecureBuffer code = normalize(typed, &badGroup);
    if (code.empty() && badGroup == 0)
        throwInvalid(QCoreApplication::translate(
            "mooring",
            "Please type your recovery code. It's the 28 letters and digits you wrote down when you "
            "set up Mooring."));
    if (badGroup != 0)
        throwInvalid(QCoreApplication::translate("mooring",
                                                 "Group %1 has a character that isn't part of any recovery code. "
                                                 "Recovery codes use only digits and letters; please compare that "
                                                 "group with your copy.")
                         .arg(badGroup));
    if (code.size() != static_cast<std::size_t>(kLength))
        throwInvalid(QCoreApplication::translate("mooring",
                                                 "A recovery code has 28 letters and digits (7 groups of 4), and "
                                                 "this one has %1. Please compare it with your copy.")
                         .arg(code.size()));
    char check[kCheckLength];
    computeCheck(code.uchars(), check);
    if (sodium_memcmp(check, code.uchars() + kRandomLength, kCheckLength) != 0)
        throwInvalid(QCoreApplication::translate(
            "mooring",
            "This code has a small typing slip somewhere. Please compare each group with your copy; "
            "0 and O, 1 and I count as the same."));
    return RecoveryCode(std::move(code));
}

SecureBuffer RecoveryCode::formatted() const {
    SecureBuffer out(static_cast<std::size_t>(kLength + kGroupCount - 1));
    std::size_t n = 0;
    for (int i = 0; i < kLength; ++i) {
        if (i > 0 && i % kGroupSize == 0) out.uchars()[n++] = '-';
        out.uchars()[n++] = m_canonical.uchars()[i];
    }
    return out;
}

SecureBuffer RecoveryCode::group(int index) const {
    if (index < 0 || index >= kGroupCount) throw std::out_of_range("RecoveryCode::group");
    return SecureBuffer::fromBytes(
        m_canonical.bytes().subspan(static_cast<std::size_t>(index * kGroupSize), kGroupSize));
}

bool RecoveryCode::groupMatches(int index, const SecureBuffer& typed) const {
    int badGroup = 0;
    const SecureBuffer normalized = normalize(typed, &badGroup);
    return badGroup == 0 && normalized.equals(group(index));
}

}  // namespace mooring
