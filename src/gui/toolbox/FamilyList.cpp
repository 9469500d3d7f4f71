#include "gui/toolbox/FamilyList.h"

#include "gui/toolbox/ToolboxText.h"

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr int kFavourites = -1;
}

FamilyList::FamilyList(QWidget* parent) : QListWidget(parent) {
    setObjectName(u"familyList"_s);
    setAccessibleName(tr("Families of ideas"));
    auto add = [this](const QString& name, const QString& description, int value) {
        auto* item = new QListWidgetItem(name, this);
        item->setData(Qt::UserRole, value);
        item->setData(Qt::AccessibleDescriptionRole, description);
        item->setToolTip(description);
    };
    add(u"\u2605 "_s + ToolboxText::favouritesName(), ToolboxText::favouritesDescription(), kFavourites);
    for (CopingCategory family : ToolboxText::families())
        add(ToolboxText::familyName(family), ToolboxText::familyDescription(family), int(family));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setStyleSheet(u"QListWidget#familyList::item { padding: 6px 8px; }"_s);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) Q_EMIT familyChosen(familyAt(row));
    });
}

std::optional<CopingCategory> FamilyList::familyAt(int row) const {
    const int value = item(row)->data(Qt::UserRole).toInt();
    return value == kFavourites ? std::nullopt : std::optional(CopingCategory(value));
}

void FamilyList::choose(std::optional<CopingCategory> family) {
    for (int row = 0; row < count(); ++row)
        if (familyAt(row) == family) setCurrentRow(row);
}

}  // namespace mooring
