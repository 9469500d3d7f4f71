#pragma once

#include "domain/Clock.h"
#include "exchange/ExportDocument.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace mooring {

class Database;
class ProfileSettings;
class SecureBuffer;
struct Argon2Params;

// Gathers a profile's records from the stores into an ExportDocument (docs/export-format.md).
// Reads only; writing the file is the caller's (ExportFile).
class Exporter {
public:
    Exporter(Database& db, ProfileSettings& settings, Clock clock = {});

    ExportDocument document(ExportContent content);
    // The JSON bytes of document(), media and all: for small profiles and tests. A file is
    // written with save(), which never holds the media at once.
    QByteArray readable(ExportContent content);
    // Writes the export to `path` (storage/AtomicFile): readable, or protected with
    // `passphrase` under `params`. The text is made piece by piece and each medium's bytes
    // are read from the database, encoded and written one at a time, so memory stays small
    // whatever the hope box holds. Throws Error; the file is then as it was.
    void save(const QString& path, ExportContent content, const SecureBuffer* passphrase = nullptr,
              const Argon2Params* params = nullptr);
    // The same for a document made before (document()): reads only the media's bytes from
    // `db`, so it can run as a session job while the records were gathered on the window's
    // thread.
    static void save(Database& db, const ExportDocument& doc, const QString& path,
                     const SecureBuffer* passphrase = nullptr, const Argon2Params* params = nullptr);

private:
    QList<ContactRecord> contacts();
    QList<Helpline> helplines(const QString& region);
    QList<ReflectionRecord> reflections();

    Database& m_db;
    ProfileSettings& m_settings;
    Clock m_clock;
};

}  // namespace mooring
