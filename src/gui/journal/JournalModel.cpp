#include "gui/journal/JournalModel.h"

#include "gui/journal/JournalText.h"

namespace mooring {

JournalModel::JournalModel(JournalStore& store, QObject* parent) : QAbstractListModel(parent), m_store(store) {}

int JournalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant JournalModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows.at(static_cast<std::size_t>(index.row()));
    if (role == KindRole) return static_cast<int>(row.kind);
    if (row.kind == RowKind::Week) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == HeadingRole)
            return journaltext::weekTitle(row.week, today());
        return {};
    }
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return journaltext::accessibleRow(row.summary);
        case EntryIdRole:
            return row.summary.id;
        case HeadingRole:
            return journaltext::rowText(row.summary).heading;
        case WordsRole:
            return journaltext::rowText(row.summary).words;
        case TagsRole:
            return journaltext::rowText(row.summary).tags;
        default:
            return {};
    }
}

Qt::ItemFlags JournalModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    // Week headings are not stops for the keyboard: arrows go from entry to entry.
    if (m_rows.at(static_cast<std::size_t>(index.row())).kind == RowKind::Week) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_atEnd; }

void JournalModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd) return;
    std::vector<Row> added;
    const int entries = fetchPage(added);
    if (entries == 0) return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.insert(m_rows.end(), added.begin(), added.end());
    m_entries += entries;
    endInsertRows();
}

int JournalModel::fetchPage(std::vector<Row>& into) {
    QList<JournalSummary> page;
    try {
        page = m_store.page(m_filter, m_cursor, kPageSize);
    } catch (const Error& e) {
        // Called from the view's painting: an exception must not leave here.
        m_atEnd = true;
        Q_EMIT problem(e.message());
        return 0;
    }
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty()) return 0;
    append(page, into);
    m_cursor = JournalStore::cursorAfter(page.last());
    return static_cast<int>(page.size());
}

void JournalModel::append(const QList<JournalSummary>& page, std::vector<Row>& rows) const {
    // The week a row belongs to is the week of its own local date; a page that goes on
    // with the week the last one ended in gets no second heading.
    std::optional<QDate> lastWeek;
    if (!rows.empty())
        lastWeek = rows.back().week;
    else if (!m_rows.empty())
        lastWeek = m_rows.back().week;
    for (const JournalSummary& s : page) {
        const QDate week = journaltext::weekStart(s.occurredAt.date());
        if (lastWeek != week) rows.push_back({RowKind::Week, week, {}});
        rows.push_back({RowKind::Entry, week, s});
        lastWeek = week;
    }
}

void JournalModel::setFilter(const JournalFilter& filter) {
    m_filter = filter;
    restart(1);
}

void JournalModel::reload() { restart(std::max(m_entries, 1)); }

void JournalModel::restart(int wantedEntries) {
    // The first page(s) are read inside the reset, so views see one change, not two.
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_atEnd = false;
    m_entries = 0;
    while (!m_atEnd && m_entries < wantedEntries) {
        std::vector<Row> added;
        const int entries = fetchPage(added);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        m_entries += entries;
        if (entries == 0) break;
    }
    endResetModel();
}

void JournalModel::removeEntry(const QString& id) {
    const QModelIndex index = indexOfEntry(id);
    if (!index.isValid()) return;
    int first = index.row();
    int last = index.row();
    const auto rowAt = [this](int r) -> const Row* {
        return r >= 0 && r < static_cast<int>(m_rows.size()) ? &m_rows.at(static_cast<std::size_t>(r)) : nullptr;
    };
    const Row* before = rowAt(first - 1);
    const Row* after = rowAt(last + 1);
    if (before && before->kind == RowKind::Week && (!after || after->kind == RowKind::Week))
        --first;  // the week had only this entry
    beginRemoveRows({}, first, last);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    --m_entries;
    endRemoveRows();
}

QModelIndex JournalModel::indexOfEntry(const QString& id) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].kind == RowKind::Entry && m_rows[r].summary.id == id) return index(static_cast<int>(r));
    }
    return {};
}

QString JournalModel::entryIdAt(const QModelIndex& index) const { return data(index, EntryIdRole).toString(); }

void JournalModel::setToday(const QDate& today) {
    m_today = today;
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

QDate JournalModel::today() const { return m_today.value_or(QDate::currentDate()); }

}  // namespace mooring
