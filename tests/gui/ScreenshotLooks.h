#pragma once

#include "gui/common/Appearance.h"
#include "storage/ProfileSettings.h"

#include <QList>
#include <QString>

namespace mooring::test {

// One way the program can look: text size and palette, and the suffix its PNGs get.
struct Look {
    int percent;
    ProfileSettings::Theme theme;
    QString suffix;
};

// The looks every screen is photographed in (docs/design.md, "What 'done' means": 100 % and
// 200 % text, light and dark). Without MOORING_SCREENSHOTS only the first, so the drawing code still runs.
inline QList<Look> screenshotLooks() {
    QList<Look> looks{{100, ProfileSettings::Theme::Light, QStringLiteral("-100-light")}};
    if (!qEnvironmentVariableIsEmpty("MOORING_SCREENSHOTS"))
        looks << Look{100, ProfileSettings::Theme::Dark, QStringLiteral("-100-dark")}
              << Look{200, ProfileSettings::Theme::Light, QStringLiteral("-200-light")}
              << Look{200, ProfileSettings::Theme::Dark, QStringLiteral("-200-dark")};
    return looks;
}

// Applies each look in turn, calls shoot, and leaves the program as tests expect it.
template <typename Shoot>
void forEachLook(Shoot&& shoot) {
    for (const Look& look : screenshotLooks()) {
        Appearance::apply(look.percent, look.theme);
        shoot(look);
    }
    Appearance::apply(100, ProfileSettings::Theme::System);
}

}  // namespace mooring::test
