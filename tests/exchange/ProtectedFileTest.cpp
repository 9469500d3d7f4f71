// The protected form: truncated, one byte changed, wrong passphrase: each its own message.
#include "domain/Error.h"
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/SecureBuffer.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QRandomGenerator>
#include <QtEndian>

#include <chrono>

#include <sodium.h>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

SecureBuffer secret(std::string_view text) { return SecureBuffer::fromUtf8(text); }

QByteArray samplePlain(int size) {
    QByteArray plain(size, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char& c : plain) c = char('a' + random.bounded(26));
    return plain;
}

Error failureOf(const QByteArray& file, std::string_view passphrase) {
    try {
        ProtectedFile::open(file, secret(passphrase));
    } catch (const Error& e) {
        return e;
    }
    FAIL("the file opened");
    return Error(Error::Kind::InvalidInput, {});
}

}  // namespace

TEST_CASE("Sealed bytes open again with the same passphrase, at any size", "[exchange]") {
    const std::uint32_t chunk = ProtectedFile::kMinChunkSize;
    for (int size : {0, 1, int(chunk) - 1, int(chunk), int(chunk) + 1, 5 * int(chunk), 200000}) {
        const QByteArray plain = samplePlain(size);
        const QByteArray sealed = ProtectedFile::seal(plain, secret("tide"), Argon2Params::forTests(), chunk);
        CHECK(sealed.size() == ProtectedFile::sealedSize(size, chunk));
        CHECK(sealed.startsWith(QByteArray(ProtectedFile::kMagic, ProtectedFile::kMagicSize)));
        CHECK(ProtectedFile::open(sealed, secret("tide")) == plain);
    }
}

TEST_CASE("Sealed piece by piece, opened chunk by chunk: the same file as sealed whole", "[exchange]") {
    const std::uint32_t chunk = ProtectedFile::kMinChunkSize;
    const QByteArray plain = samplePlain(5 * int(chunk) + 17);
    QByteArray sealed;
    {
        ProtectedFile::Sealer sealer([&sealed](QByteArrayView piece) { sealed.append(piece); }, secret("tide"),
                                     Argon2Params::forTests(), plain.size(), chunk);
        // Pieces smaller and larger than a chunk, across chunk boundaries.
        qsizetype at = 0;
        for (qsizetype size : {1, 700, 2000, 3, 1024}) {
            sealer.write(QByteArrayView(plain).sliced(at, size));
            at += size;
        }
        sealer.write(QByteArrayView(plain).sliced(at));
        sealer.finish();
    }
    CHECK(sealed.size() == ProtectedFile::sealedSize(plain.size(), chunk));
    CHECK(ProtectedFile::open(sealed, secret("tide")) == plain);

    QBuffer device(&sealed);
    REQUIRE(device.open(QIODevice::ReadOnly));
    ProtectedFile::Opener first(device, secret("tide"));
    QByteArray opened;
    while (std::optional<QByteArray> piece = first.next()) opened += *piece;
    CHECK(opened == plain);
    // Once more with the key derived the first time: no second Argon2id.
    device.seek(0);
    ProtectedFile::Opener again(device, first.key());
    CHECK(again.next()->size() == qsizetype(chunk));

    // Fewer bytes than the header promised are refused, not sealed short.
    ProtectedFile::Sealer shortOne([](QByteArrayView) {}, secret("tide"), Argon2Params::forTests(), 10, chunk);
    shortOne.write("12345");
    CHECK_THROWS_AS(shortOne.finish(), Error);
}

TEST_CASE("The header is laid out as docs/export-format.md says", "[exchange]") {
    const Argon2Params params = Argon2Params::forTests();
    const QByteArray sealed = ProtectedFile::seal("{}", secret("tide"), params);
    CHECK(sealed.left(8) == QByteArray("MOOREXP\x1a", 8));
    CHECK(sealed.mid(8, 2) == QByteArray("\x01\x00", 2));  // version 1, little-endian
    CHECK(sealed.at(10) == 1);                             // Argon2id 1.3
    CHECK(qFromLittleEndian<quint64>(sealed.constData() + 11) == params.opsLimit);
    CHECK(qFromLittleEndian<quint64>(sealed.constData() + 19) == params.memLimitBytes);
    CHECK(qFromLittleEndian<quint32>(sealed.constData() + 43) == ProtectedFile::kChunkSize);
    CHECK(qFromLittleEndian<quint64>(sealed.constData() + 47) == 2);  // plain length
    CHECK(ProtectedFile::kHeaderSize == 128);
    CHECK(sealed.size() == 128 + 2 + 17);
}

