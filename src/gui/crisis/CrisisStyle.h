#pragma once

#include <QColor>
#include <QString>

class QAbstractButton;
class QFont;
class QLabel;
class QPalette;
class QWidget;

namespace mooring::crisis {

// The crisis screen's look in one place: calm, large, and built on palette roles so it
// reads in light and dark themes alike.

// Marks a widget to get `factor` times the crisis screen's base font; applyFonts() sets it.
void setFontScale(QWidget* widget, double factor, bool bold = false);
// Sets the font of every descendant of root: base times its mark, or base itself.
void applyFonts(QWidget* root, const QFont& base);

// The screen's style sheet: rounded, calm buttons and cards, a clear focus ring.
QString styleSheet(const QPalette& palette);

// A soft tint of the window colour towards the highlight colour: calm, never loud.
QColor calmTint(const QPalette& palette, double amount = 0.08);

// A button at least 48 px high (WCAG target size), with its accessible name.
void makeLarge(QAbstractButton* button, const QString& accessibleName);

// A label that wraps and can be read by a screen reader as it is.
QLabel* wrappedLabel(const QString& text, QWidget* parent, const QString& objectName = QString());

constexpr int kMinTarget = 48;
constexpr double kHeading = 1.5;
constexpr double kBig = 2.2;  // numbers to dial, time passed

}  // namespace mooring::crisis
