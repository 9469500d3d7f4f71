#pragma once

#include "domain/JournalEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace mooring {

class Database;

// The journal as a spreadsheet: one row per entry, oldest first, every field the readable
// export holds. RFC 4180: comma-separated, a field with a comma, quote or line break in
// quotes (quotes doubled), rows ending in CR LF, a header row first. UTF-8 with a byte
// order mark, so spreadsheet programs do not take it for an older 8-bit encoding. Lists
// (feelings, triggers, what was tried) are joined with "; " in one cell; a tried idea shows
// its toolbox title (or the person's own words) and, when rated, "(helped N/10)".
// Like a readable export it is not protected: whoever opens the file can read it all.
class JournalCsv {
public:
    // The column names of the header row, in order (docs/user-guide.md).
    static QStringList columns();

    // `titles`: toolbox id -> title (strategyTitles), for the tried ideas.
    static QByteArray write(const QList<JournalEntry>& entries, const QHash<QString, QString>& titles);

    // The whole journal of the profile, written to `path` at once (AtomicFile: complete or
    // not there, mode 0600). Throws mooring::Error.
    static void save(Database& db, const QString& path);
};

}  // namespace mooring
