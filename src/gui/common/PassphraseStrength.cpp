#include "gui/common/PassphraseStrength.h"

#include "storage/SecureBuffer.h"

#include <zxcvbn.h>

#include <cstring>

namespace mooring {

namespace {

// What the weakest part of the passphrase is made of, as zxcvbn sees it.
enum class Pattern { None, Word, LookAlike, Keyboard, Sequence, Repeat, Date };

Pattern mainPattern(const ZxcMatch_t* info) {
    Pattern found = Pattern::None;
    int longest = 0;
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        const int type = static_cast<int>(m->Type) & ~MULTIPLE_MATCH;
        Pattern p = Pattern::None;
        switch (type) {
            case DICTIONARY_MATCH:
            case USER_MATCH:
                p = Pattern::Word;
                break;
            case DICT_LEET_MATCH:
            case USER_LEET_MATCH:
                p = Pattern::LookAlike;
                break;
            case SPATIAL_MATCH:
                p = Pattern::Keyboard;
                break;
            case SEQUENCE_MATCH:
                p = Pattern::Sequence;
                break;
            case REPEATS_MATCH:
                p = Pattern::Repeat;
                break;
            case DATE_MATCH:
            case YEAR_MATCH:
                p = Pattern::Date;
                break;
            default:
                break;
        }
        if (p != Pattern::None && m->Length > longest) {
            longest = m->Length;
            found = p;
        }
    }
    return found;
}

}  // namespace

PassphraseStrength::Assessment PassphraseStrength::assess(const QString& passphrase) {
    Assessment result;
    if (passphrase.isEmpty()) {
        result.label = labelFor(Level::Empty);
        return result;
    }
    // zxcvbn wants a NUL-terminated C string; keep that copy in secure memory.
    SecureBuffer utf8 = SecureBuffer::fromUtf8(passphrase);
    SecureBuffer terminated(utf8.size() + 1);
    std::memcpy(terminated.data(), utf8.data(), utf8.size());
    ZxcMatch_t* info = nullptr;
    result.bits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), nullptr, &info);
    const Pattern pattern = mainPattern(info);
    ZxcvbnFreeInfo(info);

    result.level = levelForBits(result.bits);
    result.label = labelFor(result.level);
    if (passphrase.size() < kMinimumLength) {
        result.hint =
            tr("A few more characters, please: at least %1. A short sentence is easy to remember.").arg(kMinimumLength);
        return result;
    }
    if (result.level >= Level::Good) return result;
    switch (pattern) {
        case Pattern::Word:
            result.hint =
                tr("Common words and names are among the first things tried. "
                   "A few unrelated words together are much harder to guess.");
            break;
        case Pattern::LookAlike:
            result.hint =
                tr("Swapping letters for look-alike numbers (like 3 for e) adds less than it seems. "
                   "Another word adds much more.");
            break;
        case Pattern::Keyboard:
            result.hint =
                tr("Keyboard patterns such as \u201cqwerty\u201d are well known. "
                   "Words that mean something only to you work better.");
            break;
        case Pattern::Sequence:
            result.hint =
                tr("Runs such as \u201c"
                   "abc\u201d or \u201c"
                   "1234\u201d are easy to guess. "
                   "Try a few words instead.");
            break;
        case Pattern::Repeat:
            result.hint = tr("Repeated characters add little. Another word adds a lot.");
            break;
        case Pattern::Date:
            result.hint = tr("Dates and years are easy to guess, especially ones linked to you.");
            break;
        case Pattern::None:
            result.hint = tr("Adding another word or two makes it much harder to guess.");
            break;
    }
    return result;
}

PassphraseStrength::Level PassphraseStrength::levelForBits(double bits) {
    if (bits < 28) return Level::EasyToGuess;
    if (bits < 40) return Level::CouldBeStronger;
    if (bits < 60) return Level::Good;
    if (bits < 80) return Level::Strong;
    return Level::VeryStrong;
}

int PassphraseStrength::meterValue(Level level) { return static_cast<int>(level); }

QString PassphraseStrength::labelFor(Level level) {
    switch (level) {
        case Level::Empty:
            return tr("Nothing typed yet");
        case Level::EasyToGuess:
            return tr("Easy to guess");
        case Level::CouldBeStronger:
            return tr("Could be stronger");
        case Level::Good:
            return tr("Good");
        case Level::Strong:
            return tr("Strong");
        case Level::VeryStrong:
            return tr("Very strong");
    }
    return {};
}

}  // namespace mooring
