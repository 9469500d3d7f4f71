#pragma once

#include "storage/ProfileSettings.h"

#include <QPalette>

class QWidget;

namespace mooring {

// Applies the person's display choices (settings.ini) to the whole application: text size
// 100-200 % and a calm light or dark palette. Widgets whose text is larger than the rest
// (headings, the recovery code) say so with setRelativeFontSize(), so they scale too.
class Appearance {
public:
    static void apply(const ProfileSettings& settings);
    static void apply(int textScalePercent, ProfileSettings::Theme theme);

    // font size = application font size * factor, kept through later text-size changes.
    static void setRelativeFontSize(QWidget* widget, double factor, bool bold = false);
    // A heading: larger, medium weight, marked so screen readers treat it as a heading.
    static void makeHeading(QWidget* widget, int level = 1);
    // A comfortably large target (buttons, fields), kept large through text-size changes.
    static void makeLargeTarget(QWidget* widget);
    static void makeLargeTargets(QWidget* root);  // every button, field and box under root

    static int textScalePercent();
    static bool isDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();
};

}  // namespace mooring
