#include "storage/MediaStore.h"

#include "domain/CopingIdea.h"
#include "domain/Error.h"
#include "domain/SafetyPlan.h"
#include "storage/Database.h"
#include "storage/Sodium.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// A medium's record, in readMedium's order.
constexpr const char* kRecordColumns =
    "id, kind, mime, caption, strategy_id, plan_section, position, byte_size, sha256, created_at, updated_at";

// The record and then the thumbnail (readRow). Last, so that a query without it reads none
// of its pages: only a row's first page holds the record.
std::string allColumns() { return kRecordColumns + std::string(", thumbnail"); }

// `text` is marked with QT_TRANSLATE_NOOP("mooring", ...) where it is written.
Error refused(const char* text) {
    return Error(Error::Kind::InvalidInput, QCoreApplication::translate("mooring", text));
}

// The same text as every other table: ISO 8601 to the second, with the local offset.
QString timeText(const QDateTime& time) { return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate); }

QString planSectionKey() { return planSections::key(PlanSection::ReasonsForLiving); }

// "WHERE ..." for one place; its one parameter is bound by bindPlace.
std::string wherePlace(const MediaPlace& place) {
    return place.isReasonsForLiving() ? "WHERE plan_section = ?" : "WHERE strategy_id = ?";
}

void bindPlace(Statement& query, int index, const MediaPlace& place) {
    query.bind(index, place.isReasonsForLiving() ? planSectionKey() : place.strategyId);
}

Medium readMedium(const Statement& row) {
    Medium m;
    m.id = row.text(0);
    m.kind = mediaKinds::fromName(row.text(1)).value_or(MediumKind::Photo);
    m.mime = row.text(2);
    m.caption = row.text(3);
    m.place.strategyId = row.isNull(4) ? QString() : row.text(4);
    m.position = row.integer(6);
    m.byteSize = row.int64(7);
    m.sha256 = row.text(8);
    m.createdAt = QDateTime::fromString(row.text(9), Qt::ISODate);
    m.updatedAt = QDateTime::fromString(row.text(10), Qt::ISODate);
    return m;
}

MediaStore::Listed readRow(const Statement& row) {
    return {readMedium(row), row.isNull(11) ? QByteArray() : row.blob(11)};
}

// The rows of one place in the person's order, each read by `read`.
template <typename Read>
auto readPlace(Database& db, const std::string& columns, const MediaPlace& place, Read read) {
    Statement query(db, "SELECT " + columns + " FROM media " + wherePlace(place) + " ORDER BY position, created_at");
    bindPlace(query, 1, place);
    QList<decltype(read(query))> out;
    while (query.step()) out.append(read(query));
    return out;
}

void bindThumbnail(Statement& statement, int index, const QByteArray& thumbnail) {
    if (thumbnail.isEmpty())
        statement.bind(index, std::nullopt);
    else
        statement.bind(index, thumbnail);
}

void insertRows(Database& db, const Medium& m, const QByteArray& bytes, const QByteArray& thumbnail) {
    Statement insert(db, "INSERT INTO media(" + allColumns() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, m.id).bind(2, mediaKinds::name(m.kind)).bind(3, m.mime).bind(4, m.caption);
    if (m.place.isReasonsForLiving())
        insert.bind(5, std::nullopt).bind(6, planSectionKey());
    else
        insert.bind(5, m.place.strategyId).bind(6, std::nullopt);
    insert.bind(7, m.position).bind(8, static_cast<std::int64_t>(m.byteSize)).bind(9, m.sha256);
    insert.bind(10, timeText(m.createdAt)).bind(11, timeText(m.updatedAt));
    bindThumbnail(insert, 12, thumbnail);
    insert.run();
    Statement(db, "INSERT INTO media_bytes(media_id, bytes) VALUES (?, ?)").bind(1, m.id).bind(2, bytes).run();
}

// What needs only the value and the bytes; nothing is read from the database.
void checkContent(const Medium& m, const QByteArray& bytes, const QByteArray& thumbnail) {
    if (const QString problem = m.problem(); !problem.isEmpty()) throw Error(Error::Kind::InvalidInput, problem);
    if (bytes.size() > Medium::kMaxBytes) {
        const QLocale locale;
        throw Error(
            Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "mooring", "This file is too large to keep here (%1 MB; up to %2 MB). Please choose a smaller one.")
                .arg(locale.toString(double(bytes.size()) / (1024 * 1024), 'f', 1),
                     locale.toString(Medium::kMaxBytes / (1024 * 1024))));
    }
    // A thumbnail is made by Mooring itself (media/PhotoPreparation), never by the person.
    const bool thumbnailFits =
        thumbnail.isEmpty() || (m.kind == MediumKind::Photo && thumbnail.size() <= Medium::kMaxThumbnailBytes);
    if (!mediaKinds::looksLike(m.mime, bytes) || !thumbnailFits)
        throw refused(QT_TRANSLATE_NOOP(
            "mooring", "This file could not be read as a photo or sound Mooring can keep. Nothing was changed."));
}

}  // namespace

