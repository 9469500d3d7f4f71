#pragma once

#include "domain/CopingIdea.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>
#include <optional>

namespace mooring {

// What the toolbox list shows: one family in the person's order, or the favourites in
// theirs; hidden ideas only when asked for. A search looks through every family.
class StrategyFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit StrategyFilterModel(QObject* parent = nullptr);

    // nullopt: the favourites.
    void setFamily(std::optional<CopingCategory> family);
    std::optional<CopingCategory> family() const noexcept { return m_family; }
    void setShowHidden(bool show);
    bool showHidden() const noexcept { return m_showHidden; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    bool isSearching() const { return !m_search.isEmpty(); }
    // "Sort by what helps me": toolbox ids, most helpful first (insights' whatHelps over
    // all time), asked for each time the sort is turned on; ideas not in it keep their order after.
    using HelpRanking = std::function<QStringList()>;
    void setHelpRankingSource(HelpRanking source) { m_rankingSource = std::move(source); }
    void setSortByWhatHelps(bool on);
    bool sortsByWhatHelps() const noexcept { return m_sortByHelps; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<CopingCategory> m_family = CopingCategory::Sensory;
    bool m_showHidden = false;
    QString m_search;
    HelpRanking m_rankingSource;
    bool m_sortByHelps = false;
    QHash<QString, int> m_rank;  // id -> place in "what helps me"
};

}  // namespace mooring
