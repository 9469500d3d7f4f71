#include "exchange/JournalCsv.h"

#include "domain/JournalEntryJson.h"
#include "insights/WeekSummary.h"
#include "storage/AtomicFile.h"
#include "storage/JournalStore.h"
#include "storage/StrategyStore.h"

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const QString kSeparator = u"; "_s;

// RFC 4180, 2.6 and 2.7: quoted when needed, quotes inside doubled.
void appendField(QString& row, const QString& field) {
    if (!row.isEmpty()) row += u',';
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!quote) {
        row += field;
        return;
    }
    row += u'"';
    row += QString(field).replace(u"\""_s, u"\"\""_s);
    row += u'"';
}

QString triedText(const QList<TriedItem>& tried, const QHash<QString, QString>& titles) {
    QStringList items;
    for (const TriedItem& item : tried) {
        QString label = item.strategyId.isEmpty() ? item.text.trimmed() : titles.value(item.strategyId);
        if (label.isEmpty()) label = item.text.trimmed();
        if (label.isEmpty()) label = item.strategyId;  // an idea since removed from the toolbox
        if (item.helped) label += u" (helped %1/10)"_s.arg(*item.helped);
        items.append(label);
    }
    return items.join(kSeparator);
}

QString row(const JournalEntry& e, const QHash<QString, QString>& titles) {
    QString out;
    appendField(out, e.id);
    appendField(out, journalJson::timeText(e.occurredAt));
    appendField(out, e.urge ? QString::number(*e.urge) : QString());
    appendField(out, e.outcome ? JournalEntry::outcomeName(*e.outcome) : QString());
    appendField(out, e.feelings.join(kSeparator));
    appendField(out, e.triggers.join(kSeparator));
    appendField(out, triedText(e.tried, titles));
    appendField(out, e.situation);
    appendField(out, e.thoughts);
    appendField(out, e.notes);
    appendField(out, journalJson::timeText(e.createdAt));
    appendField(out, journalJson::timeText(e.updatedAt));
    return out;
}

}  // namespace

QStringList JournalCsv::columns() {
    return {u"id"_s,    u"occurred_at"_s, u"urge"_s,     u"outcome"_s, u"feelings"_s,   u"triggers"_s,
            u"tried"_s, u"situation"_s,   u"thoughts"_s, u"notes"_s,   u"created_at"_s, u"updated_at"_s};
}

QByteArray JournalCsv::write(const QList<JournalEntry>& entries, const QHash<QString, QString>& titles) {
    QString text;
    text.reserve(entries.size() * 400 + 256);
    text += QChar(0xFEFF);  // the byte order mark, EF BB BF in UTF-8
    QString header;
    for (const QString& column : columns()) appendField(header, column);
    text += header + u"\r\n"_s;
    for (const JournalEntry& entry : entries) text += row(entry, titles) + u"\r\n"_s;
    QByteArray bytes = text.toUtf8();
    text.fill(u'\0');  // the journal's words do not linger in freed memory longer than needed
    return bytes;
}

void JournalCsv::save(Database& db, const QString& path) {
    QByteArray bytes = write(JournalStore(db).all(), strategyTitles(StrategyStore(db).all()));
    try {
        AtomicFile::write(path, bytes);
    } catch (...) {
        bytes.fill('\0');
        throw;
    }
    bytes.fill('\0');
}

}  // namespace mooring
