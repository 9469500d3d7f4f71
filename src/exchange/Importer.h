#pragma once

#include "domain/Clock.h"
#include "exchange/ExportDocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace mooring {

namespace importRows {
struct ProfileState;
}
class Database;
class ExportSource;
class ProfileSettings;
class SecureBuffer;

// What an import would do, shown before anything is written.
struct ImportPreview {
    ExportContent content = ExportContent::Full;
    int planVersions = 0;  // in the file
    int strategies = 0;
    int contacts = 0;
    int helplines = 0;
    int journalEntries = 0;
    int reflections = 0;
    int setbacks = 0;
    int checkIns = 0;
    int media = 0;      // photos, recordings and sounds of the hope box
    int added = 0;      // not here yet: added
    int updated = 0;    // here already and older: replaced by the file's
    int kept = 0;       // here already and newer: left as they are
    int unchanged = 0;  // here already, the same
    // Here already with the same time of the last change, but different: left as they are
    // here, and named, because neither can be called newer.
    int conflicts = 0;
    QStringList conflicting;  // "the contact “Sam”", "the journal entry of 20/11/2026 21:40", ...

    // "3 plan versions, 41 ideas, 1,204 journal entries, 12 week notes; 17 already here and
    // newer, 2 already here and older."
    QString summary() const;
    // What happens to the records changed differently in both places, naming the first few;
    // empty when there are none.
    QString conflictNote() const;
    static constexpr int kConflictsNamed = 5;
};

struct ImportPlan {
    ExportDocument document;
    ImportPreview preview;
    // Where the media's bytes are read from again by apply(): they are checked by prepare()
    // and then let go, never held (all of a hope box would not fit in memory).
    std::shared_ptr<const ExportSource> source;
};

// Import (docs/export-format.md): the whole file is read and checked first (prepare), the person
// sees the preview, then everything is written in one transaction (apply). A record whose
// id is already here is replaced only when the file's updated_at (saved_at) is newer, so
// importing the same file twice changes nothing.
class Importer {
public:
    enum class Form { Readable, Protected };
    // Far above a profile with a full hope box; a bound on what a file can make import read.
    static constexpr qint64 kMaxFileSize = 8'000'000'000;

    // Refuses a file over kMaxFileSize by its size, before reading it. Throws Error.
    static QByteArray readFile(const QString& path);
    static Form formOf(QByteArrayView bytes);
    // The same for a file, from its first bytes; refuses it as readFile() does, without
    // reading the rest. Then ExportSource::fromFile reads it piece by piece.
    static Form formOfFile(const QString& path);
    // The JSON inside: the bytes themselves, or the protected form opened with `passphrase`.
    static QByteArray jsonOf(QByteArrayView bytes, const SecureBuffer& passphrase);

    Importer(Database& db, ProfileSettings& settings, Clock clock = {});

    // Reads and checks everything against the file's rules and this profile; writes
    // nothing. Throws Error (Damaged / InvalidExport, NewerVersion).
    ImportPlan prepare(QByteArrayView json);
    // The same, reading `source` as a stream (a file of any size up to kMaxFileSize).
    ImportPlan prepare(std::shared_ptr<const ExportSource> source);
    // Writes the plan in one transaction: all of it or, on any error, none. The media's
    // bytes are read from plan.source once more and must be those prepare() checked.
    // `beforeWrite` runs first (e.g. a backup); when it throws, nothing is written.
    void apply(const ImportPlan& plan, const std::function<void()>& beforeWrite = {});

private:
    QDateTime now() const;
    void putMedia(const ImportPlan& plan, const importRows::ProfileState& state);

    Database& m_db;
    ProfileSettings& m_settings;
    Clock m_clock;
};

}  // namespace mooring
