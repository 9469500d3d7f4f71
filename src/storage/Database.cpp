#include "storage/Database.h"

#include "storage/SecureBuffer.h"
#include "storage/Sodium.h"
#include "storage/SqlCipher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>
#include <string>
#include <utility>

namespace mooring {

namespace {

constexpr std::size_t kRawKeySize = 32;
constexpr qint64 kSmallestPage = 512;

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString cannotWriteMessage() {
    return tr(
        "Mooring could not save your data. The folder may be read-only or the disk may be full. "
        "Nothing was changed.");
}

QString damagedMessage() {
    return tr(
        "Mooring could not read your data file. It may have been damaged or changed. "
        "A backup can bring it back.");
}

QString keyMismatchMessage() {
    return tr(
        "This data file does not match its key file, or it has been damaged. "
        "Nothing was changed, and a backup can bring your data back.");
}

QString missingMessage() {
    return tr(
        "The data file of this profile is missing. Nothing was changed. "
        "If you have a backup, it can bring your data back.");
}

QString incompleteMessage() {
    return tr(
        "Mooring's data file is empty or incomplete, so your data can't be read from it. Nothing was "
        "changed. Restoring a backup brings your data back.");
}

QString busyMessage() {
    return tr("Your data is in use by another Mooring window right now. Please close it and try again.");
}

QString invalidInputMessage() { return tr("This could not be saved as it is. Please check it and try again."); }

QString alreadyThereMessage() {
    return tr("There is already a data file in this folder, so a new one was not made. Nothing was changed.");
}

// Chooses how a person is told about an SQLite failure; SQL text never reaches them.
std::pair<Error::Kind, QString> describe(int primaryCode) {
    switch (primaryCode) {
        case SQLITE_FULL:
        case SQLITE_IOERR:
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
            return {Error::Kind::CannotWrite, cannotWriteMessage()};
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {Error::Kind::Busy, busyMessage()};
        case SQLITE_CONSTRAINT:
        case SQLITE_TOOBIG:
        case SQLITE_MISMATCH:
            return {Error::Kind::InvalidInput, invalidInputMessage()};
        default:  // NOTADB, CORRUPT and anything unexpected: the file cannot be trusted as read
            return {Error::Kind::Damaged, damagedMessage()};
    }
}

// The extended code, if the one passed in is only the primary one.
int extendedCodeOf(sqlite3* db, int rc) {
    if (rc > 0xff || db == nullptr) return rc;
    const int extended = sqlcipher().extended_errcode(db);
    return (extended & 0xff) == rc ? extended : rc;
}

std::string detailOf(sqlite3* db) { return db ? std::string(sqlcipher().errmsg(db)) : std::string(); }

// x'<64 hex>' in secure memory: the raw-key form SQLCipher takes without running PBKDF2.
SecureBuffer rawKeyText(std::span<const std::byte> rawKey) {
    const std::size_t hexSize = rawKey.size() * 2;
    SecureBuffer text(hexSize + 4);  // x ' hex ' NUL
    char* chars = reinterpret_cast<char*>(text.data());
    chars[0] = 'x';
    chars[1] = '\'';
    sodium_bin2hex(chars + 2, hexSize + 1, reinterpret_cast<const unsigned char*>(rawKey.data()), rawKey.size());
    chars[hexSize + 2] = '\'';
    chars[hexSize + 3] = '\0';
    return text;
}

}  // namespace

SqliteError::SqliteError(Kind kind, const QString& message, int code, int extendedCode, std::string detail)
    : Error(kind, message), m_code(code), m_extendedCode(extendedCode), m_detail(std::move(detail)) {}

void Database::Closer::operator()(sqlite3* db) const noexcept {
    // close_v2 defers the close if a statement is still alive instead of failing.
    sqlcipher().close_v2(db);
}

Database::Database(std::unique_ptr<sqlite3, Closer> db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

// The depth goes with the connection; what is left behind has none (and no handle).
Database::Database(Database&& other) noexcept
    : m_db(std::move(other.m_db)),
      m_path(std::move(other.m_path)),
      m_writer(std::exchange(other.m_writer, std::make_unique<std::recursive_mutex>())),
      m_transactionDepth(std::exchange(other.m_transactionDepth, 0)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        m_db = std::move(other.m_db);
        m_path = std::move(other.m_path);
        m_writer = std::exchange(other.m_writer, std::make_unique<std::recursive_mutex>());
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
    }
    return *this;
}
Database::~Database() = default;

Database Database::open(const QString& path, std::span<const std::byte> rawKey, Mode mode) {
    if (rawKey.size() != kRawKeySize) throw std::invalid_argument("Database::open needs a 32-byte key");
    checkFilePresence(path, mode);
    Database db(openHandle(path, mode), path);
    try {
        // open_v2 has just made the file (still empty); journals copy its mode, so 0600 covers all.
        // Best effort: a FAT-formatted USB stick has no per-file modes and refuses chmod, and a
        // profile must still be possible there (the file is encrypted either way).
        if (mode == Mode::Create) QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        db.applyKey(rawKey);
        db.proveKey();
        db.exec(
            "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY; "
            "PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;");
    } catch (...) {
        db.m_db.reset();
        // A half-made new file would make the next attempt refuse; it holds nothing yet.
        if (mode == Mode::Create) QFile::remove(path);
        throw;
    }
    return db;
}

void Database::checkFilePresence(const QString& path, Mode mode) {
    const QFileInfo file(path);
    const bool exists = file.exists();
    if (mode != Mode::Create && !exists)
        throw SqliteError(Error::Kind::Damaged, missingMessage(), SQLITE_CANTOPEN, SQLITE_CANTOPEN, "file missing");
    // SQLite would take an empty file for a new database and write a fresh schema into
    // it; only Create makes a database. Every page is a power of two of at least 512
    // bytes, so any other length is an incomplete file.
    if (mode != Mode::Create && (file.size() == 0 || file.size() % kSmallestPage != 0))
        throw SqliteError(Error::Kind::Damaged, incompleteMessage(), SQLITE_NOTADB, SQLITE_NOTADB, "file incomplete");
    if (mode == Mode::Create && exists)
        throw SqliteError(Error::Kind::InvalidInput, alreadyThereMessage(), SQLITE_CANTOPEN, SQLITE_CANTOPEN,
                          "file already exists");
}

std::unique_ptr<sqlite3, Database::Closer> Database::openHandle(const QString& path, Mode mode) {
    const int access = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    // Serialized: a backup job reads through this connection while the window may write
    // (requireThreadSafeSqlite() refuses a library built without mutexes at all).
    const int flags = access | SQLITE_OPEN_FULLMUTEX;
    sqlite3* raw = nullptr;
    const int rc = sqlcipher().open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    // SQLite hands back a handle even on failure; it must be closed either way.
    std::unique_ptr<sqlite3, Closer> handle(raw);
    if (rc != SQLITE_OK) {
        const auto [kind, message] = describe(rc & 0xff);
        throw SqliteError(kind, message, rc & 0xff, extendedCodeOf(raw, rc), detailOf(raw));
    }
    sqlcipher().extended_result_codes(raw, 1);
    return handle;
}

void Database::applyKey(std::span<const std::byte> rawKey) {
    const SecureBuffer text = rawKeyText(rawKey);
    // SQLCipher copies the key into its own memory; `text` is wiped when it goes out of scope.
    check(sqlcipher().key(m_db.get(), text.data(), static_cast<int>(text.size() - 1)));
}

void Database::proveKey() {
    try {
        Statement probe(*this, "SELECT count(*) FROM sqlite_master");
        probe.step();
    } catch (const SqliteError& e) {
        // With a wrong key the first page does not decrypt: SQLite calls that "not a database".
        if (e.code() == SQLITE_NOTADB || e.code() == SQLITE_CORRUPT)
            throw SqliteError(Error::Kind::Damaged, keyMismatchMessage(), e.code(), e.extendedCode(), e.detail());
        throw;
    }
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);  // sqlite3_exec needs a terminated string
    char* errorText = nullptr;
    const int rc = sqlcipher().exec(m_db.get(), text.c_str(), nullptr, nullptr, &errorText);
    sqlcipher().free(errorText);  // the same text is still available from sqlite3_errmsg
    check(rc);
}

