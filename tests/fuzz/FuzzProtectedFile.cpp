// libFuzzer target: the protected form's reader (ProtectedFile::open). The seeds are sealed
// with the cheap test KDF and the passphrase below, so mutations of the chunks get past the
// header checksum and the key check and reach the stream itself.
#include "domain/Error.h"
#include "exchange/ProtectedFile.h"
#include "storage/SecureBuffer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mooring::SecureBuffer passphrase = mooring::SecureBuffer::fromUtf8(std::string_view("fuzz"));
    try {
        (void)mooring::ProtectedFile::open(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)),
                                           passphrase);
    } catch (const mooring::Error&) {
    }
    return 0;
}