MediaStore::MediaStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QString MediaStore::sha256Hex(const QByteArray& bytes) {
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

QList<MediaStore::Listed> MediaStore::list(const MediaPlace& place) {
    return readPlace(m_db, allColumns(), place, readRow);
}

QList<Medium> MediaStore::listRecords(const MediaPlace& place) {
    return readPlace(m_db, kRecordColumns, place, readMedium);
}

std::optional<Medium> MediaStore::find(const QString& id) {
    Statement query(m_db, "SELECT " + std::string(kRecordColumns) + " FROM media WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return readMedium(query);
}

MediaStore::Totals MediaStore::totals(const MediaPlace& place) {
    Statement query(m_db, "SELECT count(*), coalesce(sum(byte_size), 0) FROM media " + wherePlace(place));
    bindPlace(query, 1, place);
    query.step();
    return {query.integer(0), query.int64(1)};
}

MediaStore::Totals MediaStore::totals() {
    Statement query(m_db, "SELECT count(*), coalesce(sum(byte_size), 0) FROM media");
    query.step();
    return {query.integer(0), query.int64(1)};
}

QByteArray MediaStore::bytes(const QString& id) {
    Statement query(m_db, "SELECT bytes FROM media_bytes WHERE media_id = ?");
    query.bind(1, id);
    if (!query.step())
        throw refused(QT_TRANSLATE_NOOP("mooring", "This photo or sound is no longer here. Nothing was changed."));
    return query.blob(0);
}

Medium MediaStore::require(const QString& id) {
    if (auto found = find(id)) return *found;
    throw refused(QT_TRANSLATE_NOOP("mooring", "This photo or sound is no longer here. Nothing was changed."));
}

void MediaStore::checkPlace(const MediaPlace& place) {
    if (place.isReasonsForLiving()) return;
    Statement query(m_db, "SELECT category FROM strategies WHERE id = ?");
    query.bind(1, place.strategyId);
    if (!query.step())
        throw refused(QT_TRANSLATE_NOOP("mooring", "This idea is no longer in your toolbox. Nothing was changed."));
    if (query.text(0) != CopingIdea::categoryName(CopingCategory::SafetyBox))
        throw refused(QT_TRANSLATE_NOOP(
            "mooring", "Photos and sounds can be kept with the ideas of your safety box. Nothing was changed."));
}

Medium MediaStore::add(const Medium& draft, const QByteArray& bytes, const QByteArray& thumbnail) {
    Medium m = draft.trimmed();
    checkContent(m, bytes, thumbnail);
    Transaction tx(m_db);
    checkPlace(m.place);
    Statement last(m_db, "SELECT max(position) FROM media " + wherePlace(m.place));
    bindPlace(last, 1, m.place);
    m.position = last.step() && !last.isNull(0) ? last.integer(0) + 1 : 0;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.byteSize = bytes.size();
    m.sha256 = sha256Hex(bytes);
    // As read back: to the second, with the offset.
    m.createdAt = m.updatedAt = QDateTime::fromString(timeText(timeNow(m_clock)), Qt::ISODate);
    insertRows(m_db, m, bytes, thumbnail);
    tx.commit();
    return m;
}

Medium MediaStore::setCaption(const QString& id, const QString& caption) {
    Transaction tx(m_db);
    Medium m = require(id);
    m.caption = caption.trimmed();
    if (const QString problem = m.problem(); !problem.isEmpty()) throw Error(Error::Kind::InvalidInput, problem);
    m.updatedAt = QDateTime::fromString(timeText(timeNow(m_clock)), Qt::ISODate);
    Statement write(m_db, "UPDATE media SET caption = ?, updated_at = ? WHERE id = ?");
    write.bind(1, m.caption).bind(2, timeText(m.updatedAt)).bind(3, id).run();
    tx.commit();
    return m;
}

Medium MediaStore::replaceBytes(const QString& id, const QString& mime, const QByteArray& bytes,
                                const QByteArray& thumbnail) {
    Transaction tx(m_db);
    Medium m = require(id);
    m.mime = mime;
    checkContent(m, bytes, thumbnail);
    m.byteSize = bytes.size();
    m.sha256 = sha256Hex(bytes);
    m.updatedAt = QDateTime::fromString(timeText(timeNow(m_clock)), Qt::ISODate);
    Statement write(m_db,
                    "UPDATE media SET mime = ?, byte_size = ?, sha256 = ?, thumbnail = ?, updated_at = ? WHERE id = ?");
    write.bind(1, m.mime).bind(2, static_cast<std::int64_t>(m.byteSize)).bind(3, m.sha256);
    bindThumbnail(write, 4, thumbnail);
    write.bind(5, timeText(m.updatedAt)).bind(6, id).run();
    Statement(m_db, "UPDATE media_bytes SET bytes = ? WHERE media_id = ?").bind(1, bytes).bind(2, id).run();
    tx.commit();
    return m;
}

MediaStore::Removed MediaStore::remove(const QString& id) {
    Transaction tx(m_db);
    Removed removed;
    {
        Statement query(m_db, "SELECT " + allColumns() + " FROM media WHERE id = ?");
        query.bind(1, id);
        if (!query.step())
            throw refused(QT_TRANSLATE_NOOP("mooring", "This photo or sound is no longer here. Nothing was changed."));
        Listed listed = readRow(query);
        removed.medium = std::move(listed.medium);
        removed.thumbnail = std::move(listed.thumbnail);
    }
    removed.bytes = bytes(id);
    Statement(m_db, "DELETE FROM media_bytes WHERE media_id = ?").bind(1, id).run();
    Statement(m_db, "DELETE FROM media WHERE id = ?").bind(1, id).run();
    tx.commit();
    return removed;
}

void MediaStore::restore(const Removed& removed) {
    Medium m = removed.medium.trimmed();
    checkContent(m, removed.bytes, removed.thumbnail);
    Transaction tx(m_db);
    if (find(m.id)) return;  // already there: nothing to put back
    checkPlace(m.place);
    // What the bytes are, whatever the record said.
    m.byteSize = removed.bytes.size();
    m.sha256 = sha256Hex(removed.bytes);
    insertRows(m_db, m, removed.bytes, removed.thumbnail);
    tx.commit();
}

}  // namespace mooring
