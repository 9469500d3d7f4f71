// libFuzzer target: what lies behind the protected form's checks. Mutating a sealed file
// almost always stops at the header checksum or the AEAD tag (fuzz_protected_file), so
// here the input is the PLAINTEXT and a few header choices: it is sealed correctly with a
// fixed passphrase and the test KDF, optionally with a header field changed and the
// checksum made whole again, or cut short / lengthened; then the real reader opens it and
// the importer checks what came out against a real (empty) profile, writing nothing.
//
// Input: byte 0 = controls, byte 1 = a value for them, the rest = the plaintext.
//   controls & 3        chunk size: 1 KiB, 1 KiB + 1, 4 KiB, 64 KiB
//   (controls >> 2) & 7 header field set to the value (0: none): 1 version, 2 KDF id,
//                       3 ops limit, 4 memory limit, 5 chunk size, 6 plain length, 7 salt
//   (controls >> 5) & 3 0: as sealed, 1: cut short by value + 1 bytes, 2: value + 1 bytes
//                       added, 3: the byte at value in the body flipped
#include "domain/Error.h"
#include "exchange/Importer.h"
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/ProfilePaths.h"
#include "storage/ProfileSettings.h"
#include "storage/SecureBuffer.h"
#include "storage/Sodium.h"
#include "storage/UnlockedProfile.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

using namespace mooring;

namespace {

constexpr int kVersionAt = ProtectedFile::kMagicSize;
constexpr int kKdfAt = kVersionAt + 2;
constexpr int kOpsAt = kKdfAt + 1;
constexpr int kMemAt = kOpsAt + 8;
constexpr int kSaltAt = kMemAt + 8;
constexpr int kChunkAt = kSaltAt + ProtectedFile::kSaltSize;
constexpr int kLengthAt = kChunkAt + 4;

template <typename T>
void putAt(QByteArray& file, int at, T value) {
    const T le = qToLittleEndian(value);
    std::memcpy(file.data() + at, &le, sizeof(T));
}

// Only values the reader refuses before deriving a key, or the cheapest ones it accepts:
// a crafted header must not make one run spend a second and a gigabyte on Argon2id.
void setField(QByteArray& file, int field, std::uint8_t value) {
    switch (field) {
        case 1:
            putAt<std::uint16_t>(file, kVersionAt, std::uint16_t(value % 4));
            break;
        case 2:
            file[kKdfAt] = char(value % 3);
            break;
        case 3:
            putAt<std::uint64_t>(file, kOpsAt, value % 4 == 3 ? Argon2Params::kCalibratedMaxOpsLimit + 1 : value % 3);
            break;
        case 4: {
            static constexpr std::uint64_t mems[] = {
                0, Argon2Params::kMinMemLimitBytes - 1, Argon2Params::kMinMemLimitBytes,
                Argon2Params::kMinMemLimitBytes * 2, Argon2Params::kCalibratedMaxMemLimitBytes + 1};
            putAt<std::uint64_t>(file, kMemAt, mems[value % 5]);
            break;
        }
        case 5:
            putAt<std::uint32_t>(file, kChunkAt, std::uint32_t(value) * 64);
            break;
        case 6: {
            std::uint64_t length;
            std::memcpy(&length, file.constData() + kLengthAt, sizeof length);
            putAt<std::uint64_t>(file, kLengthAt, qFromLittleEndian(length) + std::int8_t(value));
            break;
        }
        case 7:
            file[kSaltAt + value % ProtectedFile::kSaltSize] =
                char(file.at(kSaltAt + value % ProtectedFile::kSaltSize) ^ 1);
            break;
        default:
            return;
    }
    // The checksum made whole again, so the reader goes on to the field itself.
    const int covered = ProtectedFile::kParamsSize + ProtectedFile::kKeyCheckSize;
    crypto_generichash(reinterpret_cast<unsigned char*>(file.data()) + covered, ProtectedFile::kChecksumSize,
                       reinterpret_cast<const unsigned char*>(file.constData()), covered, nullptr, 0);
}

// An empty profile made once; prepare() only reads it.
struct Target {
    QTemporaryDir dir;
    std::unique_ptr<UnlockedProfile> profile;
    std::unique_ptr<ProfileSettings> settings;
    Target() {
        const ProfilePaths paths = ProfilePaths::resolve(dir.filePath(QStringLiteral("profile")));
        profile = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(std::string_view("fuzz target")),
                                          Argon2Params::forTests())
                      .profile;
        settings = std::make_unique<ProfileSettings>(paths);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const SecureBuffer passphrase = SecureBuffer::fromUtf8(std::string_view("fuzz"));
    static Target* target = new Target;  // lives for the whole run
    if (size < 2) return 0;
    const std::uint8_t controls = data[0];
    const std::uint8_t value = data[1];
    const QByteArrayView plain(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    static constexpr std::uint32_t chunks[] = {ProtectedFile::kMinChunkSize, ProtectedFile::kMinChunkSize + 1, 4096,
                                               ProtectedFile::kChunkSize};
    QByteArray file = ProtectedFile::seal(plain, passphrase, Argon2Params::forTests(), chunks[controls & 3]);
    setField(file, (controls >> 2) & 7, value);
    switch ((controls >> 5) & 3) {
        case 1:
            file.chop(std::min<qsizetype>(file.size(), value + 1));
            break;
        case 2:
            file.append(value + 1, char(value));
            break;
        case 3: {
            const qsizetype at = ProtectedFile::kHeaderSize + value;
            if (at < file.size()) file[at] = char(file.at(at) ^ 0x40);
            break;
        }
        default:
            break;
    }
    try {
        const QByteArray json = Importer::jsonOf(file, passphrase);
        Importer importer(target->profile->database(), *target->settings,
                          [] { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); });
        const ImportPlan plan = importer.prepare(json);
        (void)plan.preview.summary();
    } catch (const Error&) {
    }
    return 0;
}
