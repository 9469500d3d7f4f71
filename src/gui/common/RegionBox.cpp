#include "gui/common/RegionBox.h"

#include "domain/Helpline.h"

#include <QLocale>

namespace mooring {

RegionBox::RegionBox(QWidget* parent) : QComboBox(parent) {
    // The same regions, in the same order, as the built-in helplines know.
    for (const Region& region : Helpline::regions()) addItem(region.name, region.code);
    setAccessibleName(tr("Where you live"));
}

QString RegionBox::region() const { return currentData().toString(); }

void RegionBox::setRegion(const QString& code) {
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : findData(Helpline::otherRegion()));
}

QString RegionBox::guessFromLocale() {
    switch (QLocale::system().territory()) {
        case QLocale::UnitedStates:
        case QLocale::Canada:
            return QStringLiteral("US");
        case QLocale::UnitedKingdom:
            return QStringLiteral("UK");
        case QLocale::Ireland:
            return QStringLiteral("IE");
        case QLocale::Australia:
            return QStringLiteral("AU");
        default:
            return Helpline::otherRegion();
    }
}

}  // namespace mooring
