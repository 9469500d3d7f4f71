#pragma once

#include "domain/CopingStrategy.h"
#include "storage/IdeaRemoval.h"

#include <QAbstractListModel>
#include <QList>

#include <functional>
#include <optional>

class QRandomGenerator;

namespace mooring {

class StrategyStore;

// Every idea of the coping toolbox as a flat list (hidden ones too), adapting a
// StrategyStore to views; StrategyFilterModel picks the family, the search and the order.
// Changes made here show at once; reload() catches up with changes made elsewhere (another
// screen, an import). Changing methods throw mooring::Error (InvalidStrategy for input the
// person can correct).
class StrategyModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,  // int(CopingCategory)
        TitleRole,
        DetailsRole,
        LocationRole,
        FavouriteRole,
        FavouriteOrderRole,  // int, or an invalid QVariant when not a favourite
        BuiltinRole,
        HiddenRole,
        PositionRole,
    };

    // Gives a store each time one is needed (a screen: its session's), so the model holds
    // no connection of its own that could outlive a lock.
    using StoreSource = std::function<StrategyStore()>;
    explicit StrategyModel(StoreSource store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the store again and changes only the rows that differ, so a view keeps its
    // current row and scroll position (and nothing happens after the model's own change).
    void reload();
    const QList<CopingStrategy>& strategies() const noexcept { return m_rows; }
    QModelIndex indexOf(const QString& id) const;
    std::optional<CopingStrategy> strategy(const QString& id) const;

    QList<CopingStrategy::Problem> problems(const CopingStrategy& strategy);
    QString add(const CopingStrategy& draft);  // returns the new id
    void update(const CopingStrategy& changed);
    void setFavourite(const QString& id, bool favourite);
    bool moveFavourite(const QString& id, int step);
    void setHidden(const QString& id, bool hidden);
    CopingStrategy remove(const QString& id);  // returns what was removed, for undo
    void restore(const CopingStrategy& strategy);
    // The photos, recordings and sounds an idea keeps (the safety box), to ask before deleting.
    IdeaRemoval::Kept keptMedia(const QString& id);
    // Deletes an idea together with what it keeps, in one transaction; returns all of it, for undo.
    IdeaRemoval::Removed removeWithMedia(const QString& id);
    void restoreWithMedia(const IdeaRemoval::Removed& removed);

    std::optional<CopingStrategy> pick(std::optional<CopingCategory> family, QRandomGenerator& random,
                                       const QString& exclude = {}) const;

    // What a screen reader says for one idea: title, details, where it is kept, state.
    static QString spokenText(const CopingStrategy& strategy);

private:
    void dropRow(const QString& id);
    void showRestored(const QString& id);  // appends it as stored, unless it is shown already

    StoreSource m_store;
    QList<CopingStrategy> m_rows;
};

}  // namespace mooring
