#include "gui/common/RegionBox.h"

namespace mooring {

RegionBox::RegionBox(QWidget* parent) : QComboBox(parent) {
    addItem(tr("United States or Canada"), QStringLiteral("US"));
    addItem(tr("United Kingdom"), QStringLiteral("UK"));
    addItem(tr("Ireland"), QStringLiteral("IE"));
    addItem(tr("Australia"), QStringLiteral("AU"));
    addItem(tr("Somewhere else"), QStringLiteral("OTHER"));
    setAccessibleName(tr("Where you live"));
}

QString RegionBox::region() const { return currentData().toString(); }

void RegionBox::setRegion(const QString& code) {
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : count() - 1);
}

}  // namespace mooring
