// libFuzzer target: the readable form's reader and validation (exportJson::read), which
// sees every byte of a file a person chooses to import. Any mooring::Error is a fine
// answer; a crash, a leak, undefined behaviour or another exception is a finding.
#include "domain/Error.h"
#include "exchange/ExportJson.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    try {
        const mooring::ExportDocument doc =
            mooring::exportJson::read(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), now);
        // What was accepted must write out again without trouble.
        (void)mooring::exportJson::write(doc);
    } catch (const mooring::Error&) {
    }
    return 0;
}
