#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace mooring::test {

// Raw bytes of a database file as they are on disk (empty if it cannot be read).
inline QByteArray databaseBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Inverts `count` bytes at `offset` in place: damage as a bad disk sector would leave it.
inline bool flipDatabaseBytes(const QString& path, qint64 offset, int count) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) return false;
    QByteArray chunk = file.read(count);
    for (char& byte : chunk) byte = static_cast<char>(~byte);
    return chunk.size() == count && file.seek(offset) && file.write(chunk) == count;
}

}  // namespace mooring::test
