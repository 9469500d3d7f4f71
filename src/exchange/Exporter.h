#pragma once

#include "domain/Clock.h"
#include "exchange/ExportDocument.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace mooring {

class Database;
class ProfileSettings;

// Gathers a profile's records from the stores into an ExportDocument (docs/export-format.md).
// Reads only; writing the file is the caller's (ExportFile).
class Exporter {
public:
    Exporter(Database& db, ProfileSettings& settings, Clock clock = {});

    ExportDocument document(ExportContent content);
    QByteArray readable(ExportContent content);  // the JSON bytes of document()

private:
    QList<ContactRecord> contacts();
    QList<Helpline> helplines(const QString& region);
    QList<ReflectionRecord> reflections();

    Database& m_db;
    ProfileSettings& m_settings;
    Clock m_clock;
};

}  // namespace mooring
