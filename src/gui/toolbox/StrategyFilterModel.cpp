#include "gui/toolbox/StrategyFilterModel.h"

#include "gui/toolbox/StrategyModel.h"

#include <tuple>

namespace mooring {

StrategyFilterModel::StrategyFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    sort(0);
}

void StrategyFilterModel::setFamily(std::optional<CopingCategory> family) {
    if (family == m_family) return;
    m_family = family;
    invalidate();  // the order differs too: favourites sort by their own order
}

void StrategyFilterModel::setShowHidden(bool show) {
    if (show == m_showHidden) return;
    m_showHidden = show;
    invalidateFilter();
}

void StrategyFilterModel::setSearchText(const QString& text) {
    const QString simplified = text.simplified();
    if (simplified == m_search) return;
    m_search = simplified;
    invalidate();
}

void StrategyFilterModel::setSortByWhatHelps(bool on) {
    m_sortByHelps = on;
    m_rank.clear();
    if (on && m_rankingSource) {
        const QStringList ids = m_rankingSource();
        for (int i = 0; i < ids.size(); ++i) m_rank.insert(ids.at(i), i);
    }
    invalidate();
}

bool StrategyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showHidden && row.data(StrategyModel::HiddenRole).toBool()) return false;
    if (isSearching()) {
        for (int role : {StrategyModel::TitleRole, StrategyModel::DetailsRole, StrategyModel::LocationRole})
            if (row.data(role).toString().contains(m_search, Qt::CaseInsensitive)) return true;
        return false;
    }
    if (!m_family) return row.data(StrategyModel::FavouriteRole).toBool();
    return row.data(StrategyModel::CategoryRole).toInt() == int(*m_family);
}

bool StrategyFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (m_sortByHelps) {
        const auto rank = [this](const QModelIndex& i) {
            return m_rank.value(i.data(StrategyModel::IdRole).toString(), int(m_rank.size()));
        };
        if (rank(left) != rank(right)) return rank(left) < rank(right);
    }
    if (!m_family && !isSearching()) {
        const QVariant a = left.data(StrategyModel::FavouriteOrderRole);
        const QVariant b = right.data(StrategyModel::FavouriteOrderRole);
        if (a.toInt() != b.toInt()) return a.toInt() < b.toInt();
    }
    const auto key = [](const QModelIndex& i) {
        return std::tuple(i.data(StrategyModel::CategoryRole).toInt(), i.data(StrategyModel::PositionRole).toInt(),
                          i.row());
    };
    return key(left) < key(right);
}

}  // namespace mooring
