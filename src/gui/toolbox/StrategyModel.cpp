#include "gui/toolbox/StrategyModel.h"

#include "domain/CopingIdeaTexts.h"
#include "gui/toolbox/ToolboxText.h"
#include "storage/StrategyStore.h"

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

StrategyModel::StrategyModel(StoreSource store, QObject* parent)
    : QAbstractListModel(parent), m_store(std::move(store)) {
    m_rows = m_store().all();
}

int StrategyModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant StrategyModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    // Rows keep what is stored (a built-in's English seed text); views get the person's language.
    const CopingStrategy s = CopingIdeaTexts::shown(m_rows.at(index.row()));
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return s.title;
        case Qt::ToolTipRole:
            return s.details.isEmpty() ? QVariant() : QVariant(s.details);
        case Qt::AccessibleTextRole:
            return spokenText(s);
        case IdRole:
            return s.id;
        case CategoryRole:
            return int(s.category);
        case DetailsRole:
            return s.details;
        case LocationRole:
            return s.location;
        case FavouriteRole:
            return s.favourite;
        case FavouriteOrderRole:
            return s.favouriteOrder ? QVariant(*s.favouriteOrder) : QVariant();
        case BuiltinRole:
            return s.builtin;
        case HiddenRole:
            return s.hidden;
        case PositionRole:
            return s.position;
        default:
            return {};
    }
}

QHash<int, QByteArray> StrategyModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {CategoryRole, "category"},
                  {TitleRole, "title"},
                  {DetailsRole, "details"},
                  {LocationRole, "location"},
                  {FavouriteRole, "favourite"},
                  {FavouriteOrderRole, "favouriteOrder"},
                  {BuiltinRole, "builtin"},
                  {HiddenRole, "hidden"},
                  {PositionRole, "position"}});
    return names;
}

QString StrategyModel::spokenText(const CopingStrategy& s) {
    QStringList parts{s.title};
    if (!s.details.isEmpty()) parts << s.details;
    if (!s.location.isEmpty()) parts << ToolboxText::locationLabel() + u": "_s + s.location;
    if (s.favourite) parts << tr("Favourite");
    if (s.hidden) parts << tr("Hidden");
    return parts.join(u". "_s);
}

void StrategyModel::reload() {
    const QList<CopingStrategy> fresh = m_store().all();
    const auto inFresh = [&fresh](const QString& id) {
        return std::any_of(fresh.cbegin(), fresh.cend(), [&id](const CopingStrategy& s) { return s.id == id; });
    };
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (inFresh(m_rows.at(row).id)) continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const CopingStrategy& s : fresh) {
        const QModelIndex at = indexOf(s.id);
        if (!at.isValid()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(s);
            endInsertRows();
        } else if (m_rows.at(at.row()) != s) {
            m_rows[at.row()] = s;  // the favourite order of one change touches several
            Q_EMIT dataChanged(at, at);
        }
    }
}

QModelIndex StrategyModel::indexOf(const QString& id) const {
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(), [&id](const auto& s) { return s.id == id; });
    return at == m_rows.cend() ? QModelIndex() : index(int(at - m_rows.cbegin()));
}

std::optional<CopingStrategy> StrategyModel::strategy(const QString& id) const {
    const QModelIndex found = indexOf(id);
    return found.isValid() ? std::optional(m_rows.at(found.row())) : std::nullopt;
}

QList<CopingStrategy::Problem> StrategyModel::problems(const CopingStrategy& strategy) {
    return m_store().problems(strategy);
}

QString StrategyModel::add(const CopingStrategy& draft) {
    const CopingStrategy added = m_store().add(draft);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(added);
    endInsertRows();
    return added.id;
}

void StrategyModel::update(const CopingStrategy& changed) {
    m_store().update(changed);
    reload();  // a new family moves it to the end there
}

void StrategyModel::setFavourite(const QString& id, bool favourite) {
    m_store().setFavourite(id, favourite);
    reload();
}

bool StrategyModel::moveFavourite(const QString& id, int step) {
    const bool moved = m_store().moveFavourite(id, step);
    if (moved) reload();
    return moved;
}

void StrategyModel::setHidden(const QString& id, bool hidden) {
    m_store().setHidden(id, hidden);
    reload();
}

CopingStrategy StrategyModel::remove(const QString& id) {
    const CopingStrategy removed = strategy(id).value_or(CopingStrategy{});
    m_store().remove(id);
    dropRow(id);
    return removed;
}

void StrategyModel::restore(const CopingStrategy& strategy) {
    m_store().restore(strategy);
    showRestored(strategy.id);
}

IdeaRemoval::Kept StrategyModel::keptMedia(const QString& id) { return m_store().withMedia().kept(id); }

IdeaRemoval::Removed StrategyModel::removeWithMedia(const QString& id) {
    IdeaRemoval::Removed removed = m_store().withMedia().remove(id);
    dropRow(id);
    return removed;
}

void StrategyModel::restoreWithMedia(const IdeaRemoval::Removed& removed) {
    m_store().withMedia().restore(removed);
    showRestored(removed.strategy.id);
}

void StrategyModel::dropRow(const QString& id) {
    const QModelIndex at = indexOf(id);
    if (!at.isValid()) return;
    beginRemoveRows({}, at.row(), at.row());
    m_rows.removeAt(at.row());
    endRemoveRows();
}

void StrategyModel::showRestored(const QString& id) {
    if (indexOf(id).isValid()) return;
    const auto back = m_store().find(id);
    if (!back) return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(*back);
    endInsertRows();
}

std::optional<CopingStrategy> StrategyModel::pick(std::optional<CopingCategory> family, QRandomGenerator& random,
                                                  const QString& exclude) const {
    return CopingStrategy::pick(m_rows, family, random, exclude);
}

}  // namespace mooring
