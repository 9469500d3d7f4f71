#include "gui/common/RegionBox.h"

#include "domain/Helpline.h"

#include <QLocale>
#include <QTimeZone>

namespace mooring {

RegionBox::RegionBox(QWidget* parent) : QComboBox(parent) {
    // The same regions, in the same order, as the built-in helplines know.
    for (const Region& region : Helpline::regions()) addItem(region.name, region.code);
    setAccessibleName(tr("Where you live"));
    // Shown while nothing is chosen (a new or sample profile), rather than an empty box.
    setPlaceholderText(tr("Choose where you live"));
}

QString RegionBox::region() const { return currentData().toString(); }

void RegionBox::setRegion(const QString& code) {
    if (code.isEmpty()) {
        setCurrentIndex(-1);
        return;
    }
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : findData(Helpline::otherRegion()));
}

QString RegionBox::guess() { return guess(QLocale::system(), QTimeZone::systemTimeZone()); }

QString RegionBox::guess(const QLocale& locale, const QTimeZone& zone) {
    // "C" and plain "en" say nothing about where someone lives; a zone like Europe/Berlin does.
    if (locale.territory() != QLocale::AnyTerritory && locale.language() != QLocale::C) {
        const QString region = Helpline::regionForTerritory(QLocale::territoryToCode(locale.territory()));
        if (!region.isEmpty()) return region;
    }
    if (zone.isValid() && zone.territory() != QLocale::AnyTerritory)
        return Helpline::regionForTerritory(QLocale::territoryToCode(zone.territory()));
    return {};
}

}  // namespace mooring