TEST_CASE("A wrong passphrase, a cut-off file and a changed byte each say what happened", "[exchange]") {
    const std::uint32_t chunk = ProtectedFile::kMinChunkSize;
    const QByteArray sealed =
        ProtectedFile::seal(samplePlain(3000), secret("harbour"), Argon2Params::forTests(), chunk);

    const Error wrong = failureOf(sealed, "harbor");
    CHECK(wrong.kind() == Error::Kind::WrongSecret);
    CHECK(wrong.message().contains(u"passphrase does not open"_s));

    for (int keep : {0, 5, 20, 127, 128, 140, 1200, int(sealed.size()) - 1}) {
        const Error cut = failureOf(sealed.left(keep), "harbour");
        INFO(keep);
        CHECK(cut.kind() == Error::Kind::Damaged);
        CHECK((cut.message().contains(u"ends too early"_s) || cut.message().contains(u"damaged at its beginning"_s)));
    }
    CHECK(failureOf(sealed.left(sealed.size() - 1), "harbour").message().contains(u"ends too early"_s));
    CHECK(failureOf(sealed + "x", "harbour").message().contains(u"changed or damaged"_s));

    // Every byte position, one at a time: never a wrong-passphrase message, never opened.
    for (qsizetype i = 0; i < sealed.size(); i += (i < 200 ? 1 : 97)) {
        QByteArray changed = sealed;
        changed[i] = char(changed[i] ^ 0x20);
        const Error e = failureOf(changed, "harbour");
        INFO(i);
        CHECK(e.kind() == Error::Kind::Damaged);
        if (i >= ProtectedFile::kHeaderSize) CHECK(e.message().contains(u"changed or damaged"_s));
    }
}

TEST_CASE("A newer protected format names both versions; absurd KDF costs are refused", "[exchange]") {
    QByteArray sealed = ProtectedFile::seal("{}", secret("tide"), Argon2Params::forTests());
    QByteArray newer = sealed;
    newer[8] = 2;
    // Rebuild the checksum, as a newer Mooring would have written it.
    unsigned char sum[32];
    crypto_generichash(sum, 32, reinterpret_cast<const unsigned char*>(newer.constData()), 96, nullptr, 0);
    newer.replace(96, 32, QByteArray(reinterpret_cast<const char*>(sum), 32));
    const Error e = failureOf(newer, "tide");
    CHECK(e.kind() == Error::Kind::NewerVersion);
    CHECK(e.message().contains(u"version 2"_s));
    CHECK(e.message().contains(u"reads version 1"_s));

    QByteArray greedy = sealed;
    qToLittleEndian<quint64>(quint64(64) << 30, greedy.data() + 19);  // 64 GiB of memory
    crypto_generichash(sum, 32, reinterpret_cast<const unsigned char*>(greedy.constData()), 96, nullptr, 0);
    greedy.replace(96, 32, QByteArray(reinterpret_cast<const char*>(sum), 32));
    CHECK(failureOf(greedy, "tide").message().contains(u"more memory or time to open than Mooring ever uses"_s));
}

namespace {

// The header's checksum over bytes 0-95 written again, as anyone crafting a file can.
QByteArray withFreshHeaderChecksum(QByteArray file) {
    unsigned char sum[32];
    crypto_generichash(sum, 32, reinterpret_cast<const unsigned char*>(file.constData()), 96, nullptr, 0);
    file.replace(96, 32, QByteArray(reinterpret_cast<const char*>(sum), 32));
    return file;
}

}  // namespace

TEST_CASE("A protected export asking for more than Mooring ever uses is refused at once", "[exchange][limits]") {
    const QByteArray sealed = ProtectedFile::seal("{}", secret("tide"), Argon2Params::forTests());
    struct Case {
        const char* what;
        quint64 ops;
        quint64 mem;
    };
    for (const Case& c : {Case{"one pass past calibration's ceiling", 33, quint64(1) << 30},
                          Case{"2 GiB", 32, quint64(2) << 30}, Case{"4 GiB and 64 passes", 64, quint64(4) << 30},
                          Case{"every field at its widest", ~quint64(0), ~quint64(0)}}) {
        INFO(c.what);
        QByteArray crafted = sealed;
        qToLittleEndian<quint64>(c.ops, crafted.data() + 11);
        qToLittleEndian<quint64>(c.mem, crafted.data() + 19);
        crafted = withFreshHeaderChecksum(crafted);  // so only the limit can refuse it
        const auto start = std::chrono::steady_clock::now();
        const Error e = failureOf(crafted, "tide");
        const auto took = std::chrono::steady_clock::now() - start;
        CHECK(e.kind() == Error::Kind::Damaged);
        CHECK(e.message().contains(u"more memory or time to open than Mooring ever uses"_s));
        CHECK(took < std::chrono::milliseconds(100));
    }
    // The dearest cost Mooring writes is still read (here only parsed up to the length check:
    // a file one byte short stops before deriving, so the test stays quick).
    QByteArray dearest = sealed;
    qToLittleEndian<quint64>(Argon2Params::kCalibratedMaxOpsLimit, dearest.data() + 11);
    qToLittleEndian<quint64>(Argon2Params::kCalibratedMaxMemLimitBytes, dearest.data() + 19);
    dearest = withFreshHeaderChecksum(dearest);
    dearest.chop(1);
    CHECK(failureOf(dearest, "tide").message().contains(u"incomplete"_s));
}