int Database::userVersion() {
    Statement query(*this, "PRAGMA user_version");
    query.step();
    return query.integer(0);
}

void Database::setUserVersion(int version) {
    // PRAGMA takes no bound parameters; the value is a number we format ourselves.
    exec("PRAGMA user_version = " + std::to_string(version));
}

std::int64_t Database::lastInsertRowId() const { return sqlcipher().last_insert_rowid(m_db.get()); }

int Database::changes() const { return sqlcipher().changes(m_db.get()); }

bool Database::integrityOk() {
    try {
        // Reading every page makes SQLCipher check every page's HMAC as well.
        Statement check(*this, "PRAGMA integrity_check");
        return check.step() && check.text(0) == QStringLiteral("ok") && !check.step();
    } catch (const SqliteError& e) {
        if (e.kind() == Error::Kind::Damaged) return false;
        throw;
    }
}

void Database::check(int rc) const {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
    const int primary = rc & 0xff;
    const auto [kind, message] = describe(primary);
    throw SqliteError(kind, message, primary, extendedCodeOf(m_db.get(), rc), detailOf(m_db.get()));
}

// ---- Statement ----

Statement::Statement(Database& db, std::string_view sql) : m_db(&db) {
    const int rc = sqlcipher().prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    db.check(rc);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement::~Statement() { sqlcipher().finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
    m_db->check(sqlcipher().bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    m_db->check(sqlcipher().bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    m_db->check(
        sqlcipher().bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value) {
    // constData() is never null, so an empty array stays an empty blob rather than NULL.
    m_db->check(
        sqlcipher().bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    m_db->check(sqlcipher().bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<QString>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
}

bool Statement::step() {
    const int rc = sqlcipher().step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) {
        // Leave the statement reusable for the caller that catches the error.
        sqlcipher().reset(m_stmt);
        m_db->check(rc);
    }
    return false;
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    // reset() repeats the last step's error, which step() has already reported.
    sqlcipher().reset(m_stmt);
}

bool Statement::isNull(int column) const { return sqlcipher().column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t Statement::int64(int column) const { return sqlcipher().column_int64(m_stmt, column); }

int Statement::integer(int column) const { return sqlcipher().column_int(m_stmt, column); }

double Statement::real(int column) const { return sqlcipher().column_double(m_stmt, column); }

QString Statement::text(int column) const {
    // The pointer first, then the size, as SQLite's documentation asks.
    const auto* chars = reinterpret_cast<const char*>(sqlcipher().column_text(m_stmt, column));
    return QString::fromUtf8(chars, sqlcipher().column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* bytes = static_cast<const char*>(sqlcipher().column_blob(m_stmt, column));
    return QByteArray(bytes, sqlcipher().column_bytes(m_stmt, column));
}

}  // namespace mooring
