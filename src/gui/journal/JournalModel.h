#pragma once

#include "storage/JournalStore.h"

#include <QAbstractListModel>
#include <QDate>

#include <optional>
#include <vector>

namespace mooring {

// The journal list: newest first, a heading row before each week, loaded a page at a
// time as the view scrolls (canFetchMore / fetchMore), so a ten-year journal opens as
// fast as a new one.
class JournalModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,  // a RowKind
        EntryIdRole,
        HeadingRole,  // entry rows: when, urge, outcome
        WordsRole,    // entry rows: the start of what was written
        TagsRole,     // entry rows: feelings, triggers, tried
    };
    enum class RowKind { Week, Entry };
    static constexpr int kPageSize = 100;

    explicit JournalModel(JournalStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    const JournalFilter& filter() const noexcept { return m_filter; }
    void setFilter(const JournalFilter& filter);
    // Loads again from the start, at least as many entries as were loaded before.
    void reload();
    // Takes one entry's row out (and its week heading, if it was the only one there).
    void removeEntry(const QString& id);
    int entryCount() const noexcept { return m_entries; }
    QModelIndex indexOfEntry(const QString& id) const;
    QString entryIdAt(const QModelIndex& index) const;

    // "This week" is counted from here; tests and screenshots fix it.
    void setToday(const QDate& today);

Q_SIGNALS:
    // Loading failed (a damaged file, say); the list shows what it has. Fit to show.
    void problem(const QString& message);

private:
    struct Row {
        RowKind kind;
        QDate week;
        JournalSummary summary;  // entry rows only
    };
    void append(const QList<JournalSummary>& page, std::vector<Row>& rows) const;
    int fetchPage(std::vector<Row>& into);  // entries read; rows (headings too) into `into`
    void restart(int wantedEntries);
    QDate today() const;

    JournalStore& m_store;
    JournalFilter m_filter;
    std::vector<Row> m_rows;
    std::optional<JournalCursor> m_cursor;
    bool m_atEnd = false;
    int m_entries = 0;
    std::optional<QDate> m_today;
};

}  // namespace mooring
