#pragma once

#include "domain/CopingIdea.h"

#include <QListWidget>

#include <optional>

namespace mooring {

// The lists on the left of the toolbox: Favourites, then each family and the safety box.
// Each row says what the family is for (tooltip and screen reader).
class FamilyList : public QListWidget {
    Q_OBJECT
public:
    explicit FamilyList(QWidget* parent = nullptr);

    // nullopt: the favourites.
    void choose(std::optional<CopingCategory> family);
    std::optional<CopingCategory> familyAt(int row) const;

Q_SIGNALS:
    void familyChosen(std::optional<mooring::CopingCategory> family);
};

}  // namespace mooring
