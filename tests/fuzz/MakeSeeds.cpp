// Writes the protected-form seeds (tests/data/fuzz/protected_file) from the readable seeds:
// run once after changing the format; `make-fuzz-seeds READABLE_DIR PROTECTED_DIR`.
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/SecureBuffer.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <string_view>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make-fuzz-seeds READABLE_DIR PROTECTED_DIR\n");
        return 1;
    }
    const QDir in(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const mooring::SecureBuffer passphrase = mooring::SecureBuffer::fromUtf8(std::string_view("fuzz"));
    for (const QString& name : in.entryList(QDir::Files)) {
        QFile source(in.filePath(name));
        if (!source.open(QIODevice::ReadOnly)) return 1;
        // Small chunks, so even a small seed has several of them to mutate.
        const QByteArray sealed = mooring::ProtectedFile::seal(
            source.readAll(), passphrase, mooring::Argon2Params::forTests(), mooring::ProtectedFile::kMinChunkSize);
        QFile target(out.filePath(name + QStringLiteral(".mooring")));
        if (!target.open(QIODevice::WriteOnly) || target.write(sealed) != sealed.size()) return 1;
    }
    return 0;
}
